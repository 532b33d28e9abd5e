package org.zkopml.sumcheck;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims a sent value leaves behind, the same for prover and verifier (they share {@link ClaimLog#onFactor}). */
class ClaimLogTest {

    @Test
    void anEqualityFactorIsComputedByBothSidesAndLeavesNoClaim() {
        ClaimLog log = new ClaimLog(List.of());
        log.onFactor(Factor.Eq.of(0, 0), List.of(List.of(Fr.ONE)), List.of(List.of(Fr.ONE)), List.of(), Fr.ONE);
        assertTrue(log.weights().isEmpty(), "an eq factor must not be logged as a claim on a weight matrix");
    }

    @Test
    void aWholeVectorOutsideALookupIsRefusedOnBothSides() {
        ClaimLog log = new ClaimLog(List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.onFactor(new Factor.Whole(0), List.of(), List.of(), null, Fr.ONE));
        assertEquals("a whole vector outside a lookup", e.getMessage());
    }
}
