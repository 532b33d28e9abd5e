package org.zkopml.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;

/** BN254 constants, G1 specialised = generic, G2 subgroup check, MSM, and BLS6_6 by hand. */
public class CurveTest {

    @Test
    void generatorsAreOnTheCurveAndHaveOrderR() {
        assertTrue(G1.GENERATOR.isOnCurve());
        assertTrue(G1.GENERATOR.mul(G1.ORDER).isInfinity());
        assertTrue(G2.GENERATOR.isOnCurve());
        assertTrue(G2.GENERATOR.isInSubgroup());
        assertThrows(IllegalArgumentException.class, () -> G1.of(Fp.ONE, Fp.ONE));
    }

    @Test
    void specialisedG1AgreesWithGenericCode() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 20; i++) {
            Fr k = Fr.random(rng);
            G1 p = G1.GENERATOR.mul(k);
            CurvePoint<Fp> q = G1.CURVE.generator().mul(k.toBigInteger());
            assertEquals(q.x(), p.x());
            assertEquals(q.y(), p.y());
        }
    }

    @Test
    void nafDigitsSumToKAndAreSparse() {
        SplittableRandom rng = new SplittableRandom(15);
        for (int w = 2; w <= 5; w++) {
            for (int i = 0; i < 50; i++) {
                BigInteger k = new BigInteger(200, new java.util.Random(rng.nextLong()));
                int[] d = Naf.of(k, w);
                BigInteger sum = BigInteger.ZERO;
                for (int j = d.length - 1; j >= 0; j--) {
                    sum = sum.shiftLeft(1).add(BigInteger.valueOf(d[j]));
                    if (d[j] != 0) {
                        assertTrue(Math.abs(d[j]) % 2 == 1 && Math.abs(d[j]) < (1 << (w - 1)), "odd, below 2^(w-1)");
                        for (int z = 1; z < w && j + z < d.length; z++) {
                            assertEquals(0, d[j + z], "w − 1 zeros after a non-zero digit");
                        }
                    }
                }
                assertEquals(k, sum, "Σ dᵢ·2ⁱ = k");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Naf.of(BigInteger.ONE.negate(), 2));
    }

    @Test
    void glvEndomorphismAndDecomposition() {
        assertTrue(Glv.BETA.pow(3).isOne() && !Glv.BETA.isOne(), "β³ = 1");
        assertEquals(BigInteger.ONE, Glv.LAMBDA.modPow(BigInteger.valueOf(3), Fr.MODULUS), "λ³ = 1 mod r");
        SplittableRandom rng = new SplittableRandom(13);
        for (int i = 0; i < 50; i++) {
            BigInteger k = Fr.random(rng).toBigInteger();
            BigInteger[] kk = Glv.G1_GLV.decompose(k);
            assertEquals(k, kk[0].add(kk[1].multiply(Glv.LAMBDA)).mod(Fr.MODULUS), "k = k1 + k2·λ mod r");
            assertTrue(kk[0].bitLength() <= 128 && kk[1].bitLength() <= 128, "both halves are short");
            G1 p = G1.GENERATOR.mulPlain(BigInteger.valueOf(1 + i));
            assertEquals(p.mulPlain(k), p.mul(k), "GLV multiplication = double-and-add");
        }
    }

    @Test
    void twistPointOutsideG2IsRejectedBySubgroupCheck() {
        CurvePoint<Fp2> q = twistPointOutsideG2();
        assertTrue(q.isOnCurve());
        assertFalse(q.isInSubgroup(), "a random twist point is outside G2");
        assertTrue(q.mul(G2.COFACTOR).isInSubgroup(), "clearing the cofactor lands in G2");
        CurvePoint<Fp2> a = q.toAffine();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2.of(a.x(), a.y()));
        assertTrue(e.getMessage().contains("subgroup"), e.getMessage());
    }

    @Test
    void g2EndomorphismMultiplicationAgreesWithGenericCode() {
        SplittableRandom rng = new SplittableRandom(14);
        for (int i = 0; i < 10; i++) {
            G2 q = G2.GENERATOR.mul(Fr.random(rng));
            BigInteger k = new BigInteger(256, new java.util.Random(rng.nextLong()));
            assertEquals(new G2(q.point().mul(k)), q.mul(k), "GLS k·Q = double-and-add k·Q");
            assertEquals(q.mul(Fp.MODULUS), q.psi(), "ψ(Q) = p·Q on G2");
        }
    }

    /** Square root in Fp2 by exponentiation (p² ≡ 9 mod 16 is not needed: we only try candidates). */
    public static Fp2 sqrt(Fp2 a) {
        // a^((p²+7)/16) trick is not general; use the norm method: for p ≡ 3 mod 4
        BigInteger p = Fp.MODULUS;
        Fp2 a1 = a.pow(p.subtract(BigInteger.valueOf(3)).shiftRight(2));
        Fp2 alpha = a1.square().mul(a);
        Fp2 x0 = a1.mul(a);
        if (alpha.equals(Fp2.ONE.neg())) {
            return new Fp2(x0.c1().neg(), x0.c0());
        }
        Fp2 b = alpha.add(Fp2.ONE).pow(p.subtract(BigInteger.ONE).shiftRight(1));
        Fp2 x = b.mul(x0);
        return x.square().equals(a) ? x : null;
    }

    @Test
    void msmAgreesWithSumOfProducts() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int n : new int[] {0, 1, 5, 17, 100, 300}) {
            List<G1> pts = new ArrayList<>();
            List<Fr> ks = new ArrayList<>();
            G1 expected = G1.INFINITY;
            for (int i = 0; i < n; i++) {
                G1 p = i % 7 == 3 ? G1.INFINITY : G1.GENERATOR.mul(Fr.random(rng));
                Fr k = i % 11 == 5 ? Fr.ZERO : i % 13 == 6 ? Fr.ONE.neg() : Fr.random(rng);
                pts.add(p);
                ks.add(k);
                expected = expected.add(p.mul(k));
            }
            assertEquals(expected, G1.msm(pts, ks), "msm of " + n);
        }
        // repeated points and opposite points exercise the doubling and cancelling paths of the batched buckets
        List<G1> pts = new ArrayList<>();
        List<Fr> ks = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            G1 p = G1.GENERATOR.mul(Fr.of(1 + i % 5));
            pts.add(i % 2 == 0 ? p : p.neg());
            ks.add(Fr.of(1 + i % 7));
        }
        assertEquals(Msm.naive(pts, ks), G1.msm(pts, ks), "msm with repeated and opposite points");
        assertThrows(IllegalArgumentException.class, () -> G1.msm(List.of(G1.GENERATOR), List.of()));
    }

    @Test
    void bls6_6ByHand() {
        assertEquals(39, Bls6_6.allPointsOverFq().size() + 1, "#E(F_43) = 39 including O");
        assertEquals(BigInteger.valueOf(39), Bls6_6.pointCount(1));
        assertTrue(Bls6_6.G1.generator().mul(13).isInfinity(), "13·(13,15) = O");
        assertFalse(Bls6_6.G1.generator().isInfinity());
        assertTrue(Bls6_6.G2.generator().mul(13).isInfinity(), "13·(7t², 16t³) = O");
        // (13, 15) doubled by hand: λ = 3·13²/(2·15) = 507/30; 507 ≡ 34, 30⁻¹ ≡ 33 (30·33 = 990 = 23·43 + 1)
        // λ = 34·33 = 1122 ≡ 4, x = 16 − 26 = −10 ≡ 33, y = 4·(13 − 33) − 15 = −95 ≡ 34
        assertEquals(Bls6_6.G1.point(Bls6_6.FQ.of(33), Bls6_6.FQ.of(34)), Bls6_6.G1.generator().dbl());
    }

    /** A point on the twist E'(Fp2) but outside G2 (found by trying x = 1, 2, …). */
    public static CurvePoint<Fp2> twistPointOutsideG2() {
        for (long x = 1; ; x++) {
            Fp2 xx = Fp2.of(x, 0);
            Fp2 y = sqrt(xx.square().mul(xx).add(G2.B));
            if (y != null) {
                CurvePoint<Fp2> q = G2.CURVE.point(xx, y);
                if (!q.isInSubgroup()) {
                    return q;
                }
            }
        }
    }

}
