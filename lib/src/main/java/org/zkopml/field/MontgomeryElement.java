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

    /** High 64 bits of the unsigned 128-bit product a·b (Java 17 has only the signed Math.multiplyHigh). */
    static long mulHi(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** 1 if the unsigned sum s = x + y (already computed, wrapped) carried out of 64 bits. */
    static long carry(long s, long x) {
        return Long.compareUnsigned(s, x) < 0 ? 1 : 0;
    }

    /** Borrow out of d = x − y − borrowIn (d already computed): Hacker's Delight, §2-16. */
    static long borrow(long x, long y, long d) {
        return ((~x & y) | (~(x ^ y) & d)) >>> 63;
    }

    // ---------------------------------------------------------------- field operations

    /** a + b: add the limbs with carries, then subtract p once if the sum reached p. */
    @Override
    public E add(E o) {
        long s0 = l0 + o.l0;
        long c = carry(s0, l0);
        long s1 = l1 + o.l1 + c;
        c = ((l1 & o.l1) | ((l1 | o.l1) & ~s1)) >>> 63;
        long s2 = l2 + o.l2 + c;
        c = ((l2 & o.l2) | ((l2 | o.l2) & ~s2)) >>> 63;
        long s3 = l3 + o.l3 + c;   // p < 2^254, so a + b < 2^255 never carries out of limb 3
        return reduceOnce(s0, s1, s2, s3);
    }

    /** a − b: subtract with borrows; if the result went negative, add p back. */
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
        if (b == 0) {
            return create(d0, d1, d2, d3);
        }
        MontgomeryParams f = params();
        long s0 = d0 + f.p0();
        long c = carry(s0, d0);
        long s1 = d1 + f.p1() + c;
        c = ((d1 & f.p1()) | ((d1 | f.p1()) & ~s1)) >>> 63;
        long s2 = d2 + f.p2() + c;
        c = ((d2 & f.p2()) | ((d2 | f.p2()) & ~s2)) >>> 63;
        long s3 = d3 + f.p3() + c;
        return create(s0, s1, s2, s3);
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
     * <p>The four rounds are written out (no loop, no arrays) so that the JIT keeps all limbs in registers.
     * Every line is one step "lo, hi = x·y + carry (+ old word)": the 128-bit product split into two words,
     * with {@code carry(s, x)} detecting the wrap-around of an unsigned 64-bit addition.
     */
    @Override
    public E mul(E o) {
        MontgomeryParams f = params();
        final long p0 = f.p0(), p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), n = f.negPInv();
        final long a0 = l0, a1 = l1, a2 = l2, a3 = l3;
        final long b0 = o.l0, b1 = o.l1, b2 = o.l2, b3 = o.l3;
        long t0, t1, t2, t3, t4, t5, lo, hi, c, m;
        // round 0: t += a·b0, then t = (t + m·p) / 2^64
        lo = a0 * b0; t0 = lo; c = mulHi(a0, b0);
        lo = a1 * b0 + c; hi = mulHi(a1, b0) + carry(lo, c); t1 = lo; c = hi;
        lo = a2 * b0 + c; hi = mulHi(a2, b0) + carry(lo, c); t2 = lo; c = hi;
        lo = a3 * b0 + c; hi = mulHi(a3, b0) + carry(lo, c); t3 = lo; c = hi;
        t4 = c; t5 = 0;
        m = t0 * n;
        lo = m * p0 + t0; c = mulHi(m, p0) + carry(lo, t0);
        lo = m * p1 + c; hi = mulHi(m, p1) + carry(lo, c); lo += t1; hi += carry(lo, t1); t0 = lo; c = hi;
        lo = m * p2 + c; hi = mulHi(m, p2) + carry(lo, c); lo += t2; hi += carry(lo, t2); t1 = lo; c = hi;
        lo = m * p3 + c; hi = mulHi(m, p3) + carry(lo, c); lo += t3; hi += carry(lo, t3); t2 = lo; c = hi;
        t3 = t4 + c; t4 = t5 + carry(t3, c);
        // round 1: t += a·b1, then t = (t + m·p) / 2^64
        lo = a0 * b1; hi = mulHi(a0, b1); t0 += lo; c = hi + carry(t0, lo);
        lo = a1 * b1 + c; hi = mulHi(a1, b1) + carry(lo, c); t1 += lo; c = hi + carry(t1, lo);
        lo = a2 * b1 + c; hi = mulHi(a2, b1) + carry(lo, c); t2 += lo; c = hi + carry(t2, lo);
        lo = a3 * b1 + c; hi = mulHi(a3, b1) + carry(lo, c); t3 += lo; c = hi + carry(t3, lo);
        t4 += c; t5 = carry(t4, c);
        m = t0 * n;
        lo = m * p0 + t0; c = mulHi(m, p0) + carry(lo, t0);
        lo = m * p1 + c; hi = mulHi(m, p1) + carry(lo, c); lo += t1; hi += carry(lo, t1); t0 = lo; c = hi;
        lo = m * p2 + c; hi = mulHi(m, p2) + carry(lo, c); lo += t2; hi += carry(lo, t2); t1 = lo; c = hi;
        lo = m * p3 + c; hi = mulHi(m, p3) + carry(lo, c); lo += t3; hi += carry(lo, t3); t2 = lo; c = hi;
        t3 = t4 + c; t4 = t5 + carry(t3, c);
        // round 2: t += a·b2, then t = (t + m·p) / 2^64
        lo = a0 * b2; hi = mulHi(a0, b2); t0 += lo; c = hi + carry(t0, lo);
        lo = a1 * b2 + c; hi = mulHi(a1, b2) + carry(lo, c); t1 += lo; c = hi + carry(t1, lo);
        lo = a2 * b2 + c; hi = mulHi(a2, b2) + carry(lo, c); t2 += lo; c = hi + carry(t2, lo);
        lo = a3 * b2 + c; hi = mulHi(a3, b2) + carry(lo, c); t3 += lo; c = hi + carry(t3, lo);
        t4 += c; t5 = carry(t4, c);
        m = t0 * n;
        lo = m * p0 + t0; c = mulHi(m, p0) + carry(lo, t0);
        lo = m * p1 + c; hi = mulHi(m, p1) + carry(lo, c); lo += t1; hi += carry(lo, t1); t0 = lo; c = hi;
        lo = m * p2 + c; hi = mulHi(m, p2) + carry(lo, c); lo += t2; hi += carry(lo, t2); t1 = lo; c = hi;
        lo = m * p3 + c; hi = mulHi(m, p3) + carry(lo, c); lo += t3; hi += carry(lo, t3); t2 = lo; c = hi;
        t3 = t4 + c; t4 = t5 + carry(t3, c);
        // round 3: t += a·b3, then t = (t + m·p) / 2^64
        lo = a0 * b3; hi = mulHi(a0, b3); t0 += lo; c = hi + carry(t0, lo);
        lo = a1 * b3 + c; hi = mulHi(a1, b3) + carry(lo, c); t1 += lo; c = hi + carry(t1, lo);
        lo = a2 * b3 + c; hi = mulHi(a2, b3) + carry(lo, c); t2 += lo; c = hi + carry(t2, lo);
        lo = a3 * b3 + c; hi = mulHi(a3, b3) + carry(lo, c); t3 += lo; c = hi + carry(t3, lo);
        t4 += c; t5 = carry(t4, c);
        m = t0 * n;
        lo = m * p0 + t0; c = mulHi(m, p0) + carry(lo, t0);
        lo = m * p1 + c; hi = mulHi(m, p1) + carry(lo, c); lo += t1; hi += carry(lo, t1); t0 = lo; c = hi;
        lo = m * p2 + c; hi = mulHi(m, p2) + carry(lo, c); lo += t2; hi += carry(lo, t2); t1 = lo; c = hi;
        lo = m * p3 + c; hi = mulHi(m, p3) + carry(lo, c); lo += t3; hi += carry(lo, t3); t2 = lo; c = hi;
        t3 = t4 + c; t4 = t5 + carry(t3, c);
        // t < 2p < 2^255, so t4 is 0 here
        return reduceOnce(t0, t1, t2, t3);
    }

    /** a². */
    @Override
    public E square() {
        return mul(self());
    }

    /** Subtracts p once if s ≥ p (s < 2p). */
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
        return b == 0 ? create(d0, d1, d2, d3) : create(s0, s1, s2, s3);
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
        E c = mul(create(1, 0, 0, 0));
        return new long[] {c.l0, c.l1, c.l2, c.l3};
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
