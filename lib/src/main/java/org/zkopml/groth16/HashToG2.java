package org.zkopml.groth16;

import java.math.BigInteger;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;

/**
 * A point of G2 derived from a 64-byte hash, exactly as snarkjs derives the "g2_sp" of a ceremony
 * participant's proof of knowledge (its {@code keypair.hashToG2}, on ffjavascript's {@code G2.fromRng}): a
 * {@link ChaCha} stream keyed by the hash's first 32 bytes draws x ∈ F_p² (c0, then c1; each coordinate four
 * 64-bit draws masked to 254 bits, redrawn while ≥ p, and read as a Montgomery-form value, so the element is
 * v·2⁻²⁵⁶) and a sign bit, until x³ + b' is a square on the twist; y is the square root whose "sign" (c1's, or
 * c0's when c1 = 0, an element being negative above (p−1)/2) equals the drawn bit; the point is multiplied by
 * the cofactor 2p − r into G2. Nobody knows the discrete logarithm of the result, which is what makes
 * e(g1_s, g2_spx) = e(g1_sx, g2_sp) a proof that the participant knows its secret x.
 */
final class HashToG2 {
    private static final BigInteger P = Fp.MODULUS;
    private static final BigInteger MASK = BigInteger.ONE.shiftLeft(P.bitLength()).subtract(BigInteger.ONE);
    private static final BigInteger HALF = P.shiftRight(1);
    private static final BigInteger P_MINUS_3_OVER_4 = P.subtract(BigInteger.valueOf(3)).shiftRight(2);
    private static final BigInteger P_MINUS_1_OVER_2 = P.subtract(BigInteger.ONE).shiftRight(1);
    private static final Fp2 MINUS_ONE = Fp2.ONE.neg();

    private HashToG2() {
    }

    /** The point for this hash (at least 32 bytes are read). */
    static G2 of(byte[] hash) {
        ChaCha rng = ChaCha.fromHash(hash);
        Fp2 x;
        Fp2 rhs;
        boolean negative;
        do {
            Fp c0 = fpFromRng(rng);
            Fp c1 = fpFromRng(rng);
            x = new Fp2(c0, c1);
            negative = rng.nextBool();
            rhs = x.square().mul(x).add(G2.B);
        } while (rhs.norm().legendre() == -1);
        Fp2 y = sqrt(rhs);
        if (negative != isNegative(y)) y = y.neg();
        CurvePoint<Fp2> onTwist = G2.CURVE.point(x, y).mul(G2.COFACTOR).toAffine();
        if (onTwist.isInfinity()) throw new IllegalStateException("hash to G2 reached the point at infinity");
        return G2.of(onTwist.x(), onTwist.y());
    }

    /** ffjavascript's F.fromRng: 254 random bits below p, taken as Montgomery limbs. */
    private static Fp fpFromRng(ChaCha rng) {
        BigInteger v;
        do {
            v = BigInteger.ZERO;
            for (int i = 0; i < 4; i++) v = v.add(BigInteger.valueOf(rng.nextU64()).and(U64).shiftLeft(64 * i));
            v = v.and(MASK);
        } while (v.compareTo(P) >= 0);
        long[] limbs = new long[4];
        for (int i = 0; i < 4; i++) limbs[i] = v.shiftRight(64 * i).longValue();
        return Fp.ZERO.fromMontgomeryLimbs(limbs, 0);
    }

    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** wasmcurves' sign of an F_p² element: c1's, or c0's when c1 is zero; an F_p element is negative above (p−1)/2. */
    static boolean isNegative(Fp2 a) {
        Fp c = a.c1().isZero() ? a.c0() : a.c1();
        return c.toBigInteger().compareTo(HALF) > 0;
    }

    /**
     * A square root in F_p² = F_p[u]/(u² + 1) for p ≡ 3 (mod 4) (Adj and Rodríguez-Henríquez, "Square root
     * computation over even extension fields", IEEE Trans. Computers 63(11), 2014, Algorithm 9).
     */
    static Fp2 sqrt(Fp2 a) {
        Fp2 a1 = a.pow(P_MINUS_3_OVER_4);
        Fp2 alpha = a1.mul(a1).mul(a);
        Fp2 x0 = a1.mul(a);
        Fp2 root = alpha.equals(MINUS_ONE) ? x0.mul(new Fp2(Fp.ZERO, Fp.ONE)) : alpha.add(Fp2.ONE).pow(P_MINUS_1_OVER_2).mul(x0);
        if (!root.square().equals(a)) throw new IllegalArgumentException("not a square in F_p²");
        return root;
    }
}
