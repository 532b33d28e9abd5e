package org.zkopml.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;

/** One multiplication in BN254's base field Fp and scalar field Fr (Montgomery, four 64-bit limbs). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldBenchmark {
    Fp pa, pb;
    Fr ra, rb;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        pa = Fp.random(rng);
        pb = Fp.random(rng);
        ra = Fr.random(rng);
        rb = Fr.random(rng);
    }

    @Benchmark
    public Fp fpMul() {
        return pa.mul(pb);
    }

    @Benchmark
    public Fr frMul() {
        return ra.mul(rb);
    }
}
