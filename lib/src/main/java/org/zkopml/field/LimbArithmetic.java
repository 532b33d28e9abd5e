package org.zkopml.field;

/**
 * Montgomery arithmetic on raw limb vectors: an element is four little-endian 64-bit limbs (Montgomery form,
 * below p) stored at an offset in a {@code long[]}. The same algorithms as {@link MontgomeryElement}, but writing
 * results into caller-owned arrays, so that inner loops such as the MSM's bucket additions run without
 * allocating an object per field operation. Inputs and outputs may alias.
 */
public final class LimbArithmetic {

    private LimbArithmetic() {
    }

    /** r = a · b (Montgomery multiplication, the no-carry CIOS of {@link MontgomeryElement#mul}). */
    public static void mul(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        final long p0 = f.p0(), p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), n = f.negPInv();
        final long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
        final long b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
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
        reduceOnce(f, t0, t1, t2, t3, r, ro);
    }

    /** r = a + b. */
    public static void add(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long x0 = a[ao], x1 = a[ao + 1], x2 = a[ao + 2], x3 = a[ao + 3];
        long y0 = b[bo], y1 = b[bo + 1], y2 = b[bo + 2], y3 = b[bo + 3];
        long s0 = x0 + y0;
        long c = carry(x0, y0, s0);
        long s1 = x1 + y1 + c;
        c = ((x1 & y1) | ((x1 | y1) & ~s1)) >>> 63;
        long s2 = x2 + y2 + c;
        c = ((x2 & y2) | ((x2 | y2) & ~s2)) >>> 63;
        long s3 = x3 + y3 + c;
        reduceOnce(f, s0, s1, s2, s3, r, ro);
    }

    /** r = a + b mod 2²⁵⁶ as plain integers, no reduction modulo p (for a, b &lt; 2²⁵⁴ the sum is exact). */
    static void addUnreduced(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long x0 = a[ao], x1 = a[ao + 1], x2 = a[ao + 2], x3 = a[ao + 3];
        long y0 = b[bo], y1 = b[bo + 1], y2 = b[bo + 2], y3 = b[bo + 3];
        long s0 = x0 + y0;
        long c = carry(x0, y0, s0);
        long s1 = x1 + y1 + c;
        c = ((x1 & y1) | ((x1 | y1) & ~s1)) >>> 63;
        long s2 = x2 + y2 + c;
        c = ((x2 & y2) | ((x2 | y2) & ~s2)) >>> 63;
        r[ro] = s0;
        r[ro + 1] = s1;
        r[ro + 2] = s2;
        r[ro + 3] = x3 + y3 + c;
    }

    /** r = a − b. */
    public static void sub(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long x0 = a[ao], x1 = a[ao + 1], x2 = a[ao + 2], x3 = a[ao + 3];
        long y0 = b[bo], y1 = b[bo + 1], y2 = b[bo + 2], y3 = b[bo + 3];
        long d0 = x0 - y0;
        long w = UnsignedWords.borrow(x0, y0, d0);
        long d1 = x1 - y1 - w;
        w = UnsignedWords.borrow(x1, y1, d1);
        long d2 = x2 - y2 - w;
        w = UnsignedWords.borrow(x2, y2, d2);
        long d3 = x3 - y3 - w;
        w = UnsignedWords.borrow(x3, y3, d3);
        long m = -w;                                    // went negative: add p back (masked, no branch)
        long q0 = f.p0() & m, q1 = f.p1() & m, q2 = f.p2() & m, q3 = f.p3() & m;
        long s0 = d0 + q0;
        long c = carry(d0, q0, s0);
        long s1 = d1 + q1 + c;
        c = ((d1 & q1) | ((d1 | q1) & ~s1)) >>> 63;
        long s2 = d2 + q2 + c;
        c = ((d2 & q2) | ((d2 | q2) & ~s2)) >>> 63;
        r[ro] = s0;
        r[ro + 1] = s1;
        r[ro + 2] = s2;
        r[ro + 3] = d3 + q3 + c;
    }

    /** True if the four limbs at ao are zero. */
    public static boolean isZero(long[] a, int ao) {
        return (a[ao] | a[ao + 1] | a[ao + 2] | a[ao + 3]) == 0;
    }

    /** True if the four limbs at ao equal those at bo. */
    public static boolean equal(long[] a, int ao, long[] b, int bo) {
        return a[ao] == b[bo] && a[ao + 1] == b[bo + 1] && a[ao + 2] == b[bo + 2] && a[ao + 3] == b[bo + 3];
    }

    /** True if the number with little-endian limbs a0..a3 is below the one with limbs m0..m3 (unsigned). */
    public static boolean below(long a0, long a1, long a2, long a3, long m0, long m1, long m2, long m3) {
        if (a3 != m3) return Long.compareUnsigned(a3, m3) < 0;
        if (a2 != m2) return Long.compareUnsigned(a2, m2) < 0;
        if (a1 != m1) return Long.compareUnsigned(a1, m1) < 0;
        return Long.compareUnsigned(a0, m0) < 0;
    }

    /** Copies four limbs. */
    public static void copy(long[] a, int ao, long[] r, int ro) {
        System.arraycopy(a, ao, r, ro, 4);
    }

    private static long mulHi(long a, long b) {
        return UnsignedWords.mulHi(a, b);
    }

    private static long carry(long x, long y, long s) {
        return UnsignedWords.carry(x, y, s);
    }

    /**
     * Subtracts p once if s ≥ p (s &lt; 2p). Branch-free (a mask selects s − p or s): with random operands the
     * outcome is a coin toss that a branch predictor would miss half the time.
     */
    static void reduceOnce(MontgomeryParams f, long s0, long s1, long s2, long s3, long[] r, int ro) {
        long d0 = s0 - f.p0();
        long b = UnsignedWords.borrow(s0, f.p0(), d0);
        long d1 = s1 - f.p1() - b;
        b = UnsignedWords.borrow(s1, f.p1(), d1);
        long d2 = s2 - f.p2() - b;
        b = UnsignedWords.borrow(s2, f.p2(), d2);
        long d3 = s3 - f.p3() - b;
        b = UnsignedWords.borrow(s3, f.p3(), d3);
        long keep = -b;                                 // all ones if s < p
        r[ro] = d0 ^ ((d0 ^ s0) & keep);
        r[ro + 1] = d1 ^ ((d1 ^ s1) & keep);
        r[ro + 2] = d2 ^ ((d2 ^ s2) & keep);
        r[ro + 3] = d3 ^ ((d3 ^ s3) & keep);
    }
}
