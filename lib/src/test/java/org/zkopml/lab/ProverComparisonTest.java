package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
    void aMatrixMatrixProductIsComparedToo() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        Verdict<ProverComparison.Row> v = ProverComparison.compare(ProverComparison.randomMatrix(r, 8, 4),
                ProverComparison.randomMatrix(r, 4, 3), 4, 0, 0);
        assertTrue(v.accepted(), v.reason());
        assertEquals(96, v.value().constraints());
    }
}
