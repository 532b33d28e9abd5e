package org.zkopml.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
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
import org.zkopml.field.Fr;

/** G1 multi-scalar multiplication Σ kᵢ·Pᵢ (Pippenger, all cores) for 2^10 … 2^16 random points and scalars. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class MsmBenchmark {
    @Param({"10", "12", "14", "16"})
    int log2n;

    List<G1> points;
    List<Fr> scalars;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 1 << log2n;
        points = new ArrayList<>(n);
        scalars = new ArrayList<>(n);
        G1 base = G1.GENERATOR.mul(Fr.random(rng)), step = G1.GENERATOR.mul(Fr.random(rng));
        G1 acc = base;
        for (int i = 0; i < n; i++) {
            points.add(acc);
            acc = acc.add(step);
            scalars.add(Fr.random(rng));
        }
        points = List.of(G1.batchToAffine(points));
    }

    @Benchmark
    public G1 msm() {
        return G1.msm(points, scalars);
    }
}
