package org.zkopml.field;

import java.util.random.RandomGenerator;

/**
 * A hand-sized prime field F_p (p below 2³¹, e.g. F_101 or F_43), small enough to check every step with
 * pencil and paper. Elements are {@link SmallFieldElement}s.
 *
 * @param p the prime modulus
 */
public record SmallPrimeField(long p) {

    /** F_101, the usual classroom field. */
    public static final SmallPrimeField F101 = new SmallPrimeField(101);

    /** Checks that p is a prime below 2³¹. */
    public SmallPrimeField {
        if (p < 2 || p >= (1L << 31) || !java.math.BigInteger.valueOf(p).isProbablePrime(50)) {
            throw new IllegalArgumentException("small field modulus must be a prime below 2^31, got " + p);
        }
    }

    /** The element x mod p (negative x allowed). */
    public SmallFieldElement of(long x) {
        return new SmallFieldElement(this, Math.floorMod(x, p));
    }

    /** 0. */
    public SmallFieldElement zero() {
        return new SmallFieldElement(this, 0);
    }

    /** 1. */
    public SmallFieldElement one() {
        return new SmallFieldElement(this, 1);
    }

    /** A uniformly random element. */
    public SmallFieldElement random(RandomGenerator rng) {
        return new SmallFieldElement(this, rng.nextLong(p));
    }
}
