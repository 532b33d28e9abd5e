package org.zkopml.field;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * An element of a prime field below 2²⁵⁴ in Montgomery form: the value a is stored as ā = a·R mod p,
 * R = 2²⁵⁶, in four little-endian 64-bit limbs {@code l0..l3}. Sums are plain 256-bit additions with one
 * conditional subtraction of p; products use Montgomery's reduction, which replaces the division by p with
 * a division by R (a shift): mont(ā, b̄) = ā·b̄·R⁻¹ = (ab)·R mod p, the Montgomery form of ab
 * (P. L. Montgomery, "Modular multiplication without trial division", Math. Comp. 44, 1985; the word-by-word
 * "CIOS" schedule is from Koç, Acar and Kaliski, "Analyzing and comparing Montgomery multiplication
 * algorithms", IEEE Micro 16(3), 1996).
 *
 * <p>Subclasses ({@link Fp}, {@link Fr}) only supply their {@link MontgomeryParams} and a constructor.
 *
 * @param <E> the concrete element type
 */
public abstract class MontgomeryElement<E extends MontgomeryElement<E>> implements FieldElement<E> {

    /** Limbs of ā = a·R mod p, least significant first, always fully reduced (ā < p). */
    protected final long l0, l1, l2, l3;

    /** Wraps limbs that are already in Montgomery form and below p. */
    protected MontgomeryElement(long l0, long l1, long l2, long l3) {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
    }

    /** The field's constants. */
    protected abstract MontgomeryParams params();

    /** A new element of the same field from Montgomery-form limbs. */
    protected abstract E create(long l0, long l1, long l2, long l3);

    // ---------------------------------------------------------------- 64-bit word helpers

    private static long mulHi(long a, long b) {
        return UnsignedWords.mulHi(a, b);
    }

    private static long carry(long x, long y, long s) {
        return UnsignedWords.carry(x, y, s);
    }

    private static long borrow(long x, long y, long d) {
        return UnsignedWords.borrow(x, y, d);
    }

    // ---------------------------------------------------------------- field operations

    /** a + b: add the limbs with carries, then subtract p once if the sum reached p. */
    @Override
    public E add(E o) {
        long s0 = l0 + o.l0;
        long c = carry(l0, o.l0, s0);
        long s1 = l1 + o.l1 + c;
        c = ((l1 & o.l1) | ((l1 | o.l1) & ~s1)) >>> 63;
        long s2 = l2 + o.l2 + c;
        c = ((l2 & o.l2) | ((l2 | o.l2) & ~s2)) >>> 63;
        long s3 = l3 + o.l3 + c;   // p < 2^254, so a + b < 2^255 never carries out of limb 3
        return reduceOnce(s0, s1, s2, s3);
    }

    /** a − b: subtract with borrows; if the result went negative, add p back (masked, no branch). */
    @Override
    public E sub(E o) {
        long d0 = l0 - o.l0;
        long b = borrow(l0, o.l0, d0);
        long d1 = l1 - o.l1 - b;
        b = borrow(l1, o.l1, d1);
        long d2 = l2 - o.l2 - b;
        b = borrow(l2, o.l2, d2);
        long d3 = l3 - o.l3 - b;
        b = borrow(l3, o.l3, d3);
        MontgomeryParams f = params();
        long m = -b;                                    // went negative: add p back (masked, no branch)
        long q0 = f.p0() & m, q1 = f.p1() & m, q2 = f.p2() & m, q3 = f.p3() & m;
        long s0 = d0 + q0;
        long c = carry(d0, q0, s0);
        long s1 = d1 + q1 + c;
        c = ((d1 & q1) | ((d1 | q1) & ~s1)) >>> 63;
        long s2 = d2 + q2 + c;
        c = ((d2 & q2) | ((d2 | q2) & ~s2)) >>> 63;
        return create(s0, s1, s2, d3 + q3 + c);
    }

    /** −a = p − a (and −0 = 0). */
    @Override
    public E neg() {
        if (isZero()) {
            return self();
        }
        return zero().sub(self());
    }

    /** 2a. */
    public E dbl() {
        return add(self());
    }

    /**
     * a · b by Montgomery multiplication, word by word (CIOS): for each limb bᵢ of b, add a·bᵢ to the
     * running total t, then add the multiple m·p that makes t's lowest word zero and drop that word
     * (t ← (t + m·p) / 2⁶⁴ with m = t₀ · (−p⁻¹) mod 2⁶⁴). After four rounds t = ā·b̄·R⁻¹ mod p, up to one
     * final subtraction of p.
     *
     * <p>Because p's top word is below 2⁶³ − 1 (p &lt; 2²⁵⁴), t never needs the two extra words of the textbook
     * schedule: the carries out of a·bᵢ (A) and of m·p (C) are kept apart along the row and only added at its end,
     * where their sum is known to fit one word (the "no-carry" CIOS of G. Botrel and Y. El Housni, "Faster
     * Montgomery multiplication and multi-scalar-multiplication for SNARKs", TCHES 2023(3)). The four rounds are
     * written out (no loop, no arrays) so that the JIT keeps all limbs in registers. Every step is
     * "lo, hi = x·y + old word + carry": the 128-bit product split into two words, with {@code carry(s, x)}
     * detecting the wrap-around of an unsigned 64-bit addition.
     */
    @Override
    public E mul(E o) {
        MontgomeryParams f = params();
        final long p0 = f.p0(), p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), n = f.negPInv();
        final long a0 = l0, a1 = l1, a2 = l2, a3 = l3;
        final long b0 = o.l0, b1 = o.l1, b2 = o.l2, b3 = o.l3;
        long t0, t1, t2, t3, lo, hi, s, m, A, C;
        // round 0 (t = 0): t = a·b0; m = t0·(−p⁻¹); t = (t + m·p) / 2⁶⁴
        t0 = a0 * b0; A = mulHi(a0, b0);
        m = t0 * n;
        lo = m * p0; s = lo + t0; C = mulHi(m, p0) + carry(lo, t0, s);
        lo = a1 * b0; s = lo + A; A = mulHi(a1, b0) + carry(lo, A, s); t1 = s;
        lo = m * p1; hi = mulHi(m, p1); s = lo + t1; hi += carry(lo, t1, s); lo = s + C; C = hi + carry(s, C, lo); t0 = lo;
        lo = a2 * b0; s = lo + A; A = mulHi(a2, b0) + carry(lo, A, s); t2 = s;
        lo = m * p2; hi = mulHi(m, p2); s = lo + t2; hi += carry(lo, t2, s); lo = s + C; C = hi + carry(s, C, lo); t1 = lo;
        lo = a3 * b0; s = lo + A; A = mulHi(a3, b0) + carry(lo, A, s); t3 = s;
        lo = m * p3; hi = mulHi(m, p3); s = lo + t3; hi += carry(lo, t3, s); lo = s + C; C = hi + carry(s, C, lo); t2 = lo;
        t3 = C + A;
        // round 1: t += a·b1; m = t0·(−p⁻¹); t = (t + m·p) / 2⁶⁴
        lo = a0 * b1; s = t0 + lo; A = mulHi(a0, b1) + carry(t0, lo, s); t0 = s;
        m = t0 * n;
        lo = m * p0; s = lo + t0; C = mulHi(m, p0) + carry(lo, t0, s);
        lo = a1 * b1; hi = mulHi(a1, b1); s = lo + t1; hi += carry(lo, t1, s); lo = s + A; A = hi + carry(s, A, lo); t1 = lo;
        lo = m * p1; hi = mulHi(m, p1); s = lo + t1; hi += carry(lo, t1, s); lo = s + C; C = hi + carry(s, C, lo); t0 = lo;
        lo = a2 * b1; hi = mulHi(a2, b1); s = lo + t2; hi += carry(lo, t2, s); lo = s + A; A = hi + carry(s, A, lo); t2 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + t2; hi += carry(lo, t2, s); lo = s + C; C = hi + carry(s, C, lo); t1 = lo;
        lo = a3 * b1; hi = mulHi(a3, b1); s = lo + t3; hi += carry(lo, t3, s); lo = s + A; A = hi + carry(s, A, lo); t3 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + t3; hi += carry(lo, t3, s); lo = s + C; C = hi + carry(s, C, lo); t2 = lo;
        t3 = C + A;
        // round 2: t += a·b2; m = t0·(−p⁻¹); t = (t + m·p) / 2⁶⁴
        lo = a0 * b2; s = t0 + lo; A = mulHi(a0, b2) + carry(t0, lo, s); t0 = s;
        m = t0 * n;
        lo = m * p0; s = lo + t0; C = mulHi(m, p0) + carry(lo, t0, s);
        lo = a1 * b2; hi = mulHi(a1, b2); s = lo + t1; hi += carry(lo, t1, s); lo = s + A; A = hi + carry(s, A, lo); t1 = lo;
        lo = m * p1; hi = mulHi(m, p1); s = lo + t1; hi += carry(lo, t1, s); lo = s + C; C = hi + carry(s, C, lo); t0 = lo;
        lo = a2 * b2; hi = mulHi(a2, b2); s = lo + t2; hi += carry(lo, t2, s); lo = s + A; A = hi + carry(s, A, lo); t2 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + t2; hi += carry(lo, t2, s); lo = s + C; C = hi + carry(s, C, lo); t1 = lo;
        lo = a3 * b2; hi = mulHi(a3, b2); s = lo + t3; hi += carry(lo, t3, s); lo = s + A; A = hi + carry(s, A, lo); t3 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + t3; hi += carry(lo, t3, s); lo = s + C; C = hi + carry(s, C, lo); t2 = lo;
        t3 = C + A;
        // round 3: t += a·b3; m = t0·(−p⁻¹); t = (t + m·p) / 2⁶⁴
        lo = a0 * b3; s = t0 + lo; A = mulHi(a0, b3) + carry(t0, lo, s); t0 = s;
        m = t0 * n;
        lo = m * p0; s = lo + t0; C = mulHi(m, p0) + carry(lo, t0, s);
        lo = a1 * b3; hi = mulHi(a1, b3); s = lo + t1; hi += carry(lo, t1, s); lo = s + A; A = hi + carry(s, A, lo); t1 = lo;
        lo = m * p1; hi = mulHi(m, p1); s = lo + t1; hi += carry(lo, t1, s); lo = s + C; C = hi + carry(s, C, lo); t0 = lo;
        lo = a2 * b3; hi = mulHi(a2, b3); s = lo + t2; hi += carry(lo, t2, s); lo = s + A; A = hi + carry(s, A, lo); t2 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + t2; hi += carry(lo, t2, s); lo = s + C; C = hi + carry(s, C, lo); t1 = lo;
        lo = a3 * b3; hi = mulHi(a3, b3); s = lo + t3; hi += carry(lo, t3, s); lo = s + A; A = hi + carry(s, A, lo); t3 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + t3; hi += carry(lo, t3, s); lo = s + C; C = hi + carry(s, C, lo); t2 = lo;
        t3 = C + A;
        return reduceOnce(t0, t1, t2, t3);
    }

    /**
     * a², specialised: the 8-word square needs only ten word products (each aᵢaⱼ with i &lt; j once, doubled by a
     * shift, plus the four aᵢ²) instead of sixteen, followed by the separate Montgomery reduction of the 8 words
     * ("SOS", Koç, Acar and Kaliski 1996). The carry words stay below 2⁶² + 2 because p's top word is below 2⁶²,
     * so adding the deferred carry e never overflows.
     */
    @Override
    public E square() {
        MontgomeryParams f = params();
        final long p0 = f.p0(), p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), n = f.negPInv();
        final long a0 = l0, a1 = l1, a2 = l2, a3 = l3;
        long w0, w1, w2, w3, w4, w5, w6, w7, lo, hi, k, s, m, C, e;
        // the product a² = Σ aᵢaⱼ 2^(64(i+j)): the six cross products once, doubled, then the four squares
        w1 = a0 * a1; k = mulHi(a0, a1);
        lo = a0 * a2; s = lo + k; k = mulHi(a0, a2) + carry(lo, k, s); w2 = s;
        lo = a0 * a3; s = lo + k; k = mulHi(a0, a3) + carry(lo, k, s); w3 = s; w4 = k;
        lo = a1 * a2; hi = mulHi(a1, a2); s = w3 + lo; k = hi + carry(w3, lo, s); w3 = s;
        lo = a1 * a3; s = lo + k; k = mulHi(a1, a3) + carry(lo, k, s); lo = s; s = w4 + lo; w5 = k + carry(w4, lo, s); w4 = s;
        lo = a2 * a3; hi = mulHi(a2, a3); s = w5 + lo; w6 = hi + carry(w5, lo, s); w5 = s;
        w7 = w6 >>> 63; w6 = (w6 << 1) | (w5 >>> 63); w5 = (w5 << 1) | (w4 >>> 63); w4 = (w4 << 1) | (w3 >>> 63);
        w3 = (w3 << 1) | (w2 >>> 63); w2 = (w2 << 1) | (w1 >>> 63); w1 = w1 << 1;
        w0 = a0 * a0; hi = mulHi(a0, a0); s = w1 + hi; k = carry(w1, hi, s); w1 = s;
        lo = a1 * a1; hi = mulHi(a1, a1); s = lo + k; hi += carry(lo, k, s); lo = s; s = w2 + lo; hi += carry(w2, lo, s); w2 = s; s = w3 + hi; k = carry(w3, hi, s); w3 = s;
        lo = a2 * a2; hi = mulHi(a2, a2); s = lo + k; hi += carry(lo, k, s); lo = s; s = w4 + lo; hi += carry(w4, lo, s); w4 = s; s = w5 + hi; k = carry(w5, hi, s); w5 = s;
        lo = a3 * a3; hi = mulHi(a3, a3); s = lo + k; hi += carry(lo, k, s); lo = s; s = w6 + lo; hi += carry(w6, lo, s); w6 = s; w7 += hi;
        // Montgomery reduction of the 8 words (Koç et al.'s "SOS"): four times m = w_i·(−p⁻¹), w += m·p·2^(64i)
        m = w0 * n;
        lo = m * p0; s = lo + w0; C = mulHi(m, p0) + carry(lo, w0, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + w1; hi += carry(lo, w1, s); lo = s + C; C = hi + carry(s, C, lo); w1 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + w2; hi += carry(lo, w2, s); lo = s + C; C = hi + carry(s, C, lo); w2 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + w3; hi += carry(lo, w3, s); lo = s + C; C = hi + carry(s, C, lo); w3 = lo;
        s = w4 + C; e = carry(w4, C, s); w4 = s;
        m = w1 * n;
        lo = m * p0; s = lo + w1; C = mulHi(m, p0) + carry(lo, w1, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + w2; hi += carry(lo, w2, s); lo = s + C; C = hi + carry(s, C, lo); w2 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + w3; hi += carry(lo, w3, s); lo = s + C; C = hi + carry(s, C, lo); w3 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + w4; hi += carry(lo, w4, s); lo = s + C; C = hi + carry(s, C, lo); w4 = lo;
        C += e; s = w5 + C; e = carry(w5, C, s); w5 = s;
        m = w2 * n;
        lo = m * p0; s = lo + w2; C = mulHi(m, p0) + carry(lo, w2, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + w3; hi += carry(lo, w3, s); lo = s + C; C = hi + carry(s, C, lo); w3 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + w4; hi += carry(lo, w4, s); lo = s + C; C = hi + carry(s, C, lo); w4 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + w5; hi += carry(lo, w5, s); lo = s + C; C = hi + carry(s, C, lo); w5 = lo;
        C += e; s = w6 + C; e = carry(w6, C, s); w6 = s;
        m = w3 * n;
        lo = m * p0; s = lo + w3; C = mulHi(m, p0) + carry(lo, w3, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + w4; hi += carry(lo, w4, s); lo = s + C; C = hi + carry(s, C, lo); w4 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + w5; hi += carry(lo, w5, s); lo = s + C; C = hi + carry(s, C, lo); w5 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + w6; hi += carry(lo, w6, s); lo = s + C; C = hi + carry(s, C, lo); w6 = lo;
        w7 += C + e;
        return reduceOnce(w4, w5, w6, w7);
    }

    /** Subtracts p once if s ≥ p (s &lt; 2p), branch-free (see {@link LimbArithmetic}). */
    private E reduceOnce(long s0, long s1, long s2, long s3) {
        MontgomeryParams f = params();
        long d0 = s0 - f.p0();
        long b = borrow(s0, f.p0(), d0);
        long d1 = s1 - f.p1() - b;
        b = borrow(s1, f.p1(), d1);
        long d2 = s2 - f.p2() - b;
        b = borrow(s2, f.p2(), d2);
        long d3 = s3 - f.p3() - b;
        b = borrow(s3, f.p3(), d3);
        long keep = -b;                                 // all ones if s < p
        return create(d0 ^ ((d0 ^ s0) & keep), d1 ^ ((d1 ^ s1) & keep), d2 ^ ((d2 ^ s2) & keep), d3 ^ ((d3 ^ s3) & keep));
    }

    /**
     * a⁻¹. Fermat's little theorem gives a⁻¹ = a^(p−2); we compute the same number with the extended
     * Euclidean algorithm (BigInteger.modInverse), which is several times faster.
     */
    @Override
    public E inverse() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse in F_p");
        }
        return fromCanonical(toBigInteger().modInverse(params().modulus()));
    }

    /** Legendre symbol (a/p): 1 for a non-zero square, −1 for a non-square, 0 for zero (Euler's criterion). */
    public int legendre() {
        if (isZero()) {
            return 0;
        }
        E e = pow(params().modulus().shiftRight(1));
        return e.equals(one()) ? 1 : -1;
    }

    /**
     * A square root of a (Tonelli–Shanks), or null if a is not a square. Of the two roots ±r the one returned
     * is the smaller canonical integer.
     */
    public E sqrt() {
        if (isZero()) {
            return self();
        }
        if (legendre() != 1) {
            return null;
        }
        BigInteger pm1 = params().modulus().subtract(BigInteger.ONE);
        int s = pm1.getLowestSetBit();
        BigInteger q = pm1.shiftRight(s);                   // p − 1 = q · 2^s, q odd
        E z = one();
        while (z.legendre() != -1) {                         // any non-square
            z = z.add(one());
        }
        E c = z.pow(q);
        E x = pow(q.add(BigInteger.ONE).shiftRight(1));
        E t = pow(q);
        int m = s;
        while (!t.equals(one())) {
            int i = 0;
            E t2 = t;
            while (!t2.equals(one())) {
                t2 = t2.square();
                i++;
            }
            E b = c;
            for (int j = 0; j < m - i - 1; j++) {
                b = b.square();
            }
            x = x.mul(b);
            c = b.square();
            t = t.mul(c);
            m = i;
        }
        E other = x.neg();
        return x.toBigInteger().compareTo(other.toBigInteger()) <= 0 ? x : other;
    }

    @Override
    public boolean isZero() {
        return (l0 | l1 | l2 | l3) == 0;
    }

    /** True for 1. */
    public boolean isOne() {
        E one = one();
        return l0 == one.l0 && l1 == one.l1 && l2 == one.l2 && l3 == one.l3;
    }

    @Override
    public E zero() {
        return create(0, 0, 0, 0);
    }

    /** 1 (subclasses return their cached constant). */
    @Override
    public E one() {
        long[] r = params().rModP();
        return create(r[0], r[1], r[2], r[3]);
    }

    /** The element of this field with canonical value x mod p. */
    public E fromCanonical(BigInteger x) {
        long[] v = MontgomeryParams.limbs(x.mod(params().modulus()));
        long[] r2 = params().r2();
        // x · R² · R⁻¹ = x · R: into Montgomery form
        return create(v[0], v[1], v[2], v[3]).mul(create(r2[0], r2[1], r2[2], r2[3]));
    }

    /**
     * The element whose canonical value is the little-endian limbs l0..l3, or null when that number is not below p:
     * one Montgomery product with R² (x·R²·R⁻¹ = x·R), no BigInteger, for decoding files of many field elements.
     */
    public E fromCanonicalLimbs(long l0, long l1, long l2, long l3) {
        MontgomeryParams f = params();
        if (!LimbArithmetic.below(l0, l1, l2, l3, f.p0(), f.p1(), f.p2(), f.p3())) return null;
        long[] r2 = f.r2();
        return create(l0, l1, l2, l3).mul(create(r2[0], r2[1], r2[2], r2[3]));
    }

    /** The canonical value 0 ≤ a < p. */
    public BigInteger toBigInteger() {
        E c = mul(create(1, 0, 0, 0));           // ā · 1 · R⁻¹ = a
        return MontgomeryParams.fromLimbs(c.l0, c.l1, c.l2, c.l3);
    }

    /** Writes the Montgomery-form limbs ā = a·R mod p to dst[off..off+3] (for {@link LimbArithmetic}). */
    public void montgomeryLimbs(long[] dst, int off) {
        dst[off] = l0;
        dst[off + 1] = l1;
        dst[off + 2] = l2;
        dst[off + 3] = l3;
    }

    /** The element whose Montgomery-form limbs are src[off..off+3] (must be below p). */
    public E fromMontgomeryLimbs(long[] src, int off) {
        return create(src[off], src[off + 1], src[off + 2], src[off + 3]);
    }

    /** The canonical value 0 ≤ a < p as four little-endian 64-bit limbs (a fresh array). */
    public long[] toLimbs() {
        long[] out = new long[4];
        canonicalLimbs(out, 0);
        return out;
    }

    /**
     * Writes the canonical value 0 ≤ a < p as four little-endian 64-bit limbs to dst[off..off+3]: one Montgomery
     * reduction, ā·1·R⁻¹ = a.
     */
    public void canonicalLimbs(long[] dst, int off) {
        E c = mul(create(1, 0, 0, 0));
        dst[off] = c.l0;
        dst[off + 1] = c.l1;
        dst[off + 2] = c.l2;
        dst[off + 3] = c.l3;
    }

    /** The canonical value as 32 bytes, big-endian. */
    public byte[] toBytes() {
        E c = mul(create(1, 0, 0, 0));
        byte[] out = new byte[32];
        long[] l = {c.l3, c.l2, c.l1, c.l0};
        for (int i = 0; i < 4; i++) {
            for (int b = 0; b < 8; b++) {
                out[8 * i + b] = (byte) (l[i] >>> (56 - 8 * b));
            }
        }
        return out;
    }

    /** True if 32 big-endian bytes at offset encode a number below the modulus (a canonical element). */
    static boolean isCanonical(byte[] bytes, int offset, MontgomeryParams f) {
        return new BigInteger(1, java.util.Arrays.copyOfRange(bytes, offset, offset + 32))
                .compareTo(f.modulus()) < 0;
    }

    /** Decodes 32 big-endian bytes, rejecting values ≥ p. */
    E decode(byte[] bytes, String fieldName) {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException(fieldName + " element must be 32 bytes, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        BigInteger x = new BigInteger(1, bytes);
        if (x.compareTo(params().modulus()) >= 0) {
            throw new IllegalArgumentException(fieldName + " element is not canonical: value >= modulus");
        }
        return fromCanonical(x);
    }

    /** A uniformly random element (rejection sampling of 254-bit strings). */
    E sample(RandomGenerator rng) {
        MontgomeryParams f = params();
        int topBits = f.modulus().bitLength() - 192;
        long mask = topBits >= 64 ? -1L : (1L << topBits) - 1;
        while (true) {
            long a = rng.nextLong(), b = rng.nextLong(), c = rng.nextLong(), d = rng.nextLong() & mask;
            BigInteger x = MontgomeryParams.fromLimbs(a, b, c, d);
            if (x.compareTo(f.modulus()) < 0) {
                return fromCanonical(x);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private E self() {
        return (E) this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        MontgomeryElement<?> e = (MontgomeryElement<?>) o;
        return l0 == e.l0 && l1 == e.l1 && l2 == e.l2 && l3 == e.l3;
    }

    @Override
    public int hashCode() {
        long h = l0 * 31 + l1;
        h = h * 31 + l2;
        h = h * 31 + l3;
        return Long.hashCode(h);
    }

    /** The canonical value in decimal. */
    @Override
    public String toString() {
        return toBigInteger().toString();
    }
}
