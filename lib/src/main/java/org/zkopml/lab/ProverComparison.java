package org.zkopml.lab;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.zkopml.circuit.MatrixProductCircuit;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Verifier;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.sumcheck.HyraxCommitment;
import org.zkopml.sumcheck.MatMul;
import org.zkopml.sumcheck.MatMulProof;
import org.zkopml.values.Verdict;

/**
 * Issue 10's side-by-side study: the prover of Groth16 and the prover of Thaler's sumcheck on <em>the same</em>
 * integer matrix product Y = W·X, measured in one run on this machine.
 * <ul>
 *   <li><b>Groth16</b>: the product's R1CS ({@link MatrixProductCircuit}: W and X private, Y public, one
 *       constraint per multiplication), a circuit-specific setup (timed, but not part of the prover's time),
 *       then {@link Prover#prove} with fresh blinding: five MSMs over the wires and the quotient by NTTs.</li>
 *   <li><b>Sumcheck</b>: W committed with Hyrax ({@link MatMul#commitWeights}; timed apart: the commitment to
 *       a layer's weights is made once per model, not once per proof), then {@link MatMul#prove}: the
 *       digest of X and Y, passes over the matrices, log n sumcheck rounds and the opening of W̃.</li>
 * </ul>
 * Both proofs are checked by their verifiers before any time is reported, and neither time includes
 * computing Y. The statements differ in one respect, which the study does not hide: Groth16's proof is
 * zero-knowledge and succinct, with X private; the sumcheck proof reveals nothing but W's commitment,
 * yet X is public and the proof is not zero-knowledge (see {@code sumcheck}'s package documentation).
 * Timings are {@link Stopwatch} means after warm-up; the JMH pair in {@code bench/}
 * ({@code DenseLayerProverBenchmark}) is the careful measurement.
 */
public final class ProverComparison {
    private ProverComparison() {}

    /**
     * One size of the study.
     *
     * @param rows            m, the rows of W (outputs of the layer)
     * @param inner           n, the columns of W (inputs of the layer)
     * @param columns         p, the columns of X (1 for one input vector)
     * @param multiplications m·n·p, the integer multiplications of the product
     * @param constraints     the rows of Groth16's R1CS (equal to {@code multiplications})
     * @param groth16SetupMs  Groth16's setup for this circuit, one run (not part of the prover)
     * @param groth16ProveMs  Groth16's prover, mean after warm-up
     * @param sumcheckCommitMs Hyrax commitment to W, mean after warm-up (once per weight matrix)
     * @param sumcheckProveMs the sumcheck prover, mean after warm-up
     */
    public record Row(int rows, int inner, int columns, long multiplications, int constraints, double groth16SetupMs,
                      double groth16ProveMs, double sumcheckCommitMs, double sumcheckProveMs) {
        /** How many times faster the sumcheck prover is: Groth16's time over the sumcheck's. */
        public double speedup() {
            return groth16ProveMs / sumcheckProveMs;
        }

        /** The same ratio when the sumcheck prover also commits to W in every proof. */
        public double speedupWithCommitment() {
            return groth16ProveMs / (sumcheckProveMs + sumcheckCommitMs);
        }

        @Override
        public String toString() {
            return String.format("%d×%d · %d×%d (%,d multiplications): Groth16 prove %s (setup %s), sumcheck prove %s"
                            + " (commit W %s): %.0f× faster (%.0f× with the commitment)", rows, inner, inner, columns,
                    multiplications, Stopwatch.format(groth16ProveMs * 1e6), Stopwatch.format(groth16SetupMs * 1e6),
                    Stopwatch.format(sumcheckProveMs * 1e6), Stopwatch.format(sumcheckCommitMs * 1e6), speedup(),
                    speedupWithCommitment());
        }
    }

    /**
     * A dense layer of n inputs and n outputs applied to one input vector (W n × n, X n × 1, n² multiplications),
     * entries uniform in −128..127 from the seed.
     */
    public static Verdict<Row> denseLayer(int n, long seed, long warmupMillis, long minMillis) {
        SplittableRandom random = new SplittableRandom(seed);
        return compare(randomMatrix(random, n, n), randomMatrix(random, n, 1), seed, warmupMillis, minMillis);
    }

    /** An m × p matrix with entries uniform in −128..127. */
    public static long[][] randomMatrix(SplittableRandom random, int m, int p) {
        long[][] a = new long[m][p];
        for (long[] row : a) for (int j = 0; j < p; j++) row[j] = random.nextInt(-128, 128);
        return a;
    }

    /**
     * Measures both provers on Y = W·X. Each prover is warmed up for {@code warmupMillis} and then timed for
     * at least {@code minMillis} (at least one run each); with {@code warmupMillis = 0} there is no warm-up
     * run at all (for a large size measured after smaller ones have warmed the JIT up). Rejected, naming the protocol, if either proof does
     * not verify.
     */
    public static Verdict<Row> compare(long[][] w, long[][] x, long seed, long warmupMillis, long minMillis) {
        long[][] y = MatMul.multiply(w, x);
        CircuitBuilder.Built built = MatrixProductCircuit.of(w, x);
        Verdict<Void> satisfied = built.system().check(built.witness());
        if (satisfied.rejected()) return Verdict.reject("Groth16 circuit: " + satisfied.reason());
        SplittableRandom random = new SplittableRandom(seed);
        Stopwatch.Timed<Setup.Result> setup = Stopwatch.time(() -> Setup.generate(built.system(), random));
        Fr[] witness = built.witness();
        double groth16 = millis("Groth16 prove", () -> Prover.prove(setup.value().provingKey(), witness, random), warmupMillis, minMillis);
        Proof proof = Prover.prove(setup.value().provingKey(), witness, random);
        Verdict<Void> g = Verifier.verifyFr(setup.value().verifyingKey(), Arrays.asList(MatrixProductCircuit.publicOutputs(y)), proof);
        if (g.rejected()) return Verdict.reject("Groth16: " + g.reason());

        double commit = millis("Hyrax commit W", () -> MatMul.commitWeights(w), warmupMillis, minMillis);
        HyraxCommitment c = MatMul.commitWeights(w);
        double sumcheck = millis("sumcheck prove", () -> MatMul.prove(c, w, x, y), warmupMillis, minMillis);
        MatMulProof sp = MatMul.prove(c, w, x, y);
        Verdict<Void> s = MatMul.verify(c, x, y, sp);
        if (s.rejected()) return Verdict.reject("sumcheck: " + s.reason());

        int m = w.length, n = x.length, p = x[0].length;
        Row row = new Row(m, n, p, (long) m * n * p, built.system().size(), setup.nanos() / 1e6,
                groth16, commit, sumcheck);
        return Verdict.accept(row, "both proofs verify: " + g.reason() + "; " + s.reason());
    }

    /** Results of timed work land here so that the JIT cannot drop the work. */
    private static volatile Object sink;

    /** Mean milliseconds per run: {@link Stopwatch#measure} after a warm-up, or plain runs for minMillis without one. */
    private static double millis(String label, Supplier<?> work, long warmupMillis, long minMillis) {
        if (warmupMillis > 0) return Stopwatch.measure(label, work, warmupMillis, minMillis).nanosPerOperation() / 1e6;
        long start = System.nanoTime(), runs = 0, now;
        do {
            sink = work.get();
            runs++;
            now = System.nanoTime();
        } while (now - start < minMillis * 1_000_000L);
        return (now - start) / 1e6 / runs;
    }
}
