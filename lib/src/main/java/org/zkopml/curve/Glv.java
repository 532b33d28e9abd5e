package org.zkopml.curve;

import java.math.BigInteger;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;

/**
 * The GLV endomorphism of BN254's G1 (Gallant, Lambert, Vanstone, "Faster point multiplication on elliptic
 * curves with efficient endomorphisms", CRYPTO 2001). Because p ≡ 1 mod 3, F_p has a cube root of unity β,
 * and φ(x, y) = (βx, y) maps the curve y² = x³ + 3 to itself; on G1 it acts as multiplication by a cube root of
 * unity λ mod r: φ(P) = λ·P. Writing k = k₁ + k₂·λ mod r with |k₁|, |k₂| ≈ √r (a short vector of the lattice
 * {(a, b) : a + bλ ≡ 0 mod r}), k·P = k₁·P + k₂·φ(P) needs only half as many doublings. All constants are
 * computed here from p and r.
 */
final class Glv {

    /** β ∈ F_p with β³ = 1, β ≠ 1, paired with {@link #LAMBDA}. */
    static final Fp BETA;
    /** λ ∈ F_r with λ³ = 1, λ ≠ 1 and (βx, y) = λ·(x, y) on G1. */
    static final BigInteger LAMBDA;
    /** The decomposition for G1's λ. */
    static final Glv G1_GLV;

    /** The reduced lattice basis v₁ = (a1, b1), v₂ = (a2, b2): aᵢ + bᵢλ ≡ 0 mod r. */
    private final BigInteger a1, b1, a2, b2;

    static {
        BigInteger p = Fp.MODULUS, r = Fr.MODULUS, three = BigInteger.valueOf(3);
        Fp beta = null;
        for (long g = 2; beta == null; g++) {
            Fp c = Fp.of(g).pow(p.subtract(BigInteger.ONE).divide(three));
            if (!c.isOne()) {
                beta = c;
            }
        }
        BigInteger lambda = null;
        for (long g = 2; lambda == null; g++) {
            BigInteger c = BigInteger.valueOf(g).modPow(r.subtract(BigInteger.ONE).divide(three), r);
            if (!c.equals(BigInteger.ONE)) {
                lambda = c;
            }
        }
        G1 gen = G1.GENERATOR;
        G1 phiG = new G1(gen.jacobianX().mul(beta), gen.jacobianY(), gen.jacobianZ());
        if (!phiG.equals(gen.mulPlain(lambda))) {
            lambda = lambda.multiply(lambda).mod(r);                  // the other primitive cube root
        }
        if (!phiG.equals(gen.mulPlain(lambda))) {
            throw new IllegalStateException("GLV: no cube root of unity matches the endomorphism");
        }
        BETA = beta;
        LAMBDA = lambda;
        G1_GLV = new Glv(lambda);
    }

    /**
     * The short basis of the lattice {(a, b) : a + bλ ≡ 0 mod r} for an eigenvalue λ of an endomorphism (for G2,
     * λ = p mod r, the eigenvalue of the Frobenius ψ on the twist).
     */
    Glv(BigInteger lambda) {
        BigInteger r = Fr.MODULUS;
        // extended Euclid on (r, λ): rᵢ = sᵢ·r + tᵢ·λ; stop around √r (GLV, §4)
        BigInteger sqrtR = r.sqrt();
        BigInteger r0 = r, r1 = lambda, t0 = BigInteger.ZERO, t1 = BigInteger.ONE;
        while (r1.compareTo(sqrtR) >= 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger r2 = qr[1], t2 = t0.subtract(qr[0].multiply(t1));
            r0 = r1; r1 = r2; t0 = t1; t1 = t2;
        }
        // now r0 ≥ √r > r1: v₁ = (r1, −t1); v₂ = the shorter of (r0, −t0) and the next pair
        BigInteger[] qr = r0.divideAndRemainder(r1);
        BigInteger r2 = qr[1], t2 = t0.subtract(qr[0].multiply(t1));
        a1 = r1;
        b1 = t1.negate();
        if (r0.pow(2).add(t0.pow(2)).compareTo(r2.pow(2).add(t2.pow(2))) <= 0) {
            a2 = r0;
            b2 = t0.negate();
        } else {
            a2 = r2;
            b2 = t2.negate();
        }
    }

    /** (k₁, k₂) with k ≡ k₁ + k₂·λ (mod r) and both about half as long as r (either may be negative). */
    BigInteger[] decompose(BigInteger k) {
        BigInteger r = Fr.MODULUS;
        BigInteger c1 = roundDiv(b2.multiply(k), r);
        BigInteger c2 = roundDiv(b1.negate().multiply(k), r);
        BigInteger k1 = k.subtract(c1.multiply(a1)).subtract(c2.multiply(a2));
        BigInteger k2 = c1.multiply(b1).add(c2.multiply(b2)).negate();
        return new BigInteger[] {k1, k2};
    }

    private static BigInteger roundDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].abs().shiftLeft(1).compareTo(b) >= 0) {
            q = q.add(BigInteger.valueOf(a.signum() * b.signum()));
        }
        return q;
    }
}
