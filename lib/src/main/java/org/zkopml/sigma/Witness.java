package org.zkopml.sigma;

import java.math.BigInteger;

/**
 * The prover's secret: the discrete log x of the public key, X = x·G. {@link #toString()} does not
 * print it.
 *
 * @param x the discrete log, an integer (used mod q)
 */
public record Witness(BigInteger x) {
    public Witness {
        if (x == null) throw new IllegalArgumentException("the witness must not be null");
    }

    /** A uniform non-zero witness for {@code group}. */
    public static Witness random(PrimeOrderGroup<?> group, java.util.random.RandomGenerator random) {
        return new Witness(group.randomNonZeroScalar(random));
    }

    @Override
    public String toString() {
        return "Witness[x=<secret>]";
    }
}
