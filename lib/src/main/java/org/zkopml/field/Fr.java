package org.zkopml.field;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * An element of BN254's scalar field F_r, r = 21888242871839275222246405745257275088548364400416034343698204186575808495617
 * (the order of the groups G1, G2 and GT: scalars, exponents, circuit values). r − 1 is divisible by 2²⁸,
 * so F_r has the 2^k-th roots of unity (k ≤ 28) that FFT-based polynomial arithmetic needs; the generator
 * of F_r^* used for them is 5 (the value arkworks and gnark use). Immutable.
 */
public final class Fr extends MontgomeryElement<Fr> {

    /** The prime r. */
    public static final BigInteger MODULUS = new BigInteger(
            "21888242871839275222246405745257275088548364400416034343698204186575808495617");

    /** Montgomery constants of r. */
    public static final MontgomeryParams PARAMS = MontgomeryParams.of(MODULUS);

    /** 0. */
    public static final Fr ZERO = new Fr(0, 0, 0, 0);

    /** 1. */
    public static final Fr ONE = ZERO.fromCanonical(BigInteger.ONE);

    /** The largest k with 2^k dividing r − 1. */
    public static final int TWO_ADICITY = 28;

    /** A generator of the multiplicative group F_r^* (a primitive (r−1)-th root of unity). */
    public static final Fr MULTIPLICATIVE_GENERATOR = of(5);

    /** A generator of F_r^* (alias of {@link #MULTIPLICATIVE_GENERATOR}). */
    public static final Fr GENERATOR = MULTIPLICATIVE_GENERATOR;

    private Fr(long l0, long l1, long l2, long l3) {
        super(l0, l1, l2, l3);
    }

    @Override
    protected MontgomeryParams params() {
        return PARAMS;
    }

    @Override
    public Fr one() {
        return ONE;
    }

    @Override
    public Fr zero() {
        return ZERO;
    }

    @Override
    protected Fr create(long l0, long l1, long l2, long l3) {
        return new Fr(l0, l1, l2, l3);
    }

    /** x mod r (negative x allowed). */
    public static Fr of(long x) {
        return ZERO.fromCanonical(BigInteger.valueOf(x));
    }

    /** x mod r. */
    public static Fr of(BigInteger x) {
        return ZERO.fromCanonical(x);
    }

    /** Decodes a 32-byte big-endian canonical value; throws IllegalArgumentException if it is ≥ r. */
    public static Fr fromBytes(byte[] bytes) {
        return ZERO.decode(bytes, "Fr");
    }

    /** The EVM encoding of a scalar (a {@code uint256} word): the canonical value, 32 bytes big-endian. */
    public byte[] toEvm() {
        return toBytes();
    }

    /** Decodes the 32-byte big-endian word at {@code offset}; throws IllegalArgumentException if it is ≥ r. */
    public static Fr fromEvm(byte[] in, int offset) {
        if (in == null || offset < 0 || in.length - offset < 32) {
            throw new IllegalArgumentException("need 32 bytes for a scalar at offset " + offset);
        }
        return fromBytes(java.util.Arrays.copyOfRange(in, offset, offset + 32));
    }

    /** A uniformly random element. */
    public static Fr random(RandomGenerator rng) {
        return ZERO.sample(rng);
    }

    /**
     * A primitive 2^log2n-th root of unity ω = g^((r−1)/2^log2n) with g = 5: ω^(2^log2n) = 1 and
     * ω^(2^(log2n−1)) = −1. Throws IllegalArgumentException unless 0 ≤ log2n ≤ 28.
     */
    public static Fr rootOfUnity(int log2n) {
        if (log2n < 0 || log2n > TWO_ADICITY) {
            throw new IllegalArgumentException("F_r has 2^k-th roots of unity only for 0 <= k <= 28, got " + log2n);
        }
        return MULTIPLICATIVE_GENERATOR.pow(MODULUS.subtract(BigInteger.ONE).shiftRight(log2n));
    }
}
