package org.zkopml.bench;

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
import org.zkopml.sumcheck.HyraxCommitment;
import org.zkopml.sumcheck.MatMul;
import org.zkopml.sumcheck.MatMulProof;
import org.zkopml.values.Verdict;

/**
 * Thaler's sumcheck proof of an N×N integer matrix product Y = W·X (entries in −128..127, W committed once with
 * Hyrax in the setup): the prover (four passes over the matrices, a sumcheck of log N rounds, the opening of
 * W̃) and the verifier (Ỹ and X̃ at random points, the sumcheck, two MSMs of N points). Issue 10's target: the
 * 1024×1024 prover in ≤ 2 s on a 2-core machine. Computing Y itself (N³ multiply–adds) is not part of
 * the proof; {@link #multiply()} measures it for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SumcheckBenchmark {
    @Param({"256", "1024"})
    int n;

    long[][] w;
    long[][] x;
    long[][] y;
    HyraxCommitment commitment;
    MatMulProof proof;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(n);
        w = new long[n][n];
        x = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                w[i][k] = random.nextInt(-128, 128);
                x[i][k] = random.nextInt(-128, 128);
            }
        }
        y = MatMul.multiply(w, x);
        commitment = MatMul.commitWeights(w);
        proof = MatMul.prove(commitment, w, x, y);
        if (!MatMul.verify(commitment, x, y, proof).accepted()) throw new IllegalStateException("the proof does not verify");
    }

    @Benchmark
    public MatMulProof prove() {
        return MatMul.prove(commitment, w, x, y);
    }

    @Benchmark
    public Verdict<Void> verify() {
        return MatMul.verify(commitment, x, y, proof);
    }

    @Benchmark
    public long[][] multiply() {
        return MatMul.multiply(w, x);
    }
}
