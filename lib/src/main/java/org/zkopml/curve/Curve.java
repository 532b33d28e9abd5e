package org.zkopml.curve;

import java.math.BigInteger;
import org.zkopml.field.FieldElement;

/**
 * A short Weierstrass curve E: y² = x³ + b over a field F (a = 0, as for BN254, its twist and BLS6_6), with the
 * prime order r of the subgroup used for cryptography and a generator of it. Parameters are data; the
 * arithmetic is in {@link CurvePoint}.
 *
 * @param name      a label, e.g. "BLS6_6 G1"
 * @param b         the constant b
 * @param order     the prime r, the order of the generator
 * @param cofactor  #E(F) / r for the field of definition (the group of points with coordinates in F)
 * @param generatorX affine x of the generator
 * @param generatorY affine y of the generator
 * @param <F> the coordinate field
 */
public record Curve<F extends FieldElement<F>>(String name, F b, BigInteger order, BigInteger cofactor,
                                               F generatorX, F generatorY) {

    /** Checks that the generator lies on the curve. */
    public Curve {
        if (!generatorY.square().equals(generatorX.square().mul(generatorX).add(b))) {
            throw new IllegalArgumentException(name + ": generator is not on y^2 = x^3 + b");
        }
    }

    /** True if y² = x³ + b. */
    public boolean contains(F x, F y) {
        return y.square().equals(x.square().mul(x).add(b));
    }

    /** The point at infinity O (Jacobian Z = 0). */
    public CurvePoint<F> infinity() {
        F one = b.one();
        return new CurvePoint<>(this, one, one, b.zero());
    }

    /** The generator as a point. */
    public CurvePoint<F> generator() {
        return new CurvePoint<>(this, generatorX, generatorY, b.one());
    }

    /** The affine point (x, y); throws IllegalArgumentException if it is not on the curve. */
    public CurvePoint<F> point(F x, F y) {
        if (!contains(x, y)) {
            throw new IllegalArgumentException(name + ": (" + x + ", " + y + ") is not on y^2 = x^3 + b");
        }
        return new CurvePoint<>(this, x, y, b.one());
    }

    @Override
    public String toString() {
        return name + ": y^2 = x^3 + " + b;
    }
}
