package org.zkopml.field;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An element c₀ + c₁t + … + c_{k−1}t^{k−1} of a {@link SmallExtensionField}.
 *
 * @param field        the extension field
 * @param coefficients c₀ … c_{k−1}, each in [0, q)
 */
public record SmallExtensionElement(SmallExtensionField field, long[] coefficients)
        implements FieldElement<SmallExtensionElement> {

    /** Copies the coefficients (the record stays immutable). */
    public SmallExtensionElement {
        if (coefficients.length != field.degree()) {
            throw new IllegalArgumentException("need " + field.degree() + " coefficients, got " + coefficients.length);
        }
        coefficients = coefficients.clone();
    }

    /** Coefficient i (a copy-free accessor). */
    public long coefficient(int i) {
        return coefficients[i];
    }

    @Override
    public long[] coefficients() {
        return coefficients.clone();
    }

    private long q() {
        return field.base().p();
    }

    @Override
    public SmallExtensionElement add(SmallExtensionElement o) {
        long[] c = new long[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (coefficients[i] + o.coefficients[i]) % q();
        }
        return new SmallExtensionElement(field, c);
    }

    @Override
    public SmallExtensionElement sub(SmallExtensionElement o) {
        long[] c = new long[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.floorMod(coefficients[i] - o.coefficients[i], q());
        }
        return new SmallExtensionElement(field, c);
    }

    @Override
    public SmallExtensionElement neg() {
        return zero().sub(this);
    }

    /** Schoolbook product of the polynomials, then reduction by m(t): t^k = −(m₀ + m₁t + … + m_{k−1}t^{k−1}). */
    @Override
    public SmallExtensionElement mul(SmallExtensionElement o) {
        int k = field.degree();
        long q = q();
        long[] prod = new long[2 * k - 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                prod[i + j] = (prod[i + j] + coefficients[i] * o.coefficients[j]) % q;
            }
        }
        long[] m = field.modulus();
        for (int d = 2 * k - 2; d >= k; d--) {
            long top = prod[d];
            if (top == 0) {
                continue;
            }
            prod[d] = 0;
            for (int i = 0; i < k; i++) {
                prod[d - k + i] = Math.floorMod(prod[d - k + i] - top * m[i], q);
            }
        }
        return new SmallExtensionElement(field, Arrays.copyOf(prod, k));
    }

    /** a⁻¹ = a^(q^k − 2) (the multiplicative group has q^k − 1 elements). */
    @Override
    public SmallExtensionElement inverse() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse in " + field);
        }
        return pow(field.order().subtract(BigInteger.TWO));
    }

    @Override
    public boolean isZero() {
        for (long c : coefficients) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SmallExtensionElement zero() {
        return field.of();
    }

    @Override
    public SmallExtensionElement one() {
        return field.of(1);
    }

    /** The Frobenius map a ↦ a^q (the field automorphism fixing F_q). */
    public SmallExtensionElement frobenius() {
        return pow(q());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallExtensionElement e && e.field.equals(field) && Arrays.equals(e.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** Like "7t^2 + 16t + 3"; "0" for zero. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            long c = coefficients[i];
            if (c == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            if (i == 0) {
                sb.append(c);
            } else {
                if (c != 1) {
                    sb.append(c);
                }
                sb.append(i == 1 ? "t" : "t^" + i);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
