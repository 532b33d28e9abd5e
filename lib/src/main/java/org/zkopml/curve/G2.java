package org.zkopml.curve;

import java.math.BigInteger;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;

/**
 * A point of BN254's G2, represented on the sextic twist E': y² = x³ + 3/ξ over F_p² (ξ = 9 + u). G2 is the
 * subgroup of order r of E'(F_p²), whose cofactor is 2p − r, so unlike G1 a point on the curve need not be in
 * G2: {@link #isInSubgroup()} checks r·Q = O. The twist maps into E(F_p¹²) by ψ(x, y) = (x·w², y·w³).
 * The arithmetic is the generic {@link CurvePoint} over {@link Fp2}. Immutable; equality compares affine points.
 *
 * @param point the point in Jacobian coordinates
 */
public record G2(CurvePoint<Fp2> point) {

    /** b' = 3/ξ. */
    public static final Fp2 B = Fp2.of(3, 0).mul(Fp2.XI.inverse());
    /** The group order r. */
    public static final BigInteger ORDER = Fr.MODULUS;
    /** #E'(F_p²)/r = 2p − r. */
    public static final BigInteger COFACTOR = Fp.MODULUS.shiftLeft(1).subtract(Fr.MODULUS);
    /** The twist as a generic curve, with the generator of EIP-197. */
    public static final Curve<Fp2> CURVE = new Curve<>("BN254 G2 (twist over Fp2)", B, ORDER, COFACTOR,
            new Fp2(Fp.of(new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781")),
                    Fp.of(new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634"))),
            new Fp2(Fp.of(new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930")),
                    Fp.of(new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531"))));
    /** The generator of EIP-197. */
    public static final G2 GENERATOR = new G2(CURVE.generator());
    /** The point at infinity. */
    public static final G2 INFINITY = new G2(CURVE.infinity());

    /** The affine point (x, y); throws IllegalArgumentException if it is not on the twist. */
    public static G2 of(Fp2 x, Fp2 y) {
        if (!CURVE.contains(x, y)) {
            throw new IllegalArgumentException("point is not on the twist y^2 = x^3 + 3/(9+u)");
        }
        return new G2(new CurvePoint<>(CURVE, x, y, Fp2.ONE));
    }

    /** True for the point at infinity. */
    public boolean isInfinity() {
        return point.isInfinity();
    }

    /** True if the point satisfies the twist's equation. */
    public boolean isOnCurve() {
        return point.isOnCurve();
    }

    /** True if on the twist and r·Q = O (Q is in G2, not just on E'). */
    public boolean isInSubgroup() {
        return point.isOnCurve() && point.isInSubgroup();
    }

    /** P + Q. */
    public G2 add(G2 q) {
        return new G2(point.add(q.point));
    }

    /** −P. */
    public G2 neg() {
        return new G2(point.neg());
    }

    /** P − Q. */
    public G2 sub(G2 q) {
        return new G2(point.sub(q.point));
    }

    /** 2P. */
    public G2 dbl() {
        return new G2(point.dbl());
    }

    /** k·P for a scalar in F_r. */
    public G2 mul(Fr k) {
        return mul(k.toBigInteger());
    }

    /** k·P for any integer k. */
    public G2 mul(BigInteger k) {
        return new G2(point.mul(k));
    }

    /** The same point with Z = 1. */
    public G2 toAffine() {
        return new G2(point.toAffine());
    }

    /** Affine x; throws ArithmeticException for the point at infinity. */
    public Fp2 x() {
        return point.affineX();
    }

    /** Affine y; throws ArithmeticException for the point at infinity. */
    public Fp2 y() {
        return point.affineY();
    }

    /** "(x, y)" affine, or "O". */
    @Override
    public String toString() {
        return point.toString();
    }
}
