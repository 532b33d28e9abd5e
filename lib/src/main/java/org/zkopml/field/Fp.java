package org.zkopml.field;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * An element of BN254's base field F_p, p = 21888242871839275222246405745257275088696311157297823662689037894645226208583
 * (the field of the curve's coordinates; Ethereum's alt_bn128, EIP-196). Immutable; arithmetic in
 * {@link MontgomeryElement}.
 */
public final class Fp extends MontgomeryElement<Fp> {

    /** The prime p. */
    public static final BigInteger MODULUS = new BigInteger(
            "21888242871839275222246405745257275088696311157297823662689037894645226208583");

    /** Montgomery constants of p. */
    public static final MontgomeryParams PARAMS = MontgomeryParams.of(MODULUS);

    /** 0. */
    public static final Fp ZERO = new Fp(0, 0, 0, 0);

    /** 1. */
    public static final Fp ONE = ZERO.fromCanonical(BigInteger.ONE);

    private Fp(long l0, long l1, long l2, long l3) {
        super(l0, l1, l2, l3);
    }

    @Override
    protected MontgomeryParams params() {
        return PARAMS;
    }

    @Override
    public Fp one() {
        return ONE;
    }

    @Override
    public Fp zero() {
        return ZERO;
    }

    @Override
    protected Fp create(long l0, long l1, long l2, long l3) {
        return new Fp(l0, l1, l2, l3);
    }

    /** x mod p (negative x allowed). */
    public static Fp of(long x) {
        return ZERO.fromCanonical(BigInteger.valueOf(x));
    }

    /** x mod p. */
    public static Fp of(BigInteger x) {
        return ZERO.fromCanonical(x);
    }

    /** Decodes a 32-byte big-endian canonical value; throws IllegalArgumentException if it is ≥ p. */
    public static Fp fromBytes(byte[] bytes) {
        return ZERO.decode(bytes, "Fp");
    }

    /** A uniformly random element. */
    public static Fp random(RandomGenerator rng) {
        return ZERO.sample(rng);
    }
}
