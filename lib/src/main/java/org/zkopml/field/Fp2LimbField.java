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

    /** (a0b0 − a1b1) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)·u. */
    @Override
    public void mul(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.mul(F, a, ao, b, bo, t, 0);                  // a0b0
        LimbArithmetic.mul(F, a, ao + 4, b, bo + 4, t, 4);          // a1b1
        LimbArithmetic.add(F, a, ao, a, ao + 4, t, 8);              // a0 + a1
        LimbArithmetic.add(F, b, bo, b, bo + 4, t, 12);             // b0 + b1
        LimbArithmetic.mul(F, t, 8, t, 12, t, 8);
        LimbArithmetic.sub(F, t, 8, t, 0, t, 8);
        LimbArithmetic.sub(F, t, 8, t, 4, r, ro + 4);
        LimbArithmetic.sub(F, t, 0, t, 4, r, ro);
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
