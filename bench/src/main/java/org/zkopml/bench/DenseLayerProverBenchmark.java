package org.zkopml.bench;

import java.util.Arrays;
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
import org.zkopml.circuit.MatrixProductCircuit;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.ProvingKey;
import org.zkopml.groth16.Verifier;
import org.zkopml.lab.ProverComparison;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.sumcheck.HyraxCommitment;
import org.zkopml.sumcheck.MatMul;
import org.zkopml.sumcheck.MatMulProof;

/**
 * Issue 10's side-by-side pair: Groth16's prover against Thaler's sumcheck prover on the same dense layer, an
 * n×n integer weight matrix W applied to one input vector x (entries in −128..127, n² multiplications; the same
 * seed gives both states the same W and x). Groth16 proves the R1CS of {@link MatrixProductCircuit} (W and x
 * private, y public, one constraint per multiplication); its circuit-specific setup runs in the state's setup
 * and is not timed. The sumcheck proves y = W·x against a Hyrax commitment to W made in the setup;
 * {@link #sumcheckCommit} times that commitment separately (it is made once per weight matrix). Both proofs
 * are verified in the setups. Issue 10's target: the sumcheck prover ≥ 50× faster at ≥ 2^16 multiplications
 * (n = 256). {@link ProverComparison} is the same study live, for the notebook.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DenseLayerProverBenchmark {
    /** W (n×n) and x (n×1) from the seed n. */
    static long[][][] layer(int n) {
        SplittableRandom random = new SplittableRandom(n);
        return new long[][][] {ProverComparison.randomMatrix(random, n, n), ProverComparison.randomMatrix(random, n, 1)};
    }

    /** Groth16's keys and witness for one size; the setup is not timed. */
    @State(Scope.Benchmark)
    public static class Groth16Layer {
        @Param({"64", "128", "256"})
        int n;

        ProvingKey pk;
        Fr[] witness;
        SplittableRandom random;

        @Setup
        public void setUp() {
            long[][][] wx = layer(n);
            CircuitBuilder.Built built = MatrixProductCircuit.of(wx[0], wx[1]);
            random = new SplittableRandom(7);
            var setup = org.zkopml.groth16.Setup.generate(built.system(), random);
            pk = setup.provingKey();
            witness = built.witness();
            Proof p = Prover.prove(pk, witness, random);
            Fr[] y = MatrixProductCircuit.publicOutputs(MatMul.multiply(wx[0], wx[1]));
            if (!Verifier.verifyFr(setup.verifyingKey(), Arrays.asList(y), p).accepted()) throw new IllegalStateException("the Groth16 proof does not verify");
        }
    }

    /** The sumcheck's commitment to W, made in the setup. */
    @State(Scope.Benchmark)
    public static class SumcheckLayer {
        @Param({"64", "128", "256"})
        int n;

        long[][] w;
        long[][] x;
        long[][] y;
        HyraxCommitment commitment;

        @Setup
        public void setUp() {
            long[][][] wx = layer(n);
            w = wx[0];
            x = wx[1];
            y = MatMul.multiply(w, x);
            commitment = MatMul.commitWeights(w);
            MatMulProof p = MatMul.prove(commitment, w, x, y);
            if (!MatMul.verify(commitment, x, y, p).accepted()) throw new IllegalStateException("the sumcheck proof does not verify");
        }
    }

    /** Groth16's prover: the quotient by NTTs and five MSMs, fresh blinding r, s each time. */
    @Benchmark
    public Proof groth16Prove(Groth16Layer s) {
        return Prover.prove(s.pk, s.witness, s.random);
    }

    /** The sumcheck prover: digest of x and y, the folded tables, log n rounds, the opening of W̃. */
    @Benchmark
    public MatMulProof sumcheckProve(SumcheckLayer s) {
        return MatMul.prove(s.commitment, s.w, s.x, s.y);
    }

    /** Hyrax's commitment to W: one Pedersen commitment per column of W (made once per weight matrix). */
    @Benchmark
    public HyraxCommitment sumcheckCommit(SumcheckLayer s) {
        return MatMul.commitWeights(s.w);
    }
}
