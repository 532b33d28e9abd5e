package org.zkopml.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/**
 * G2 multi-scalar multiplication Σ kᵢ·Qᵢ (the same batched-affine engine as G1, coordinates in F_p², all cores) for
 * 2^10 … 2^14 random points and scalars: Groth16's B₂ query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class G2MsmBenchmark {
    @Param({"10", "12", "14"})
    int log2n;

    List<G2> points;
    List<Fr> scalars;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 1 << log2n;
        points = new ArrayList<>(n);
        scalars = new ArrayList<>(n);
        G2 acc = G2.GENERATOR.mul(Fr.random(rng)), step = G2.GENERATOR.mul(Fr.random(rng));
        for (int i = 0; i < n; i++) {
            points.add(acc.toAffine());
            acc = acc.add(step);
            scalars.add(Fr.random(rng));
        }
    }

    @Benchmark
    public G2 msm() {
        return G2.msm(points, scalars);
    }
}
