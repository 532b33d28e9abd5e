package org.zkopml.sigma;

import org.zkopml.curve.G1;
import org.zkopml.field.Fr;

import java.math.BigInteger;

/**
 * BN254's G1 (y² = x³ + 3 over F_p, prime order r, generator (1, 2)) as a {@link PrimeOrderGroup}: the
 * group of Ethereum's ecAdd/ecMul precompiles. Elements are encoded as the EVM does, x ‖ y in 64 bytes.
 */
public final class Bn254G1Group implements PrimeOrderGroup<G1> {
    /** The single instance. */
    public static final Bn254G1Group INSTANCE = new Bn254G1Group();

    private Bn254G1Group() {}

    @Override
    public String name() {
        return "BN254 G1";
    }

    @Override
    public BigInteger order() {
        return Fr.MODULUS;
    }

    @Override
    public G1 generator() {
        return G1.GENERATOR;
    }

    @Override
    public G1 identity() {
        return G1.INFINITY;
    }

    @Override
    public G1 add(G1 a, G1 b) {
        return a.add(b);
    }

    @Override
    public G1 negate(G1 a) {
        return a.neg();
    }

    @Override
    public G1 multiply(G1 p, BigInteger k) {
        return p.mul(k.mod(Fr.MODULUS));
    }

    /** On the curve (cofactor 1, so that is the group). */
    @Override
    public boolean isElement(G1 p) {
        return p != null && p.isOnCurve();
    }

    @Override
    public byte[] encode(G1 p) {
        return p.toEvm();
    }

    @Override
    public boolean equal(G1 a, G1 b) {
        return a.equals(b);
    }

    @Override
    public String toString() {
        return name();
    }
}
