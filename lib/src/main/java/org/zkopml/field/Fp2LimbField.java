package org.zkopml.field;

/**
 * F_p² = F_p[u]/(u² + 1) as a {@link LimbField} of width 8: an element a0 + a1·u is a0's four Montgomery limbs
 * followed by a1's, and the operations are {@link Fp2}'s formulas on {@link LimbArithmetic} (Karatsuba's three
 * products for a multiplication, (a0 + a1)(a0 − a1) + 2a0a1·u for a square, conj(a)/(a0² + a1²) for an inverse).
 * It keeps 32 words of scratch space, so an instance serves one thread at a time ({@link #forThread()}).
 */
final class Fp2LimbField implements LimbField {
    private static final MontgomeryParams F = Fp.PARAMS;
    private final long[] t = new long[32];

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
        product(a[ao], a[ao + 1], a[ao + 2], a[ao + 3], b[bo], b[bo + 1], b[bo + 2], b[bo + 3], t, 0);          // a0b0
        product(a[ao + 4], a[ao + 5], a[ao + 6], a[ao + 7], b[bo + 4], b[bo + 5], b[bo + 6], b[bo + 7], t, 8);  // a1b1
        LimbArithmetic.addUnreduced(a, ao, a, ao + 4, t, 16);                                                   // a0 + a1
        LimbArithmetic.addUnreduced(b, bo, b, bo + 4, t, 20);                                                   // b0 + b1
        product(t[16], t[17], t[18], t[19], t[20], t[21], t[22], t[23], t, 24);
        sub8(t, 24, t, 0);                                          // a0b1 + a1b0 = (a0 + a1)(b0 + b1) − a0b0 − a1b1
        sub8(t, 24, t, 8);
        if (sub8(t, 0, t, 8) != 0) {                                // a0b0 − a1b1 < 0: add p·2²⁵⁶ (the words hold
            LimbArithmetic.addUnreduced(t, 4, P, 0, t, 4);          // it plus 2⁵¹², which the carry out drops)
        }
        redc(t, 0, r, ro);
        redc(t, 24, r, ro + 4);
    }

    private static final long[] P = MontgomeryParams.limbs(Fp.MODULUS);

    /** w[wo .. wo+7] = a·b, the full 512-bit product of two 256-bit numbers (schoolbook, no reduction). */
    private static void product(long a0, long a1, long a2, long a3, long b0, long b1, long b2, long b3, long[] out, int wo) {
        long w0, w1, w2, w3, w4, w5, w6, w7, k, lo, hi, s;
        w0 = a0 * b0; k = mulHi(a0, b0);
        lo = a1 * b0; s = lo + k; k = mulHi(a1, b0) + carry(lo, k, s); w1 = s;
        lo = a2 * b0; s = lo + k; k = mulHi(a2, b0) + carry(lo, k, s); w2 = s;
        lo = a3 * b0; s = lo + k; k = mulHi(a3, b0) + carry(lo, k, s); w3 = s;
        w4 = k;
        lo = a0 * b1; s = lo + w1; k = mulHi(a0, b1) + carry(lo, w1, s); w1 = s;
        lo = a1 * b1; hi = mulHi(a1, b1); s = lo + w2; hi += carry(lo, w2, s); lo = s + k; k = hi + carry(s, k, lo); w2 = lo;
        lo = a2 * b1; hi = mulHi(a2, b1); s = lo + w3; hi += carry(lo, w3, s); lo = s + k; k = hi + carry(s, k, lo); w3 = lo;
        lo = a3 * b1; hi = mulHi(a3, b1); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        w5 = k;
        lo = a0 * b2; s = lo + w2; k = mulHi(a0, b2) + carry(lo, w2, s); w2 = s;
        lo = a1 * b2; hi = mulHi(a1, b2); s = lo + w3; hi += carry(lo, w3, s); lo = s + k; k = hi + carry(s, k, lo); w3 = lo;
        lo = a2 * b2; hi = mulHi(a2, b2); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        lo = a3 * b2; hi = mulHi(a3, b2); s = lo + w5; hi += carry(lo, w5, s); lo = s + k; k = hi + carry(s, k, lo); w5 = lo;
        w6 = k;
        lo = a0 * b3; s = lo + w3; k = mulHi(a0, b3) + carry(lo, w3, s); w3 = s;
        lo = a1 * b3; hi = mulHi(a1, b3); s = lo + w4; hi += carry(lo, w4, s); lo = s + k; k = hi + carry(s, k, lo); w4 = lo;
        lo = a2 * b3; hi = mulHi(a2, b3); s = lo + w5; hi += carry(lo, w5, s); lo = s + k; k = hi + carry(s, k, lo); w5 = lo;
        lo = a3 * b3; hi = mulHi(a3, b3); s = lo + w6; hi += carry(lo, w6, s); lo = s + k; k = hi + carry(s, k, lo); w6 = lo;
        w7 = k;
        out[wo] = w0;
        out[wo + 1] = w1;
        out[wo + 2] = w2;
        out[wo + 3] = w3;
        out[wo + 4] = w4;
        out[wo + 5] = w5;
        out[wo + 6] = w6;
        out[wo + 7] = w7;
    }

    /** x[xo .. xo+7] −= y[yo .. yo+7] (512-bit); returns the borrow out (1 if the difference went negative). */
    private static long sub8(long[] x, int xo, long[] y, int yo) {
        long bw = 0;
        for (int k = 0; k < 8; k++) {
            long xk = x[xo + k], yk = y[yo + k], d = xk - yk - bw;
            bw = borrow(xk, yk, d);
            x[xo + k] = d;
        }
        return bw;
    }

    /** r = w·2⁻²⁵⁶ mod p for the 512-bit w at wo, w &lt; p·2²⁵⁶ (Montgomery reduction, then one conditional subtraction). */
    private static void redc(long[] in, int wo, long[] r, int ro) {
        final long p0 = F.p0(), p1 = F.p1(), p2 = F.p2(), p3 = F.p3(), n = F.negPInv();
        long w0 = in[wo], w1 = in[wo + 1], w2 = in[wo + 2], w3 = in[wo + 3];
        long w4 = in[wo + 4], w5 = in[wo + 5], w6 = in[wo + 6], w7 = in[wo + 7];
        long lo, hi, s, m, C, e;
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
        LimbArithmetic.reduceOnce(F, w4, w5, w6, w7, r, ro);
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
