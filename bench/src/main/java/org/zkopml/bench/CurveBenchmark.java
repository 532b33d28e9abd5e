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
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/** Scalar multiplication k·P with a random 254-bit k in BN254's G1 and G2. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CurveBenchmark {
    G1 p;
    G2 q;
    Fr k;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(2);
        p = G1.GENERATOR.mul(Fr.random(rng));
        q = G2.GENERATOR.mul(Fr.random(rng));
        k = Fr.random(rng);
    }

    @Benchmark
    public G1 g1ScalarMul() {
        return p.mul(k);
    }

    @Benchmark
    public G2 g2ScalarMul() {
        return q.mul(k);
    }
}
