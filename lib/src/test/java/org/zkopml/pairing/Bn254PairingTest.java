package org.zkopml.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.Bls6_6;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp12;
import org.zkopml.field.Fr;
import org.zkopml.field.SmallExtensionElement;

/** Final exponentiation chain, product checks, and the BLS6_6 Weil–Tate relation. */
class Bn254PairingTest {

    @Test
    void hardPartChainEqualsPlainExponentiation() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int i = 0; i < 3; i++) {
            Fp12 f = Fp12.random(rng);
            Fp12 m = f.conjugate().mul(f.inverse());
            m = m.frobenius(2).mul(m);                        // into the cyclotomic subgroup
            assertEquals(m.pow(Bn254Pairing.HARD_EXPONENT), Bn254Pairing.hardPart(m));
        }
    }

    @Test
    void cyclotomicSquareEqualsSquareInTheCyclotomicSubgroup() {
        SplittableRandom rng = new SplittableRandom(33);
        for (int i = 0; i < 10; i++) {
            Fp12 f = Fp12.random(rng);
            Fp12 m = f.conjugate().mul(f.inverse());
            m = m.frobenius(2).mul(m);
            assertEquals(m.square(), m.cyclotomicSquare());
            assertEquals(m.pow(Bn254Pairing.U), Bn254Pairing.expByU(m), "m^u");
        }
    }

    @Test
    void productCheckAcceptsBalancedAndRejectsUnbalanced() {
        SplittableRandom rng = new SplittableRandom(32);
        Fr a = Fr.random(rng), b = Fr.random(rng);
        // e(aP, bQ) · e(−abP, Q) = 1
        G1 p1 = G1.GENERATOR.mul(a), p2 = G1.GENERATOR.mul(a.mul(b)).neg();
        G2 q1 = G2.GENERATOR.mul(b), q2 = G2.GENERATOR;
        assertTrue(Bn254Pairing.pairingCheck(List.of(p1, p2), List.of(q1, q2)));
        assertFalse(Bn254Pairing.pairingCheck(List.of(p1, p2.dbl()), List.of(q1, q2)));
        assertTrue(Bn254Pairing.pairingCheck(List.of(), List.of()), "empty product is 1");
        assertFalse(Bn254Pairing.pairingCheck(List.of(G1.GENERATOR), List.of(G2.GENERATOR)));
        assertEquals(Bn254Pairing.pair(p1, q1).mul(Bn254Pairing.pair(p2, q2)),
                Bn254Pairing.finalExponentiation(Bn254Pairing.millerLoop(List.of(p1, p2), List.of(q1, q2))));
    }

    @Test
    void weilPairingIsTateRatioOnBls6_6() {
        var p = Bls6_6.G1.generator().mul(5);
        var q = Bls6_6.G2.generator().mul(7);
        SmallExtensionElement weil = TatePairing.bls6_6Weil(p, q);
        SmallExtensionElement tPQ = TatePairing.reducedTate(Bls6_6.embed(p), q, Bls6_6.R, Bls6_6.FQ6.order());
        SmallExtensionElement tQP = TatePairing.reducedTate(q, Bls6_6.embed(p), Bls6_6.R, Bls6_6.FQ6.order());
        assertEquals(tPQ.mul(tQP.inverse()), weil.pow(Bls6_6.FQ6.order().subtract(java.math.BigInteger.ONE).divide(Bls6_6.R)));
    }
}
