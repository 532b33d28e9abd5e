package org.zkopml.field;

import java.math.BigInteger;

/**
 * An element of a finite field: the operations every field in the kit offers, so that generic code
 * (curves, law tests) can be written once. Implementations are immutable.
 *
 * @param <E> the element type itself
 */
public interface FieldElement<E extends FieldElement<E>> {

    /** a + b. */
    E add(E other);

    /** a − b. */
    E sub(E other);

    /** a · b. */
    E mul(E other);

    /** −a. */
    E neg();

    /** a². */
    default E square() {
        @SuppressWarnings("unchecked") E self = (E) this;
        return mul(self);
    }

    /** a⁻¹, the element with a · a⁻¹ = 1; throws {@link ArithmeticException} for zero. */
    E inverse();

    /** True for the additive identity. */
    boolean isZero();

    /** The additive identity 0 of this element's field. */
    E zero();

    /** The multiplicative identity 1 of this element's field. */
    E one();

    /** a^e by square-and-multiply, e ≥ 0 (negative e means (a⁻¹)^|e|). */
    default E pow(BigInteger e) {
        @SuppressWarnings("unchecked") E self = (E) this;
        if (e.signum() < 0) {
            return self.inverse().pow(e.negate());
        }
        E result = one();
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) {
                result = result.mul(self);
            }
        }
        return result;
    }

    /** a^e for a machine-word exponent. */
    default E pow(long e) {
        return pow(BigInteger.valueOf(e));
    }
}
