package org.zkopml.poly;

import org.zkopml.field.Fr;
import org.zkopml.field.LimbArithmetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multiplicative subgroup H = {1, ω, ω², …, ω^{n−1}} of F_r of size n = 2^k (k ≤ 28, BN254's
 * two-adicity), ω = {@link Fr#rootOfUnity(int)}. On H the number-theoretic transform (the FFT over a
 * finite field) evaluates a polynomial of degree &lt; n at all n points in O(n log n):
 * <pre>
 *   fft:  (a₀ … a_{n−1}) ↦ (p(ω⁰) … p(ω^{n−1})),   p(X) = Σ aᵢ Xⁱ
 *   ifft: the inverse, the same transform with ω⁻¹ and a final factor n⁻¹
 *   coset fft: evaluations on the coset g·H (g = 5, the multiplicative generator, not in H) — used
 *              where a quotient by the vanishing polynomial Z_H(X) = Xⁿ − 1 is needed, as Z_H is the
 *              non-zero constant gⁿ − 1 on g·H
 * </pre>
 * The transform is the iterative radix-2 Cooley–Tukey butterfly on bit-reversed input. Immutable.
 */
public final class EvaluationDomain {
    private final int log2Size;
    private final int size;
    private final Fr omega;
    private final Fr omegaInverse;
    private final Fr sizeInverse;
    private final Fr cosetShift;
    /**
     * ω^i for i &lt; n/2 (the twiddle factors of the largest stage; smaller stages use a stride), as Montgomery limbs,
     * element i at 4i; likewise ω^−i.
     */
    private final long[] twiddles;
    private final long[] inverseTwiddles;
    private final long[] sizeInverseLimbs = new long[4];

    private EvaluationDomain(int log2Size) {
        this.log2Size = log2Size;
        this.size = 1 << log2Size;
        this.omega = Fr.rootOfUnity(log2Size);
        this.omegaInverse = omega.inverse();
        this.sizeInverse = Fr.of(size).inverse();
        this.cosetShift = Fr.MULTIPLICATIVE_GENERATOR;
        this.twiddles = limbs(powers(omega, Math.max(1, size / 2)));
        this.inverseTwiddles = limbs(powers(omegaInverse, Math.max(1, size / 2)));
        sizeInverse.montgomeryLimbs(sizeInverseLimbs, 0);
    }

    /** The domain of size exactly {@code size}, which must be a power of two between 1 and 2^28. */
    public static EvaluationDomain ofSize(int size) {
        if (size <= 0 || Integer.bitCount(size) != 1 || Integer.numberOfTrailingZeros(size) > Fr.TWO_ADICITY) {
            throw new IllegalArgumentException("domain size must be a power of two in 1..2^28, got " + size);
        }
        return new EvaluationDomain(Integer.numberOfTrailingZeros(size));
    }

    /** The smallest domain with at least {@code n} points. */
    public static EvaluationDomain atLeast(int n) {
        if (n <= 0 || n > 1 << Fr.TWO_ADICITY) throw new IllegalArgumentException("need 1..2^28 points, got " + n);
        int k = 0;
        while ((1 << k) < n) k++;
        return new EvaluationDomain(k);
    }

    /** n = 2^k. */
    public int size() {
        return size;
    }

    /** k = log₂ n. */
    public int log2Size() {
        return log2Size;
    }

    /** ω, a primitive n-th root of unity. */
    public Fr generator() {
        return omega;
    }

    /** The coset shift g = 5 of {@link #cosetFft}. */
    public Fr cosetShift() {
        return cosetShift;
    }

    /** ω^i. */
    public Fr element(int i) {
        return omega.pow(Integer.toUnsignedLong(Math.floorMod(i, size)));
    }

    /** 1, ω, …, ω^{n−1}. */
    public List<Fr> elements() {
        return List.of(powers(omega, size));
    }

    /** Z_H(X) = Xⁿ − 1, zero exactly on H. */
    public Polynomial vanishingPolynomial() {
        Fr[] c = new Fr[size + 1];
        Arrays.fill(c, Fr.ZERO);
        c[0] = Fr.ONE.neg();
        c[size] = Fr.ONE;
        return Polynomial.of(c);
    }

    /** Z_H(z) = zⁿ − 1 (log n squarings). */
    public Fr evaluateVanishing(Fr z) {
        Fr zn = z;
        for (int i = 0; i < log2Size; i++) zn = zn.square();
        return zn.sub(Fr.ONE);
    }

    /**
     * The Lagrange basis at z: Lᵢ(z) for i &lt; n, where Lᵢ is 1 at ωⁱ and 0 elsewhere on H,
     * Lᵢ(z) = ωⁱ·(zⁿ − 1) / (n·(z − ωⁱ)); for z ∈ H it is the indicator vector.
     */
    public List<Fr> lagrangeCoefficients(Fr z) {
        Fr[] l = new Fr[size];
        Fr zh = evaluateVanishing(z);
        Fr[] w = powers(omega, size);
        if (zh.isZero()) {
            for (int i = 0; i < size; i++) l[i] = w[i].equals(z) ? Fr.ONE : Fr.ZERO;
            return List.of(l);
        }
        Fr common = zh.mul(sizeInverse);
        for (int i = 0; i < size; i++) l[i] = common.mul(w[i]).mul(z.sub(w[i]).inverse());
        return List.of(l);
    }

    /** Evaluations p(ωⁱ) of the polynomial with these coefficients (at most n of them). */
    public List<Fr> fft(List<Fr> coefficients) {
        long[] a = limbs(padded(coefficients, "coefficients"));
        transform(a, twiddles);
        return elements(a);
    }

