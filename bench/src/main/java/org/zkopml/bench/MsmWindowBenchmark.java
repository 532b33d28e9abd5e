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
import org.zkopml.curve.G1;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;

/**
 * The measurements behind {@link Msm#windowBits} and {@link Msm#PARALLEL_THRESHOLD}: a G1 MSM of 2^k random points
 * with windows of c bits ({@code shape} = "k:c"), on all cores or on one ({@code parallel}). Run with
 * {@code ./kit bench MsmWindowBenchmark}; the fastest c per k is the table's entry, and the smallest k at which all
 * cores beat one is the threshold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class MsmWindowBenchmark {
    @Param({"6:4", "6:5", "8:5", "8:6", "8:7", "10:6", "10:7", "10:8", "10:9", "12:8", "12:9", "12:10", "12:11",
            "14:9", "14:10", "14:11", "14:12", "16:11", "16:12", "16:13", "16:14"})
    String shape;

    @Param({"true", "false"})
    boolean parallel;

    List<G1> points;
    Msm.Scalars scalars;
    int c;

    @Setup
    public void setUp() {
        int log2n = Integer.parseInt(shape.split(":")[0]);
        c = Integer.parseInt(shape.split(":")[1]);
        SplittableRandom rng = new SplittableRandom(4);
        int n = 1 << log2n;
        List<G1> pts = new ArrayList<>(n);
        List<Fr> ks = new ArrayList<>(n);
        G1 acc = G1.GENERATOR.mul(Fr.random(rng)), step = G1.GENERATOR.mul(Fr.random(rng));
        for (int i = 0; i < n; i++) {
            pts.add(acc);
            acc = acc.add(step);
            ks.add(Fr.random(rng));
        }
        points = List.of(G1.batchToAffine(pts));
        scalars = Msm.Scalars.of(ks);
    }

    @Benchmark
    public G1 msm() {
        return Msm.pippenger(G1.LIMBS, points, scalars, c, parallel);
    }
}
