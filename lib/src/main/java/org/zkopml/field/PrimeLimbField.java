package org.zkopml.field;

import java.math.BigInteger;

/**
 * A Montgomery prime field (Fp or Fr) as a {@link LimbField} of width 4: {@link LimbArithmetic} with the field's
 * {@link MontgomeryParams}. Stateless, so one instance serves every thread.
 */
final class PrimeLimbField implements LimbField {
    private final MontgomeryParams f;
    /** R³ mod p as Montgomery limbs: mont(x⁻¹, R³) = x⁻¹·R² turns the inverse of a Montgomery form into one. */
    private final long[] r3;
    private final long[] zero = new long[4];
    private final long[] one;

    PrimeLimbField(MontgomeryParams f) {
        this.f = f;
        BigInteger r = BigInteger.ONE.shiftLeft(256);
        this.r3 = MontgomeryParams.limbs(r.pow(3).mod(f.modulus()));
        this.one = f.rModP();
    }

    @Override
    public int width() {
        return 4;
    }

    @Override
    public void mul(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.mul(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void square(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.mul(f, a, ao, a, ao, r, ro);
    }

    @Override
    public void add(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.add(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void sub(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        LimbArithmetic.sub(f, a, ao, b, bo, r, ro);
    }

    @Override
    public void neg(long[] a, int ao, long[] r, int ro) {
        LimbArithmetic.sub(f, zero, 0, a, ao, r, ro);
    }

    /**
     * The Montgomery form ā = aR of a has inverse (ā)⁻¹ = a⁻¹R⁻¹ as an integer mod p (BigInteger's extended
     * Euclid); one Montgomery product with R³ makes it a⁻¹R, the Montgomery form of a⁻¹.
     */
    @Override
    public void inverse(long[] a, int ao, long[] r, int ro) {
        BigInteger x = MontgomeryParams.fromLimbs(a[ao], a[ao + 1], a[ao + 2], a[ao + 3]);
        if (x.signum() == 0) {
            throw new ArithmeticException("zero has no inverse");
        }
        long[] inv = MontgomeryParams.limbs(x.modInverse(f.modulus()));
        LimbArithmetic.mul(f, inv, 0, r3, 0, r, ro);
    }

    @Override
    public void one(long[] r, int ro) {
        System.arraycopy(one, 0, r, ro, 4);
    }

    @Override
    public boolean isZero(long[] a, int ao) {
        return LimbArithmetic.isZero(a, ao);
    }

    @Override
    public boolean equal(long[] a, int ao, long[] b, int bo) {
        return LimbArithmetic.equal(a, ao, b, bo);
    }

    @Override
    public LimbField forThread() {
        return this;
    }
}
