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

    /** r = a · b (Montgomery multiplication, CIOS; see {@link MontgomeryElement#mul}). */
    public static void mul(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        final long p0 = f.p0(), p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), n = f.negPInv();
        final long a0 = a[ao], a1 = a[ao + 1], a2 = a[ao + 2], a3 = a[ao + 3];
        final long b0 = b[bo], b1 = b[bo + 1], b2 = b[bo + 2], b3 = b[bo + 3];
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
        reduceOnce(f, t0, t1, t2, t3, r, ro);
    }

    /** r = a + b. */
    public static void add(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long x0 = a[ao], x1 = a[ao + 1], x2 = a[ao + 2], x3 = a[ao + 3];
        long y0 = b[bo], y1 = b[bo + 1], y2 = b[bo + 2], y3 = b[bo + 3];
        long s0 = x0 + y0;
        long c = carry(s0, x0);
        long s1 = x1 + y1 + c;
        c = ((x1 & y1) | ((x1 | y1) & ~s1)) >>> 63;
        long s2 = x2 + y2 + c;
        c = ((x2 & y2) | ((x2 | y2) & ~s2)) >>> 63;
        long s3 = x3 + y3 + c;
        reduceOnce(f, s0, s1, s2, s3, r, ro);
    }

    /** r = a − b. */
    public static void sub(MontgomeryParams f, long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long x0 = a[ao], x1 = a[ao + 1], x2 = a[ao + 2], x3 = a[ao + 3];
        long y0 = b[bo], y1 = b[bo + 1], y2 = b[bo + 2], y3 = b[bo + 3];
        long d0 = x0 - y0;
        long w = MontgomeryElement.borrow(x0, y0, d0);
        long d1 = x1 - y1 - w;
        w = MontgomeryElement.borrow(x1, y1, d1);
        long d2 = x2 - y2 - w;
        w = MontgomeryElement.borrow(x2, y2, d2);
        long d3 = x3 - y3 - w;
        w = MontgomeryElement.borrow(x3, y3, d3);
        if (w != 0) {                                   // went negative: add p back
            long s0 = d0 + f.p0();
            long c = carry(s0, d0);
            long s1 = d1 + f.p1() + c;
            c = ((d1 & f.p1()) | ((d1 | f.p1()) & ~s1)) >>> 63;
            long s2 = d2 + f.p2() + c;
            c = ((d2 & f.p2()) | ((d2 | f.p2()) & ~s2)) >>> 63;
            d3 = d3 + f.p3() + c;
            d0 = s0;
            d1 = s1;
            d2 = s2;
        }
        r[ro] = d0;
        r[ro + 1] = d1;
        r[ro + 2] = d2;
        r[ro + 3] = d3;
    }

    /** True if the four limbs at ao are zero. */
    public static boolean isZero(long[] a, int ao) {
        return (a[ao] | a[ao + 1] | a[ao + 2] | a[ao + 3]) == 0;
    }

    /** True if the four limbs at ao equal those at bo. */
    public static boolean equal(long[] a, int ao, long[] b, int bo) {
        return a[ao] == b[bo] && a[ao + 1] == b[bo + 1] && a[ao + 2] == b[bo + 2] && a[ao + 3] == b[bo + 3];
    }

    /** Copies four limbs. */
    public static void copy(long[] a, int ao, long[] r, int ro) {
        System.arraycopy(a, ao, r, ro, 4);
    }

    private static long mulHi(long a, long b) {
        return MontgomeryElement.mulHi(a, b);
    }

    private static long carry(long s, long x) {
        return MontgomeryElement.carry(s, x);
    }

    private static void reduceOnce(MontgomeryParams f, long s0, long s1, long s2, long s3, long[] r, int ro) {
        long d0 = s0 - f.p0();
        long b = MontgomeryElement.borrow(s0, f.p0(), d0);
        long d1 = s1 - f.p1() - b;
        b = MontgomeryElement.borrow(s1, f.p1(), d1);
        long d2 = s2 - f.p2() - b;
        b = MontgomeryElement.borrow(s2, f.p2(), d2);
        long d3 = s3 - f.p3() - b;
        b = MontgomeryElement.borrow(s3, f.p3(), d3);
        if (b == 0) {
            r[ro] = d0;
            r[ro + 1] = d1;
            r[ro + 2] = d2;
            r[ro + 3] = d3;
        } else {
            r[ro] = s0;
            r[ro + 1] = s1;
            r[ro + 2] = s2;
            r[ro + 3] = s3;
        }
    }
}
