package org.zkopml.sigma;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

import java.math.BigInteger;

/**
 * A prime-order elliptic-curve group from BouncyCastle's table of named curves (parameters are data:
 * the curve equation, base point G and order n come from SEC 2). {@link #SECP256K1} is Bitcoin's and
 * Ethereum's signature curve y² = x³ + 7 over F_p, p = 2^256 − 2^32 − 977, cofactor 1. Elements are
 * encoded in SEC 1 compressed form (33 bytes; the identity as the single byte 0x00).
 */
public final class NamedCurveGroup implements PrimeOrderGroup<ECPoint> {

    /** secp256k1 (SEC 2, section 2.4.1). */
    public static final NamedCurveGroup SECP256K1 = named("secp256k1");

    private final String name;
    private final X9ECParameters parameters;

    private NamedCurveGroup(String name, X9ECParameters parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    /** The group of the named curve, which must have cofactor 1 (so every curve point is in the group). */
    public static NamedCurveGroup named(String name) {
        X9ECParameters parameters = CustomNamedCurves.getByName(name);
        if (parameters == null) throw new IllegalArgumentException("unknown curve name: " + name);
        if (!BigInteger.ONE.equals(parameters.getH())) {
            throw new IllegalArgumentException("curve " + name + " has cofactor " + parameters.getH() + ", need a prime-order group");
        }
        return new NamedCurveGroup(name, parameters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BigInteger order() {
        return parameters.getN();
    }

    @Override
    public ECPoint generator() {
        return parameters.getG();
    }

    @Override
    public ECPoint identity() {
        return parameters.getCurve().getInfinity();
    }

    @Override
    public ECPoint add(ECPoint a, ECPoint b) {
        return a.add(b).normalize();
    }

    @Override
    public ECPoint negate(ECPoint a) {
        return a.negate().normalize();
    }

    @Override
    public ECPoint multiply(ECPoint p, BigInteger k) {
        return p.multiply(k.mod(order())).normalize();
    }

    @Override
    public boolean isElement(ECPoint p) {
        return p != null && p.getCurve().equals(parameters.getCurve()) && p.isValid();
    }

    @Override
    public byte[] encode(ECPoint p) {
        return p.getEncoded(true);
    }

    @Override
    public boolean equal(ECPoint a, ECPoint b) {
        return a.equals(b);
    }

    @Override
    public String toString() {
        return name;
    }
}
