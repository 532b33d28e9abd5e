package org.zkopml.poly;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Ring laws and the evaluation homomorphism for dense polynomials over F_r, seeded. */
class PolynomialTest {
    static final int TRIALS = 20;

    @Test
    void ringLawsAndEvaluationHomomorphism() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < TRIALS; i++) {
            Polynomial p = Polynomial.random(rnd.nextInt(0, 12), rnd);
            Polynomial q = Polynomial.random(rnd.nextInt(0, 12), rnd);
            Polynomial s = Polynomial.random(rnd.nextInt(0, 12), rnd);
            Fr z = Fr.random(rnd);
            assertEquals(p.add(q), q.add(p), "p + q = q + p");
            assertEquals(p.mul(q), q.mul(p), "pq = qp");
            assertEquals(p.mul(q.add(s)), p.mul(q).add(p.mul(s)), "p(q + s) = pq + ps");
            assertEquals(p.mul(q).mul(s), p.mul(q.mul(s)), "(pq)s = p(qs)");
            assertEquals(Polynomial.ZERO, p.sub(p), "p − p = 0");
            assertEquals(p.neg(), Polynomial.ZERO.sub(p));
            assertEquals(p.evaluate(z).add(q.evaluate(z)), p.add(q).evaluate(z), "(p + q)(z) = p(z) + q(z)");
            assertEquals(p.evaluate(z).mul(q.evaluate(z)), p.mul(q).evaluate(z), "(pq)(z) = p(z)q(z)");
            assertEquals(p.isZero() || q.isZero() ? -1 : p.degree() + q.degree(), p.mul(q).degree(), "deg pq = deg p + deg q");
        }
    }

    @Test
    void hornerMatchesPowerSum() {
        Polynomial p = Polynomial.ofLongs(3, 2, 1); // 3 + 2X + X²
        assertEquals(Fr.of(3 + 2 * 5 + 25), p.evaluate(Fr.of(5)));
        assertEquals(2, p.degree());
        assertEquals("3 + 2·X + X^2", p.toString());
        assertEquals(-1, Polynomial.ofLongs(0, 0).degree(), "trailing zeros are trimmed");
        assertEquals(Fr.ZERO, Polynomial.ZERO.evaluate(Fr.of(7)));
    }

    @Test
    void fromRootsVanishesExactlyThere() {
        SplittableRandom rnd = new SplittableRandom(12);
        List<Fr> roots = new ArrayList<>();
        for (int i = 0; i < 9; i++) roots.add(Fr.random(rnd));
        Polynomial z = Polynomial.fromRoots(roots);
        assertEquals(9, z.degree());
        assertEquals(Fr.ONE, z.coefficient(9), "monic");
        for (Fr r : roots) assertTrue(z.evaluate(r).isZero());
        assertFalse(z.evaluate(Fr.random(rnd)).isZero());
        Polynomial product = Polynomial.ofLongs(1);
        for (Fr r : roots) product = product.mul(Polynomial.linear(r));
        assertEquals(product, z);
        assertEquals(Polynomial.ofLongs(1), Polynomial.fromRoots(List.of()));
    }

    @Test
    void divisionByLinearLeavesTheValueAsRemainder() {
        SplittableRandom rnd = new SplittableRandom(13);
        for (int i = 0; i < TRIALS; i++) {
            Polynomial p = Polynomial.random(rnd.nextInt(0, 20), rnd);
            Fr z = Fr.random(rnd);
            Polynomial q = p.divideByLinear(z);
            assertEquals(p, q.mul(Polynomial.linear(z)).add(Polynomial.constant(p.evaluate(z))), "p = q·(X − z) + p(z)");
            Polynomial.Division d = p.divide(Polynomial.linear(z));
            assertEquals(q, d.quotient());
            assertEquals(Polynomial.constant(p.evaluate(z)), d.remainder());
        }
    }

    @Test
    void euclideanDivision() {
        SplittableRandom rnd = new SplittableRandom(14);
        for (int i = 0; i < TRIALS; i++) {
            Polynomial p = Polynomial.random(rnd.nextInt(0, 25), rnd);
            Polynomial d = Polynomial.random(rnd.nextInt(0, 8), rnd);
            Polynomial.Division qr = p.divide(d);
            assertEquals(p, qr.quotient().mul(d).add(qr.remainder()));
            assertTrue(qr.remainder().degree() < d.degree());
        }
        assertThrows(IllegalArgumentException.class, () -> Polynomial.ofLongs(1, 2).divide(Polynomial.ZERO));
    }

    @Test
    void nttProductEqualsSchoolbook() {
        SplittableRandom rnd = new SplittableRandom(15);
        Polynomial p = Polynomial.random(200, rnd), q = Polynomial.random(150, rnd);
        assertTrue(Math.min(p.degree(), q.degree()) > Polynomial.NTT_THRESHOLD, "this product takes the NTT path");
        assertEquals(p.mulSchoolbook(q), p.mul(q));
    }

    @Test
    void immutable() {
        Fr[] c = {Fr.of(1), Fr.of(2)};
        Polynomial p = Polynomial.of(c);
        c[0] = Fr.of(9);
        assertEquals(Fr.of(1), p.coefficient(0));
        assertThrows(UnsupportedOperationException.class, () -> p.coefficients().set(0, Fr.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Polynomial.of(Fr.ONE, null));
    }
}
