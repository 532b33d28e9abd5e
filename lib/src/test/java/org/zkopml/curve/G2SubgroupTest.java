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

/**
 * Law: the endomorphism test of G2 membership ({@link G2#inSubgroup}, Dai–Lin–Zhao–Zhou) agrees with the
 * definition r·Q = O ({@link CurvePoint#isInSubgroup}) on points in G2 and on twist points outside it: points
 * hashed to the twist without clearing the cofactor, points of the cofactor's small order 10069, and G2 points
 * shifted by such a point.
 */
class G2SubgroupTest {
    /** The cofactor 2p − r = 10069 · h', h' composite of 241 bits. */
    static final BigInteger SMALL_FACTOR = BigInteger.valueOf(10069);

    /** A point on the twist with a random x (try-and-increment), the cofactor not cleared: almost never in G2. */
    static CurvePoint<Fp2> hashedToTwist(SplittableRandom rng) {
        while (true) {
            Fp2 x = Fp2.random(rng);
            Fp2 y = CurveTest.sqrt(x.square().mul(x).add(G2.B));
            if (y != null) return G2.CURVE.point(x, rng.nextBoolean() ? y : y.neg());
        }
    }

    static void agree(CurvePoint<Fp2> q, String what) {
        assertTrue(q.isOnCurve(), what + ": on the twist");
        assertEquals(q.isInSubgroup(), G2.inSubgroup(q), what + ": the endomorphism test agrees with r·Q = O");
    }

    @Test
    void theCofactorHasTheSmallFactorTheTestsUse() {
        assertEquals(BigInteger.ZERO, G2.COFACTOR.mod(SMALL_FACTOR));
        assertTrue(SMALL_FACTOR.isProbablePrime(50));
    }

    @Test
    void pointsOfG2PassBothTests() {
        SplittableRandom rng = new SplittableRandom(1);
        agree(G2.INFINITY.point(), "O");
        agree(G2.GENERATOR.point(), "the generator");
        for (int i = 0; i < 40; i++) {
            CurvePoint<Fp2> q = G2.GENERATOR.mul(Fr.random(rng)).point();
            assertTrue(G2.inSubgroup(q), "k·G2");
            agree(q, "k·G2");
            CurvePoint<Fp2> cleared = hashedToTwist(rng).mul(G2.COFACTOR);
            assertTrue(G2.inSubgroup(cleared), "a hashed point with its cofactor cleared");
            agree(cleared, "cleared");
        }
    }

    @Test
    void twistPointsOutsideG2FailBothTests() {
        SplittableRandom rng = new SplittableRandom(2);
        BigInteger toSmallOrder = G2.ORDER.multiply(G2.COFACTOR.divide(SMALL_FACTOR));
        BigInteger toLargeCofactorPart = G2.ORDER.multiply(SMALL_FACTOR);
        int smallOrderPoints = 0;
        for (int i = 0; i < 40; i++) {
            CurvePoint<Fp2> p = hashedToTwist(rng);
            assertFalse(G2.inSubgroup(p), "a hashed point, cofactor not cleared");
            agree(p, "hashed");
            CurvePoint<Fp2> t = p.mul(toSmallOrder);          // order 10069 or O
            if (!t.isInfinity()) {
                smallOrderPoints++;
                assertTrue(t.mul(SMALL_FACTOR).isInfinity(), "order 10069");
                assertFalse(G2.inSubgroup(t), "a point of order 10069");
                agree(t, "order 10069");
                CurvePoint<Fp2> shifted = G2.GENERATOR.mul(Fr.random(rng)).point().add(t);
                assertFalse(G2.inSubgroup(shifted), "a G2 point plus a point of order 10069");
                agree(shifted, "G2 + T");
            }
            CurvePoint<Fp2> u = p.mul(toLargeCofactorPart);   // order dividing the 241-bit part of the cofactor
            if (!u.isInfinity()) {
                assertFalse(G2.inSubgroup(u), "a point of order dividing h/10069");
                agree(u, "order | h/10069");
            }
        }
        assertTrue(smallOrderPoints > 30, "most hashed points have a component of order 10069: " + smallOrderPoints);
    }

    @Test
    void theDecodersUseItAndStillRejectOutsidePoints() {
        SplittableRandom rng = new SplittableRandom(3);
        CurvePoint<Fp2> outside = hashedToTwist(rng).toAffine();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2.of(outside.x(), outside.y()));
        assertTrue(e.getMessage().contains("subgroup"), e.getMessage());
        CurvePoint<Fp2> inside = G2.GENERATOR.mul(Fr.random(rng)).point().toAffine();
        assertEquals(new G2(inside), G2.of(inside.x(), inside.y()));
        assertTrue(new G2(inside).isInSubgroup());
        assertFalse(new G2(outside).isInSubgroup());
        assertTrue(Fp.MODULUS.subtract(G2.ORDER).equals(BigInteger.valueOf(6).multiply(G2.BN_X.pow(2))), "p − r = 6x²: ψ acts on G2 as 6x²");
    }

    /**
     * The batched check of {@link G2#ofAll} (random linear combinations): it accepts points of G2 (and O), and rejects a
     * list with one twist point outside G2, naming it, wherever it sits; the worst kind is a point of the smallest order
     * 10069 added to a G2 point, which one combination misses with probability about 1/10069.
     */
    @Test
    void theBatchedCheckAcceptsG2AndNamesThePointOutside() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 200;
        List<Fp2> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == 17) {
                xs.add(Fp2.ZERO);                                   // (0, 0): the point at infinity
                ys.add(Fp2.ZERO);
                continue;
            }
            CurvePoint<Fp2> q = G2.GENERATOR.mul(Fr.random(rng)).point().toAffine();
            xs.add(q.x());
            ys.add(q.y());
        }
        List<G2> all = G2.ofAll(xs, ys, i -> "Q[" + i + "]");
        assertEquals(n, all.size());
        assertTrue(all.get(17).isInfinity());
        assertEquals(G2.of(xs.get(5), ys.get(5)), all.get(5));
        BigInteger toSmallOrder = G2.ORDER.multiply(G2.COFACTOR.divide(SMALL_FACTOR));
        for (int bad : new int[] {0, 123, n - 1}) {
            CurvePoint<Fp2> t;
            do {
                t = hashedToTwist(rng).mul(toSmallOrder);           // order 10069
            } while (t.isInfinity());
            CurvePoint<Fp2> shifted = G2.GENERATOR.mul(Fr.random(rng)).point().add(t).toAffine();
            List<Fp2> bx = new ArrayList<>(xs), by = new ArrayList<>(ys);
            bx.set(bad, shifted.x());
            by.set(bad, shifted.y());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2.ofAll(bx, by, i -> "Q[" + i + "]"));
            assertEquals("Q[" + bad + "] is on the twist but not in the order-r subgroup G2", e.getMessage());
        }
        List<Fp2> off = new ArrayList<>(ys);
        off.set(9, ys.get(9).add(Fp2.ONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G2.ofAll(xs, off, i -> "Q[" + i + "]"));
        assertTrue(e.getMessage().startsWith("Q[9] is not on the twist"), e.getMessage());
    }
}
