package org.zkopml.poly;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A dense univariate polynomial p(X) = a₀ + a₁X + … + a_dX^d over F_r, stored as its coefficients
 * lowest degree first, without trailing zeros (the zero polynomial has no coefficients and degree −1).
 * Immutable.
 */
public final class Polynomial {
    /** The zero polynomial. */
    public static final Polynomial ZERO = new Polynomial(new Fr[0]);

    /** Products whose factors both have more coefficients than this use the NTT instead of the schoolbook method. */
    static final int NTT_THRESHOLD = 64;

    private final Fr[] coefficients;

    private Polynomial(Fr[] trimmedCoefficients) {
        this.coefficients = trimmedCoefficients;
    }

    /** The polynomial with these coefficients, a₀ first. */
    public static Polynomial of(Fr... coefficients) {
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] == null) throw new IllegalArgumentException("coefficient " + i + " is null");
        }
        return trimmed(coefficients.clone());
    }

    /** The polynomial with these coefficients, a₀ first. */
    public static Polynomial of(List<Fr> coefficients) {
        return of(coefficients.toArray(new Fr[0]));
    }

    /** The polynomial with small integer coefficients, a₀ first (for examples). */
    public static Polynomial ofLongs(long... coefficients) {
        Fr[] c = new Fr[coefficients.length];
        for (int i = 0; i < c.length; i++) c[i] = Fr.of(coefficients[i]);
        return trimmed(c);
    }

    /** The constant polynomial c. */
    public static Polynomial constant(Fr c) {
        return of(c);
    }

    /** The monomial X. */
    public static Polynomial x() {
        return of(Fr.ZERO, Fr.ONE);
    }

    /** X − z. */
    public static Polynomial linear(Fr z) {
        return of(z.neg(), Fr.ONE);
    }

    /** ∏ (X − rᵢ): the monic polynomial that vanishes exactly at the given roots (with multiplicity). */
    public static Polynomial fromRoots(List<Fr> roots) {
        Fr[] c = new Fr[roots.size() + 1];
        Arrays.fill(c, Fr.ZERO);
        c[0] = Fr.ONE;
        int degree = 0;
        for (Fr r : roots) {
            // multiply c by (X − r) in place, high degree first
            degree++;
            c[degree] = c[degree - 1];
            for (int i = degree - 1; i > 0; i--) c[i] = c[i - 1].sub(r.mul(c[i]));
            c[0] = r.mul(c[0]).neg();
        }
        return trimmed(c);
    }

    /** A uniformly random polynomial of degree at most {@code degree}. */
    public static Polynomial random(int degree, RandomGenerator random) {
        if (degree < -1) throw new IllegalArgumentException("degree must be ≥ −1, got " + degree);
        Fr[] c = new Fr[degree + 1];
        for (int i = 0; i < c.length; i++) c[i] = Fr.random(random);
        return trimmed(c);
    }

    /** The degree, −1 for the zero polynomial. */
    public int degree() {
        return coefficients.length - 1;
    }

    /** True for the zero polynomial. */
    public boolean isZero() {
        return coefficients.length == 0;
    }

    /** The coefficient of X^i (zero past the degree). */
    public Fr coefficient(int i) {
        if (i < 0) throw new IllegalArgumentException("coefficient index must be ≥ 0, got " + i);
        return i < coefficients.length ? coefficients[i] : Fr.ZERO;
    }

    /** The coefficients a₀ … a_d. */
    public List<Fr> coefficients() {
        return List.of(coefficients);
    }

    /** p(z), by Horner's rule: (…(a_d·z + a_{d−1})·z + …)·z + a₀. */
    public Fr evaluate(Fr z) {
        Fr acc = Fr.ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) acc = acc.mul(z).add(coefficients[i]);
        return acc;
    }

    /** p + q. */
    public Polynomial add(Polynomial q) {
        int n = Math.max(coefficients.length, q.coefficients.length);
        Fr[] c = new Fr[n];
        for (int i = 0; i < n; i++) c[i] = coefficient(i).add(q.coefficient(i));
        return trimmed(c);
    }

    /** p − q. */
    public Polynomial sub(Polynomial q) {
        int n = Math.max(coefficients.length, q.coefficients.length);
        Fr[] c = new Fr[n];
        for (int i = 0; i < n; i++) c[i] = coefficient(i).sub(q.coefficient(i));
        return trimmed(c);
    }

    /** −p. */
    public Polynomial neg() {
        Fr[] c = new Fr[coefficients.length];
        for (int i = 0; i < c.length; i++) c[i] = coefficients[i].neg();
        return new Polynomial(c);
    }

    /** k·p. */
    public Polynomial scale(Fr k) {
        Fr[] c = new Fr[coefficients.length];
        for (int i = 0; i < c.length; i++) c[i] = coefficients[i].mul(k);
        return trimmed(c);
    }

    /**
     * p·q: the schoolbook product for small factors, otherwise evaluate both on a domain of size ≥ deg p +
     * deg q + 1 with the NTT, multiply pointwise and interpolate back.
     */
    public Polynomial mul(Polynomial q) {
        if (isZero() || q.isZero()) return ZERO;
        int n = coefficients.length + q.coefficients.length - 1;
        if (Math.min(coefficients.length, q.coefficients.length) <= NTT_THRESHOLD) return mulSchoolbook(q);
        EvaluationDomain domain = EvaluationDomain.atLeast(n);
        List<Fr> a = domain.fft(coefficients()), b = domain.fft(q.coefficients());
        Fr[] prod = new Fr[domain.size()];
        for (int i = 0; i < prod.length; i++) prod[i] = a.get(i).mul(b.get(i));
        return domain.interpolate(Arrays.asList(prod));
    }

    /** p·q by the O(n·m) schoolbook method. */
    public Polynomial mulSchoolbook(Polynomial q) {
        if (isZero() || q.isZero()) return ZERO;
        Fr[] c = new Fr[coefficients.length + q.coefficients.length - 1];
        Arrays.fill(c, Fr.ZERO);
        for (int i = 0; i < coefficients.length; i++) {
            for (int j = 0; j < q.coefficients.length; j++) c[i + j] = c[i + j].add(coefficients[i].mul(q.coefficients[j]));
        }
        return trimmed(c);
    }

    /**
     * Division by (X − z): the quotient q with p(X) = q(X)·(X − z) + p(z), by synthetic division
     * (the remainder of a division by X − z is p(z)). This is the KZG opening's witness polynomial
     * when applied to p − p(z).
     */
    public Polynomial divideByLinear(Fr z) {
        if (coefficients.length <= 1) return ZERO;
        Fr[] q = new Fr[coefficients.length - 1];
        Fr carry = Fr.ZERO;
        for (int i = coefficients.length - 1; i >= 1; i--) {
            carry = carry.mul(z).add(coefficients[i]);
            q[i - 1] = carry;
        }
        return trimmed(q);
    }

    /** Quotient and remainder of a Euclidean division: p = quotient·divisor + remainder, deg remainder &lt; deg divisor. */
    public record Division(Polynomial quotient, Polynomial remainder) {}

    /** Euclidean (long) division by a non-zero divisor. */
    public Division divide(Polynomial divisor) {
        if (divisor.isZero()) throw new IllegalArgumentException("division by the zero polynomial");
        if (degree() < divisor.degree()) return new Division(ZERO, this);
        Fr[] r = coefficients.clone();
        int dd = divisor.degree();
        Fr leadInv = divisor.coefficients[dd].inverse();
        Fr[] q = new Fr[degree() - dd + 1];
        for (int i = q.length - 1; i >= 0; i--) {
            Fr f = r[i + dd].mul(leadInv);
            q[i] = f;
            if (f.isZero()) continue;
            for (int j = 0; j <= dd; j++) r[i + j] = r[i + j].sub(f.mul(divisor.coefficients[j]));
        }
        return new Division(trimmed(q), trimmed(Arrays.copyOf(r, dd)));
    }

    private static Polynomial trimmed(Fr[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].isZero()) n--;
        return new Polynomial(n == c.length ? c : Arrays.copyOf(c, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && Arrays.equals(p.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** Like "3 + 2·X + X^2" (coefficients in decimal, lowest degree first). */
    @Override
    public String toString() {
        if (isZero()) return "0";
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i].isZero()) continue;
            String c = coefficients[i].toString();
            terms.add(i == 0 ? c : (coefficients[i].isOne() ? "" : c + "·") + (i == 1 ? "X" : "X^" + i));
        }
        return String.join(" + ", terms);
    }
}
