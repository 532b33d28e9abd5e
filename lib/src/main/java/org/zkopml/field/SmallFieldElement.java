package org.zkopml.field;

/**
 * An element 0 ≤ value < p of a {@link SmallPrimeField}: ordinary integer arithmetic followed by "mod p".
 *
 * @param field the field
 * @param value the canonical representative
 */
public record SmallFieldElement(SmallPrimeField field, long value) implements FieldElement<SmallFieldElement> {

    /** Checks 0 ≤ value < p. */
    public SmallFieldElement {
        if (value < 0 || value >= field.p()) {
            throw new IllegalArgumentException("value " + value + " is not in [0, " + field.p() + ")");
        }
    }

    private SmallFieldElement make(long v) {
        return new SmallFieldElement(field, Math.floorMod(v, field.p()));
    }

    private void sameField(SmallFieldElement o) {
        if (!o.field.equals(field)) {
            throw new IllegalArgumentException("elements of different fields: F_" + field.p() + " and F_" + o.field.p());
        }
    }

    @Override
    public SmallFieldElement add(SmallFieldElement o) {
        sameField(o);
        return make(value + o.value);
    }

    @Override
    public SmallFieldElement sub(SmallFieldElement o) {
        sameField(o);
        return make(value - o.value);
    }

    @Override
    public SmallFieldElement mul(SmallFieldElement o) {
        sameField(o);
        return make(value * o.value);
    }

    @Override
    public SmallFieldElement neg() {
        return make(-value);
    }

    /** a⁻¹ = a^(p−2) (Fermat's little theorem). */
    @Override
    public SmallFieldElement inverse() {
        if (value == 0) {
            throw new ArithmeticException("zero has no inverse in F_" + field.p());
        }
        return pow(field.p() - 2);
    }

    @Override
    public boolean isZero() {
        return value == 0;
    }

    @Override
    public SmallFieldElement zero() {
        return field.zero();
    }

    @Override
    public SmallFieldElement one() {
        return field.one();
    }

    /** The value in decimal. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
