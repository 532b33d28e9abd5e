package org.zkopml.poly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The NTT laws on domains of size 2^k, seeded. */
class EvaluationDomainTest {

    static List<Fr> randomValues(int n, SplittableRandom rnd) {
        List<Fr> v = new ArrayList<>(n);
        for (int i = 0; i < n; i++) v.add(Fr.random(rnd));
        return v;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8})
    void nttMatchesNaiveEvaluationAndInverts(int k) {
        SplittableRandom rnd = new SplittableRandom(100 + k);
        EvaluationDomain d = EvaluationDomain.ofSize(1 << k);
        Fr omega = d.generator();
        assertEquals(Fr.ONE, omega.pow(1L << k), "ω^n = 1");
        if (k > 0) assertEquals(Fr.ONE.neg(), omega.pow(1L << (k - 1)), "ω^(n/2) = −1: primitive");
        List<Fr> coeffs = randomValues(d.size(), rnd);
        Polynomial p = Polynomial.of(coeffs);
        List<Fr> evals = d.fft(coeffs);
        assertEquals(d.evaluateNaively(p), evals, "fft = naive evaluation at ωⁱ");
        assertEquals(coeffs, d.ifft(evals), "ifft ∘ fft = id");
        assertEquals(evals, d.fft(d.ifft(evals)), "fft ∘ ifft = id");
        assertEquals(p, d.interpolate(evals), "interpolation recovers the polynomial");
        List<Fr> coset = d.cosetFft(coeffs);
        Fr g = d.cosetShift();
        for (int i = 0; i < d.size(); i++) assertEquals(p.evaluate(g.mul(d.element(i))), coset.get(i), "coset fft at g·ω^" + i);
        assertEquals(coeffs, d.cosetIfft(coset), "coset ifft ∘ coset fft = id");
    }

    @Test
    void largerDomainRoundTrip() {
        SplittableRandom rnd = new SplittableRandom(7);
        EvaluationDomain d = EvaluationDomain.ofSize(1 << 12);
        List<Fr> coeffs = randomValues(1000, rnd); // fewer coefficients than points: zero-padded
        List<Fr> evals = d.fft(coeffs);
        Fr z = d.element(1234);
        assertEquals(Polynomial.of(coeffs).evaluate(z), evals.get(1234));
        List<Fr> back = d.ifft(evals);
        assertEquals(coeffs, back.subList(0, 1000));
        assertTrue(back.subList(1000, back.size()).stream().allMatch(Fr::isZero));
    }

    @Test
    void interpolationAgreesWithEvaluationAnywhere() {
        SplittableRandom rnd = new SplittableRandom(8);
        EvaluationDomain d = EvaluationDomain.ofSize(16);
        List<Fr> values = randomValues(16, rnd);
        Polynomial p = d.interpolate(values);
        for (int i = 0; i < 16; i++) assertEquals(values.get(i), p.evaluate(d.element(i)));
        Fr z = Fr.random(rnd);
        List<Fr> lagrange = d.lagrangeCoefficients(z);
        Fr viaLagrange = Fr.ZERO;
        for (int i = 0; i < 16; i++) viaLagrange = viaLagrange.add(lagrange.get(i).mul(values.get(i)));
        assertEquals(p.evaluate(z), viaLagrange, "p(z) = Σ Lᵢ(z)·p(ωⁱ)");
        assertEquals(Fr.ONE, lagrange.stream().reduce(Fr.ZERO, Fr::add), "Σ Lᵢ(z) = 1");
        List<Fr> atPoint = d.lagrangeCoefficients(d.element(3));
        for (int i = 0; i < 16; i++) assertEquals(i == 3 ? Fr.ONE : Fr.ZERO, atPoint.get(i));
    }

    @Test
    void vanishingPolynomial() {
        SplittableRandom rnd = new SplittableRandom(9);
        EvaluationDomain d = EvaluationDomain.ofSize(32);
        Polynomial z = d.vanishingPolynomial();
        assertEquals(Polynomial.fromRoots(d.elements()), z, "Xⁿ − 1 = ∏ (X − ωⁱ)");
        for (Fr w : d.elements()) assertTrue(d.evaluateVanishing(w).isZero());
        Fr x = Fr.random(rnd);
        assertEquals(z.evaluate(x), d.evaluateVanishing(x));
        assertFalse(d.evaluateVanishing(d.cosetShift()).isZero(), "g is not in H");
    }

    @Test
    void badSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EvaluationDomain.ofSize(12));
        assertThrows(IllegalArgumentException.class, () -> EvaluationDomain.ofSize(0));
        assertThrows(IllegalArgumentException.class, () -> EvaluationDomain.ofSize(1 << 29));
        assertEquals(16, EvaluationDomain.atLeast(9).size());
        assertThrows(IllegalArgumentException.class, () -> EvaluationDomain.ofSize(4).fft(randomValues(5, new SplittableRandom(1))));
        assertThrows(IllegalArgumentException.class, () -> EvaluationDomain.ofSize(4).ifft(randomValues(3, new SplittableRandom(1))));
    }
}
