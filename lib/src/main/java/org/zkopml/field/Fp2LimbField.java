package org.zkopml.field;

/**
 * F_p² = F_p[u]/(u² + 1) as a {@link LimbField} of width 8: an element a0 + a1·u is a0's four Montgomery limbs
 * followed by a1's, and the operations are {@link Fp2}'s formulas on {@link LimbArithmetic} (Karatsuba's three
 * products for a multiplication, (a0 + a1)(a0 − a1) + 2a0a1·u for a square, conj(a)/(a0² + a1²) for an inverse).
 * It keeps 16 words of scratch space, so an instance serves one thread at a time ({@link #forThread()}).
 */
final class Fp2LimbField implements LimbField {
    private static final MontgomeryParams F = Fp.PARAMS;
    private final long[] t = new long[16];

    @Override
    public int width() {
        return 8;
    }

    /**
     * (a0b0 − a1b1) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)·u (Karatsuba) with lazy reduction: the three products are
     * kept as 512-bit integers, combined exactly, and only the two results are Montgomery-reduced — 3 × 16 + 2 × 16
     * word products instead of 3 × 32 (Aranha, Karabina, Longa, Gebotys and López, "Faster explicit formulas for
     * computing pairings over ordinary curves", EUROCRYPT 2011, §3). a0b0 − a1b1 may be negative: then p·2²⁵⁶ is
     * added, which keeps it below p·2²⁵⁶, the bound under which a Montgomery reduction leaves less than 2p.
     */
    @Override
    public void mul(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        final long p0 = F.p0(), p1 = F.p1(), p2 = F.p2(), p3 = F.p3(), n = F.negPInv();
        final long a00 = a[ao], a01 = a[ao + 1], a02 = a[ao + 2], a03 = a[ao + 3];
        final long a10 = a[ao + 4], a11 = a[ao + 5], a12 = a[ao + 6], a13 = a[ao + 7];
        final long b00 = b[bo], b01 = b[bo + 1], b02 = b[bo + 2], b03 = b[bo + 3];
        final long b10 = b[bo + 4], b11 = b[bo + 5], b12 = b[bo + 6], b13 = b[bo + 7];
        long u0, u1, u2, u3, u4, u5, u6, u7, v0, v1, v2, v3, v4, v5, v6, v7, w0, w1, w2, w3, w4, w5, w6, w7;
        long sa0, sa1, sa2, sa3, sb0, sb1, sb2, sb3, k, lo, hi, s, m, C, e, c, c2, d, bw, q0, q1, q2, q3;
        // u = a0·b0, v = a1·b1, w = (a0 + a1)(b0 + b1), all 8 words; then w −= u + v (= a0b1 + a1b0), u −= v
        u0 = a00 * b00; k = mulHi(a00, b00);
        lo = a01 * b00; s = lo + k; k = mulHi(a01, b00) + carry(lo, k, s); u1 = s;
        lo = a02 * b00; s = lo + k; k = mulHi(a02, b00) + carry(lo, k, s); u2 = s;
        lo = a03 * b00; s = lo + k; k = mulHi(a03, b00) + carry(lo, k, s); u3 = s;
        u4 = k;
        lo = a00 * b01; s = lo + u1; k = mulHi(a00, b01) + carry(lo, u1, s); u1 = s;
        lo = a01 * b01; hi = mulHi(a01, b01); s = lo + u2; hi += carry(lo, u2, s); lo = s + k; k = hi + carry(s, k, lo); u2 = lo;
        lo = a02 * b01; hi = mulHi(a02, b01); s = lo + u3; hi += carry(lo, u3, s); lo = s + k; k = hi + carry(s, k, lo); u3 = lo;
        lo = a03 * b01; hi = mulHi(a03, b01); s = lo + u4; hi += carry(lo, u4, s); lo = s + k; k = hi + carry(s, k, lo); u4 = lo;
        u5 = k;
        lo = a00 * b02; s = lo + u2; k = mulHi(a00, b02) + carry(lo, u2, s); u2 = s;
        lo = a01 * b02; hi = mulHi(a01, b02); s = lo + u3; hi += carry(lo, u3, s); lo = s + k; k = hi + carry(s, k, lo); u3 = lo;
        lo = a02 * b02; hi = mulHi(a02, b02); s = lo + u4; hi += carry(lo, u4, s); lo = s + k; k = hi + carry(s, k, lo); u4 = lo;
        lo = a03 * b02; hi = mulHi(a03, b02); s = lo + u5; hi += carry(lo, u5, s); lo = s + k; k = hi + carry(s, k, lo); u5 = lo;
        u6 = k;
        lo = a00 * b03; s = lo + u3; k = mulHi(a00, b03) + carry(lo, u3, s); u3 = s;
        lo = a01 * b03; hi = mulHi(a01, b03); s = lo + u4; hi += carry(lo, u4, s); lo = s + k; k = hi + carry(s, k, lo); u4 = lo;
        lo = a02 * b03; hi = mulHi(a02, b03); s = lo + u5; hi += carry(lo, u5, s); lo = s + k; k = hi + carry(s, k, lo); u5 = lo;
        lo = a03 * b03; hi = mulHi(a03, b03); s = lo + u6; hi += carry(lo, u6, s); lo = s + k; k = hi + carry(s, k, lo); u6 = lo;
        u7 = k;
        v0 = a10 * b10; k = mulHi(a10, b10);
        lo = a11 * b10; s = lo + k; k = mulHi(a11, b10) + carry(lo, k, s); v1 = s;
        lo = a12 * b10; s = lo + k; k = mulHi(a12, b10) + carry(lo, k, s); v2 = s;
        lo = a13 * b10; s = lo + k; k = mulHi(a13, b10) + carry(lo, k, s); v3 = s;
        v4 = k;
        lo = a10 * b11; s = lo + v1; k = mulHi(a10, b11) + carry(lo, v1, s); v1 = s;
        lo = a11 * b11; hi = mulHi(a11, b11); s = lo + v2; hi += carry(lo, v2, s); lo = s + k; k = hi + carry(s, k, lo); v2 = lo;
        lo = a12 * b11; hi = mulHi(a12, b11); s = lo + v3; hi += carry(lo, v3, s); lo = s + k; k = hi + carry(s, k, lo); v3 = lo;
        lo = a13 * b11; hi = mulHi(a13, b11); s = lo + v4; hi += carry(lo, v4, s); lo = s + k; k = hi + carry(s, k, lo); v4 = lo;
        v5 = k;
        lo = a10 * b12; s = lo + v2; k = mulHi(a10, b12) + carry(lo, v2, s); v2 = s;
        lo = a11 * b12; hi = mulHi(a11, b12); s = lo + v3; hi += carry(lo, v3, s); lo = s + k; k = hi + carry(s, k, lo); v3 = lo;
        lo = a12 * b12; hi = mulHi(a12, b12); s = lo + v4; hi += carry(lo, v4, s); lo = s + k; k = hi + carry(s, k, lo); v4 = lo;
        lo = a13 * b12; hi = mulHi(a13, b12); s = lo + v5; hi += carry(lo, v5, s); lo = s + k; k = hi + carry(s, k, lo); v5 = lo;
        v6 = k;
        lo = a10 * b13; s = lo + v3; k = mulHi(a10, b13) + carry(lo, v3, s); v3 = s;
        lo = a11 * b13; hi = mulHi(a11, b13); s = lo + v4; hi += carry(lo, v4, s); lo = s + k; k = hi + carry(s, k, lo); v4 = lo;
        lo = a12 * b13; hi = mulHi(a12, b13); s = lo + v5; hi += carry(lo, v5, s); lo = s + k; k = hi + carry(s, k, lo); v5 = lo;
        lo = a13 * b13; hi = mulHi(a13, b13); s = lo + v6; hi += carry(lo, v6, s); lo = s + k; k = hi + carry(s, k, lo); v6 = lo;
        v7 = k;
        sa0 = a00 + a10; c = carry(a00, a10, sa0);
        s = a01 + a11; c2 = carry(a01, a11, s); sa1 = s + c; c = c2 | carry(s, c, sa1);
        s = a02 + a12; c2 = carry(a02, a12, s); sa2 = s + c; c = c2 | carry(s, c, sa2);
        s = a03 + a13; c2 = carry(a03, a13, s); sa3 = s + c; c = c2 | carry(s, c, sa3);
        sb0 = b00 + b10; c = carry(b00, b10, sb0);
        s = b01 + b11; c2 = carry(b01, b11, s); sb1 = s + c; c = c2 | carry(s, c, sb1);
        s = b02 + b12; c2 = carry(b02, b12, s); sb2 = s + c; c = c2 | carry(s, c, sb2);
        s = b03 + b13; c2 = carry(b03, b13, s); sb3 = s + c; c = c2 | carry(s, c, sb3);
        w0 = sa0 * sb0; k = mulHi(sa0, sb0);
        lo = sa1 * sb0; s = lo + k; k = mulHi(sa1, sb0) + carry(lo, k, s); w1 = s;
        lo = sa2 * sb0; s = lo + k; k = mulHi(sa2, sb0) + carry(lo, k, s); w2 = s;
        lo = sa3 * sb0; s = lo + k; k = mulHi(sa3, sb0) + carry(lo, k, s); w3 = s;
        w4 = k;
        lo = sa0 * sb1; s = lo + w1; k = mulHi(sa0, sb1) + carry(lo, w1, s); w1 = s;
        lo = sa1 * sb1; hi = mulHi(sa1, sb1); s = lo + w2; hi += carry(lo, w2, s); lo = s + k; k = hi + carry(s, k, lo); w2 = lo;
        lo = sa2 * sb1; hi = mulHi(sa2, sb1); s = lo + w3; hi += carry(lo, w3, s); lo = s + k; k = hi + carry(s, k, lo); w3 = lo;
        lo = sa3 * sb1; hi = mulHi(sa3, sb1); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        w5 = k;
        lo = sa0 * sb2; s = lo + w2; k = mulHi(sa0, sb2) + carry(lo, w2, s); w2 = s;
        lo = sa1 * sb2; hi = mulHi(sa1, sb2); s = lo + w3; hi += carry(lo, w3, s); lo = s + k; k = hi + carry(s, k, lo); w3 = lo;
        lo = sa2 * sb2; hi = mulHi(sa2, sb2); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        lo = sa3 * sb2; hi = mulHi(sa3, sb2); s = lo + w5; hi += carry(lo, w5, s); lo = s + k; k = hi + carry(s, k, lo); w5 = lo;
        w6 = k;
        lo = sa0 * sb3; s = lo + w3; k = mulHi(sa0, sb3) + carry(lo, w3, s); w3 = s;
        lo = sa1 * sb3; hi = mulHi(sa1, sb3); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        lo = sa2 * sb3; hi = mulHi(sa2, sb3); s = lo + w5; hi += carry(lo, w5, s); lo = s + k; k = hi + carry(s, k, lo); w5 = lo;
        lo = sa3 * sb3; hi = mulHi(sa3, sb3); s = lo + w6; hi += carry(lo, w6, s); lo = s + k; k = hi + carry(s, k, lo); w6 = lo;
        w7 = k;
        d = w0 - u0; bw = borrow(w0, u0, d); w0 = d;
        d = w1 - u1 - bw; bw = borrow(w1, u1, d); w1 = d;
        d = w2 - u2 - bw; bw = borrow(w2, u2, d); w2 = d;
        d = w3 - u3 - bw; bw = borrow(w3, u3, d); w3 = d;
        d = w4 - u4 - bw; bw = borrow(w4, u4, d); w4 = d;
        d = w5 - u5 - bw; bw = borrow(w5, u5, d); w5 = d;
        d = w6 - u6 - bw; bw = borrow(w6, u6, d); w6 = d;
        d = w7 - u7 - bw; bw = borrow(w7, u7, d); w7 = d;
        d = w0 - v0; bw = borrow(w0, v0, d); w0 = d;
        d = w1 - v1 - bw; bw = borrow(w1, v1, d); w1 = d;
        d = w2 - v2 - bw; bw = borrow(w2, v2, d); w2 = d;
        d = w3 - v3 - bw; bw = borrow(w3, v3, d); w3 = d;
        d = w4 - v4 - bw; bw = borrow(w4, v4, d); w4 = d;
        d = w5 - v5 - bw; bw = borrow(w5, v5, d); w5 = d;
        d = w6 - v6 - bw; bw = borrow(w6, v6, d); w6 = d;
        d = w7 - v7 - bw; bw = borrow(w7, v7, d); w7 = d;
        d = u0 - v0; bw = borrow(u0, v0, d); u0 = d;
        d = u1 - v1 - bw; bw = borrow(u1, v1, d); u1 = d;
        d = u2 - v2 - bw; bw = borrow(u2, v2, d); u2 = d;
        d = u3 - v3 - bw; bw = borrow(u3, v3, d); u3 = d;
        d = u4 - v4 - bw; bw = borrow(u4, v4, d); u4 = d;
        d = u5 - v5 - bw; bw = borrow(u5, v5, d); u5 = d;
        d = u6 - v6 - bw; bw = borrow(u6, v6, d); u6 = d;
        d = u7 - v7 - bw; bw = borrow(u7, v7, d); u7 = d;
        q0 = p0 & -bw; q1 = p1 & -bw; q2 = p2 & -bw; q3 = p3 & -bw;
        s = u4 + q0; c = carry(u4, q0, s); u4 = s;
        s = u5 + q1; c2 = carry(u5, q1, s); lo = s + c; c = c2 | carry(s, c, lo); u5 = lo;
        s = u6 + q2; c2 = carry(u6, q2, s); lo = s + c; c = c2 | carry(s, c, lo); u6 = lo;
        s = u7 + q3; c2 = carry(u7, q3, s); lo = s + c; c = c2 | carry(s, c, lo); u7 = lo;
        m = u0 * n;
        lo = m * p0; s = lo + u0; C = mulHi(m, p0) + carry(lo, u0, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + u1; hi += carry(lo, u1, s); lo = s + C; C = hi + carry(s, C, lo); u1 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + u2; hi += carry(lo, u2, s); lo = s + C; C = hi + carry(s, C, lo); u2 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + u3; hi += carry(lo, u3, s); lo = s + C; C = hi + carry(s, C, lo); u3 = lo;
        s = u4 + C; e = carry(u4, C, s); u4 = s;
        m = u1 * n;
        lo = m * p0; s = lo + u1; C = mulHi(m, p0) + carry(lo, u1, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + u2; hi += carry(lo, u2, s); lo = s + C; C = hi + carry(s, C, lo); u2 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + u3; hi += carry(lo, u3, s); lo = s + C; C = hi + carry(s, C, lo); u3 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + u4; hi += carry(lo, u4, s); lo = s + C; C = hi + carry(s, C, lo); u4 = lo;
        C += e; s = u5 + C; e = carry(u5, C, s); u5 = s;
        m = u2 * n;
        lo = m * p0; s = lo + u2; C = mulHi(m, p0) + carry(lo, u2, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + u3; hi += carry(lo, u3, s); lo = s + C; C = hi + carry(s, C, lo); u3 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + u4; hi += carry(lo, u4, s); lo = s + C; C = hi + carry(s, C, lo); u4 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + u5; hi += carry(lo, u5, s); lo = s + C; C = hi + carry(s, C, lo); u5 = lo;
        C += e; s = u6 + C; e = carry(u6, C, s); u6 = s;
        m = u3 * n;
        lo = m * p0; s = lo + u3; C = mulHi(m, p0) + carry(lo, u3, s);
        lo = m * p1; hi = mulHi(m, p1); s = lo + u4; hi += carry(lo, u4, s); lo = s + C; C = hi + carry(s, C, lo); u4 = lo;
        lo = m * p2; hi = mulHi(m, p2); s = lo + u5; hi += carry(lo, u5, s); lo = s + C; C = hi + carry(s, C, lo); u5 = lo;
        lo = m * p3; hi = mulHi(m, p3); s = lo + u6; hi += carry(lo, u6, s); lo = s + C; C = hi + carry(s, C, lo); u6 = lo;
        u7 += C + e;
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
        LimbArithmetic.reduceOnce(F, u4, u5, u6, u7, r, ro);
        LimbArithmetic.reduceOnce(F, w4, w5, w6, w7, r, ro + 4);
    }

    private static long mulHi(long x, long y) {
        return UnsignedWords.mulHi(x, y);
    }

    private static long carry(long x, long y, long s) {
        return UnsignedWords.carry(x, y, s);
    }

    private static long borrow(long x, long y, long d) {
        return UnsignedWords.borrow(x, y, d);
    }

    /** (a0 + a1)(a0 − a1) + 2a0a1·u. */
    @Override
    public void square(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.add(F, a, ao, a, ao + 4, t, 0);
        LimbArithmetic.sub(F, a, ao, a, ao + 4, t, 4);
        LimbArithmetic.mul(F, a, ao, a, ao + 4, t, 8);
        LimbArithmetic.mul(F, t, 0, t, 4, r, ro);
        LimbArithmetic.add(F, t, 8, t, 8, r, ro + 4);
    }

    @Override
    public void add(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.add(F, a, ao, b, bo, r, ro);
        LimbArithmetic.add(F, a, ao + 4, b, bo + 4, r, ro + 4);
    }

    @Override
    public void sub(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.sub(F, a, ao, b, bo, r, ro);
        LimbArithmetic.sub(F, a, ao + 4, b, bo + 4, r, ro + 4);
    }

    @Override
    public void neg(long[] a, int ao, long[] r, int ro) {
        java.util.Arrays.fill(t, 0, 4, 0L);
        LimbArithmetic.sub(F, t, 0, a, ao, r, ro);
        LimbArithmetic.sub(F, t, 0, a, ao + 4, r, ro + 4);
    }

    /** conj(a)/(a0² + a1²): one inversion in F_p. */
    @Override
    public void inverse(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.mul(F, a, ao, a, ao, t, 0);
        LimbArithmetic.mul(F, a, ao + 4, a, ao + 4, t, 4);
        LimbArithmetic.add(F, t, 0, t, 4, t, 0);
        LimbField.FP.inverse(t, 0, t, 0);
        LimbArithmetic.mul(F, a, ao + 4, t, 0, t, 4);                 // a1 / norm
        LimbArithmetic.mul(F, a, ao, t, 0, r, ro);                    // a0 / norm
        java.util.Arrays.fill(t, 8, 12, 0L);
        LimbArithmetic.sub(F, t, 8, t, 4, r, ro + 4);
    }

    @Override
    public void one(long[] r, int ro) {
        LimbField.FP.one(r, ro);
        java.util.Arrays.fill(r, ro + 4, ro + 8, 0L);
    }

    @Override
    public boolean isZero(long[] a, int ao) {
        return LimbArithmetic.isZero(a, ao) && LimbArithmetic.isZero(a, ao + 4);
    }

    @Override
    public boolean equal(long[] a, int ao, long[] b, int bo) {
        return LimbArithmetic.equal(a, ao, b, bo) && LimbArithmetic.equal(a, ao + 4, b, bo + 4);
    }

    @Override
    public LimbField forThread() {
        return new Fp2LimbField();
    }
}
