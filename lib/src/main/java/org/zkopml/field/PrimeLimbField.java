package org.zkopml.field;

import java.math.BigInteger;

/**
 * A Montgomery prime field (Fp or Fr) as a {@link LimbField} of width 4: {@link LimbArithmetic} with the field's
 * {@link MontgomeryParams}. Stateless, so one instance serves every thread.
 */
final class PrimeLimbField implements LimbField {
    private final MontgomeryParams f;
    /** p − 2 as 64 four-bit digits, most significant first: the exponent of Fermat's a^(p−2) = a⁻¹. */
    private final byte[] inverseDigits = new byte[64];
    private final long[] zero = new long[4];
    private final long[] one;

    PrimeLimbField(MontgomeryParams f) {
        this.f = f;
        BigInteger e = f.modulus().subtract(BigInteger.TWO);
        for (int i = 0; i < 64; i++) inverseDigits[i] = (byte) (e.shiftRight(4 * (63 - i)).intValue() & 15);
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
     * a⁻¹ = a^(p−2) (Fermat), by a fixed window of four bits on the limbs: the powers ā⁰..ā¹⁵, then per digit of p − 2
     * four squarings and one product. Montgomery products keep the form (mont(xR, yR) = xyR), so from ā = aR this
     * gives a⁻¹R directly. About 330 products, and no BigInteger: the batch additions of an MSM invert once per
     * chunk, and in a short command compiling BigInteger's extended Euclid cost more than the products do.
     */
    @Override
    public void inverse(long[] a, int ao, long[] r, int ro) {
        if (LimbArithmetic.isZero(a, ao)) {
            throw new ArithmeticException("zero has no inverse");
        }
        long[] powers = new long[16 * 4];
        System.arraycopy(one, 0, powers, 0, 4);
        System.arraycopy(a, ao, powers, 4, 4);
        for (int k = 2; k < 16; k++) LimbArithmetic.mul(f, powers, 4 * (k - 1), a, ao, powers, 4 * k);
        long[] acc = new long[4];
        System.arraycopy(powers, 4 * inverseDigits[0], acc, 0, 4);
        for (int i = 1; i < 64; i++) {
            for (int s = 0; s < 4; s++) LimbArithmetic.mul(f, acc, 0, acc, 0, acc, 0);
            if (inverseDigits[i] != 0) LimbArithmetic.mul(f, acc, 0, powers, 4 * inverseDigits[i], acc, 0);
        }
        System.arraycopy(acc, 0, r, ro, 4);
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
