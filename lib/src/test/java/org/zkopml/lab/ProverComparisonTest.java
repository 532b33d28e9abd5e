package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.circuit.MatrixProductCircuit;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Verifier;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.sumcheck.MatMul;
import org.zkopml.values.Verdict;

/** The study runs both provers on the same product and reports only what verified (no assertion on time). */
class ProverComparisonTest {
    @Test
    void bothProversProveTheSameDenseLayerAndTheRowDescribesIt() {
        Verdict<ProverComparison.Row> v = ProverComparison.denseLayer(16, 3, 10, 10);
        assertTrue(v.accepted(), v.reason());
        ProverComparison.Row row = v.value();
        assertEquals(256, row.multiplications());
        assertEquals(256, row.constraints());
        assertEquals(16, row.rows());
        assertEquals(1, row.columns());
        assertTrue(row.groth16ProveMs() > 0 && row.sumcheckProveMs() > 0 && row.sumcheckCommitMs() > 0);
        assertEquals(row.groth16ProveMs() / row.sumcheckProveMs(), row.speedup(), 1e-9);
        assertTrue(row.speedupWithCommitment() < row.speedup());
    }

    @Test
    void aMatrixMatrixProductIsComparedTooWithoutWarmUp() {
        SplittableRandom r = new SplittableRandom(4);
        Verdict<ProverComparison.Row> v = ProverComparison.compare(ProverComparison.randomMatrix(r, 8, 4),
                ProverComparison.randomMatrix(r, 4, 3), 4, 0, 0);
        assertTrue(v.accepted(), v.reason());
        assertEquals(96, v.value().constraints());
    }

    @Test
    void theGroth16SideProvesTheProductAndNoOtherOutput() {
        SplittableRandom r = new SplittableRandom(5);
        long[][] w = ProverComparison.randomMatrix(r, 4, 4), x = ProverComparison.randomMatrix(r, 4, 1);
        long[][] y = MatMul.multiply(w, x);
        CircuitBuilder.Built built = MatrixProductCircuit.of(w, x);
        Setup.Result setup = Setup.generate(built.system(), r);
        Proof proof = Prover.prove(setup.provingKey(), built.witness(), r);
        List<Fr> pub = Arrays.asList(MatrixProductCircuit.publicOutputs(y));
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), pub, proof).accepted());
        y[2][0] += 1;
        List<Fr> wrong = Arrays.asList(MatrixProductCircuit.publicOutputs(y));
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), wrong, proof).rejected(), "a proof of Y does not verify for Y with one entry changed");
    }
}
