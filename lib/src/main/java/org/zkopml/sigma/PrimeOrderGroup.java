package org.zkopml.sigma;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * A cyclic group of prime order q with a fixed generator G, written additively (P + Q, k·P), in which
 * discrete logs are believed hard: the only thing a Schnorr proof needs from its group. An instance is a
 * parameter set; the protocol code is the same for every instance.
 *
 * @param <P> the type of the group's elements
 */
public interface PrimeOrderGroup<P> {

    /** A short name for messages and transcripts, e.g. "secp256k1". */
    String name();

    /** The prime order q of the group (scalars live in Z_q). */
    BigInteger order();

    /** The generator G. */
    P generator();

    /** The neutral element 0 (the point at infinity on a curve). */
    P identity();

    /** P + Q. */
    P add(P a, P b);

    /** −P. */
    P negate(P a);

    /** k·P for any integer k (reduced mod q). */
    P multiply(P p, BigInteger k);

    /** True iff {@code p} is an element of this prime-order group (on the curve and in the subgroup). */
    boolean isElement(P p);

    /** The canonical encoding of an element, absorbed by Fiat–Shamir transcripts. */
    byte[] encode(P p);

    /** Element equality (representations may differ, e.g. projective coordinates). */
    boolean equal(P a, P b);

    /** P − Q. */
    default P subtract(P a, P b) {
        return add(a, negate(b));
    }

    /** k·G. */
    default P multiplyGenerator(BigInteger k) {
        return multiply(generator(), k);
    }

    /** A uniform scalar in [0, q), by rejection sampling on bitLength(q) random bits. */
    default BigInteger randomScalar(RandomGenerator random) {
        BigInteger q = order();
        int bits = q.bitLength();
        byte[] bytes = new byte[(bits + 7) / 8];
        while (true) {
            random.nextBytes(bytes);
            BigInteger k = new BigInteger(1, bytes);
            k = k.shiftRight(bytes.length * 8 - bits);
            if (k.compareTo(q) < 0) return k;
        }
    }

    /** A uniform non-zero scalar in [1, q). */
    default BigInteger randomNonZeroScalar(RandomGenerator random) {
        while (true) {
            BigInteger k = randomScalar(random);
            if (k.signum() != 0) return k;
        }
    }
}
