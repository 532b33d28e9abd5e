package org.zkopml.field;

/**
 * A finite field whose elements live as fixed-width vectors of 64-bit words inside a caller's {@code long[]}
 * (an element at offset o occupies {@code a[o .. o+width−1]}): the arithmetic that allocation-free inner loops
 * such as the multi-scalar multiplication's bucket additions are written against, once, for every coordinate
 * field. {@link #FP} and {@link #FR} are BN254's prime fields (four Montgomery limbs, {@link LimbArithmetic});
 * {@link #fp2()} is F_p² = F_p[u]/(u² + 1), the coordinates of G2 (two F_p elements, real part first).
 *
 * <p>Results may alias inputs. An instance may keep scratch space: it is then confined to one thread at a time,
 * and {@link #forThread()} gives a fresh instance for another thread.
 */
public interface LimbField {

    /** BN254's base field F_p. */
    LimbField FP = new PrimeLimbField(Fp.PARAMS);

    /** BN254's scalar field F_r. */
    LimbField FR = new PrimeLimbField(Fr.PARAMS);

    /** F_p² over BN254's F_p: a new instance, for one thread (it keeps scratch space). */
    static LimbField fp2() {
        return new Fp2LimbField();
    }

    /** Words per element. */
    int width();

    /** r = a · b. */
    void mul(long[] a, int ao, long[] b, int bo, long[] r, int ro);

    /** r = a². */
    void square(long[] a, int ao, long[] r, int ro);

    /** r = a + b. */
    void add(long[] a, int ao, long[] b, int bo, long[] r, int ro);

    /** r = a − b. */
    void sub(long[] a, int ao, long[] b, int bo, long[] r, int ro);

    /** r = −a. */
    void neg(long[] a, int ao, long[] r, int ro);

    /** r = a⁻¹; a must not be zero. */
    void inverse(long[] a, int ao, long[] r, int ro);

    /** r = 1. */
    void one(long[] r, int ro);

    /** True if the element at ao is zero. */
    boolean isZero(long[] a, int ao);

    /** True if the elements at ao and bo are equal. */
    boolean equal(long[] a, int ao, long[] b, int bo);

    /** An instance for another thread: this one if it keeps no scratch space. */
    LimbField forThread();
}
