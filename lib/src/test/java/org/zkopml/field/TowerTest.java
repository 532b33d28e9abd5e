package org.zkopml.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The defining relations of the tower and the Frobenius map. */
class TowerTest {

    @Test
    void definingRelations() {
        Fp2 u = Fp2.of(0, 1);
        assertEquals(Fp2.ONE.neg(), u.square(), "u² = −1");
        Fp6 v = new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);
        assertEquals(new Fp6(Fp2.XI, Fp2.ZERO, Fp2.ZERO), v.mul(v).mul(v), "v³ = ξ = 9 + u");
        Fp12 w = new Fp12(Fp6.ZERO, Fp6.ONE);
        assertEquals(new Fp12(v, Fp6.ZERO), w.square(), "w² = v");
    }

    @Test
    void frobeniusIsPowerP() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 5; i++) {
            Fp12 a = Fp12.random(rng);
            assertEquals(a.pow(Fp.MODULUS), a.frobenius(), "frobenius(a) = a^p");
            assertEquals(a.pow(Fp.MODULUS.pow(6)), a.conjugate(), "conjugate(a) = a^(p^6)");
            Fp2 b = Fp2.random(rng);
            assertEquals(b.pow(Fp.MODULUS), b.conjugate(), "conj(b) = b^p in Fp2");
        }
        assertTrue(Fp12.ONE.frobenius().isOne());
    }
}
