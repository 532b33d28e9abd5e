package org.zkopml.field;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A hand-sized extension field F_{q^k} = F_q[t]/(m(t)) with m monic and irreducible of degree k: elements are
 * polynomials of degree below k, multiplied and then reduced with m(t) = 0. The Moon Math Manual's
 * pairing curve BLS6_6 uses F_{43^6} = F_43[t]/(t⁶ + 6).
 *
 * @param base    the prime field F_q
 * @param modulus coefficients of m(t), lowest degree first, length k + 1, leading coefficient 1
 */
public record SmallExtensionField(SmallPrimeField base, long[] modulus) {

    /** Checks that the modulus is monic of degree ≥ 1 (irreducibility is the caller's claim). */
    public SmallExtensionField {
        if (modulus.length < 2 || Math.floorMod(modulus[modulus.length - 1], base.p()) != 1) {
            throw new IllegalArgumentException("extension modulus must be monic of degree >= 1");
        }
        modulus = modulus.clone();
    }

    /** The degree k. */
    public int degree() {
        return modulus.length - 1;
    }

    /** The number of elements q^k. */
    public java.math.BigInteger order() {
        return java.math.BigInteger.valueOf(base.p()).pow(degree());
    }

    /** The element c₀ + c₁t + … (coefficients reduced mod q; fewer than k coefficients allowed). */
    public SmallExtensionElement of(long... coefficients) {
        if (coefficients.length > degree()) {
            throw new IllegalArgumentException("at most " + degree() + " coefficients, got " + coefficients.length);
        }
        long[] c = new long[degree()];
        for (int i = 0; i < coefficients.length; i++) {
            c[i] = Math.floorMod(coefficients[i], base.p());
        }
        return new SmallExtensionElement(this, c);
    }

    /** The base-field element x embedded as a constant polynomial. */
    public SmallExtensionElement embed(SmallFieldElement x) {
        return of(x.value());
    }

    /** A uniformly random element. */
    public SmallExtensionElement random(RandomGenerator rng) {
        long[] c = new long[degree()];
        for (int i = 0; i < c.length; i++) {
            c[i] = rng.nextLong(base.p());
        }
        return new SmallExtensionElement(this, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallExtensionField f && f.base.equals(base) && Arrays.equals(f.modulus, modulus);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + Arrays.hashCode(modulus);
    }

    @Override
    public String toString() {
        StringBuilder m = new StringBuilder("t^" + degree());
        for (int i = degree() - 1; i >= 0; i--) {
            if (modulus[i] != 0) {
                m.append(" + ").append(modulus[i]).append(i == 0 ? "" : i == 1 ? "t" : "t^" + i);
            }
        }
        return "F_" + base.p() + "[t]/(" + m + ")";
    }
}