    /** p(ωⁱ) for i &lt; n; p must have degree &lt; n. */
    public List<Fr> evaluate(Polynomial p) {
        return fft(p.coefficients());
    }

    /** The coefficients of the unique polynomial of degree &lt; n with the given n evaluations on H. */
    public List<Fr> ifft(List<Fr> evaluations) {
        if (evaluations.size() != size) throw new IllegalArgumentException("need exactly " + size + " evaluations, got " + evaluations.size());
        long[] a = limbs(padded(evaluations, "evaluations"));
        ifft(a);
        return elements(a);
    }

    /**
     * The NTT in place on Montgomery limbs (element i of F_r at {@code a[4i .. 4i+3]}, n elements): coefficients in,
     * evaluations p(ωⁱ) out. The form the prover works in, without an object per element.
     */
    public void fft(long[] a) {
        checkLimbs(a);
        transform(a, twiddles);
    }

    /** The inverse NTT in place on Montgomery limbs (see {@link #fft(long[])}): evaluations in, coefficients out. */
    public void ifft(long[] a) {
        checkLimbs(a);
        transform(a, inverseTwiddles);
        for (int i = 0; i < size; i++) {
            LimbArithmetic.mul(Fr.PARAMS, a, 4 * i, sizeInverseLimbs, 0, a, 4 * i);
        }
    }

    private void checkLimbs(long[] a) {
        if (a.length != 4 * size) {
            throw new IllegalArgumentException("need exactly " + size + " elements (" + 4 * size + " limbs), got " + a.length + " limbs");
        }
    }

    /** The polynomial of degree &lt; n through (ωⁱ, evaluations[i]). */
    public Polynomial interpolate(List<Fr> evaluations) {
        return Polynomial.of(ifft(evaluations));
    }

    /** Evaluations p(g·ωⁱ) on the coset g·H: scale aᵢ by gⁱ, then fft. */
    public List<Fr> cosetFft(List<Fr> coefficients) {
        Fr[] a = padded(coefficients, "coefficients");
        Fr gi = Fr.ONE;
        for (int i = 0; i < size; i++) {
            a[i] = a[i].mul(gi);
            gi = gi.mul(cosetShift);
        }
        long[] l = limbs(a);
        transform(l, twiddles);
        return elements(l);
    }

    /** The coefficients of the polynomial of degree &lt; n with the given evaluations on g·H. */
    public List<Fr> cosetIfft(List<Fr> evaluations) {
        List<Fr> scaled = ifft(evaluations);
        Fr[] a = scaled.toArray(new Fr[0]);
        Fr gInv = cosetShift.inverse(), gi = Fr.ONE;
        for (int i = 0; i < size; i++) {
            a[i] = a[i].mul(gi);
            gi = gi.mul(gInv);
        }
        return List.of(a);
    }

    private Fr[] padded(List<Fr> values, String what) {
        if (values.size() > size) {
            throw new IllegalArgumentException(values.size() + " " + what + " do not fit in a domain of size " + size);
        }
        Fr[] a = new Fr[size];
        for (int i = 0; i < values.size(); i++) {
            Fr v = values.get(i);
            if (v == null) throw new IllegalArgumentException(what + " " + i + " is null");
            a[i] = v;
        }
        for (int i = values.size(); i < size; i++) a[i] = Fr.ZERO;
        return a;
    }

    /**
     * In-place radix-2 decimation-in-time NTT on Montgomery limbs: bit-reverse the input, then for each stage of
     * length m = 2, 4, …, n combine pairs (u, v) into (u + wv, u − wv) with w = ω_m^j = twiddles[j·n/m].
     */
    private void transform(long[] a, long[] w) {
        int n = size;
        long[] v = new long[4];
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                System.arraycopy(a, 4 * i, v, 0, 4);
                System.arraycopy(a, 4 * j, a, 4 * i, 4);
                System.arraycopy(v, 0, a, 4 * j, 4);
            }
        }
        for (int m = 2; m <= n; m <<= 1) {
            int half = m >> 1, stride = n / m;
            for (int start = 0; start < n; start += m) {
                for (int j = 0; j < half; j++) {
                    int u = 4 * (start + j), x = 4 * (start + j + half);
                    if (j == 0) {
                        System.arraycopy(a, x, v, 0, 4);
                    } else {
                        LimbArithmetic.mul(Fr.PARAMS, a, x, w, 4 * j * stride, v, 0);
                    }
                    LimbArithmetic.sub(Fr.PARAMS, a, u, v, 0, a, x);
                    LimbArithmetic.add(Fr.PARAMS, a, u, v, 0, a, u);
                }
            }
        }
    }

    /** The elements as Montgomery limbs, element i at 4i. */
    private static long[] limbs(Fr[] values) {
        long[] l = new long[4 * values.length];
        for (int i = 0; i < values.length; i++) values[i].montgomeryLimbs(l, 4 * i);
        return l;
    }

    private static List<Fr> elements(long[] l) {
        Fr[] out = new Fr[l.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = Fr.ZERO.fromMontgomeryLimbs(l, 4 * i);
        return List.of(out);
    }

    private static Fr[] powers(Fr base, int count) {
        Fr[] p = new Fr[count];
        Fr acc = Fr.ONE;
        for (int i = 0; i < count; i++) {
            p[i] = acc;
            acc = acc.mul(base);
        }
        return p;
    }

    @Override
    public String toString() {
        return "EvaluationDomain[n=2^" + log2Size + "]";
    }

    /** Naive O(n²) evaluations p(ωⁱ), for cross-checking the transform. */
    List<Fr> evaluateNaively(Polynomial p) {
        List<Fr> out = new ArrayList<>(size);
        for (Fr x : powers(omega, size)) out.add(p.evaluate(x));
        return out;
    }
}
