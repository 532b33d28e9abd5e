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
import org.zkopml.field.LimbArithmetic;

/**
 * One multiplication and one squaring in BN254's base field Fp and scalar field Fr (Montgomery, four 64-bit limbs),
 * as objects (the result a new element) and on raw limbs (the MSM's form, written into an array).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldBenchmark {
    Fp pa, pb;
    Fr ra, rb;
    final long[] limbs = new long[12];

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        pa = Fp.random(rng);
        pb = Fp.random(rng);
        ra = Fr.random(rng);
        rb = Fr.random(rng);
        pa.montgomeryLimbs(limbs, 0);
        pb.montgomeryLimbs(limbs, 4);
    }

    @Benchmark
    public Fp fpMul() {
        return pa.mul(pb);
    }

    @Benchmark
    public Fr frMul() {
        return ra.mul(rb);
    }

    @Benchmark
    public Fp fpSquare() {
        return pa.square();
    }

    @Benchmark
    public long[] fpMulLimbs() {
        LimbArithmetic.mul(Fp.PARAMS, limbs, 0, limbs, 4, limbs, 8);
        return limbs;
    }
}
