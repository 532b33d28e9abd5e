package org.zkopml.field;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * An element c0 + c1·u of F_p² = F_p[u]/(u² + 1) (−1 is not a square mod p because p ≡ 3 mod 4). The
 * coordinates of BN254's G2 live here.
 *
 * @param c0 the real part
 * @param c1 the imaginary part (coefficient of u)
 */
public record Fp2(Fp c0, Fp c1) implements FieldElement<Fp2> {

    /** 0. */
    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    /** 1. */
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** ξ = 9 + u, the non-residue that defines Fp6 (v³ = ξ) and BN254's twist (b' = 3/ξ). */
    public static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

    /** c0 + c1·u from two small integers. */
    public static Fp2 of(long c0, long c1) {
        return new Fp2(Fp.of(c0), Fp.of(c1));
    }

    /** A uniformly random element. */
    public static Fp2 random(RandomGenerator rng) {
        return new Fp2(Fp.random(rng), Fp.random(rng));
    }

    @Override
    public Fp2 add(Fp2 o) {
        return new Fp2(c0.add(o.c0), c1.add(o.c1));
    }

    @Override
    public Fp2 sub(Fp2 o) {
        return new Fp2(c0.sub(o.c0), c1.sub(o.c1));
    }

    @Override
    public Fp2 neg() {
        return new Fp2(c0.neg(), c1.neg());
    }

    /** 2a. */
    public Fp2 dbl() {
        return new Fp2(c0.add(c0), c1.add(c1));
    }

    /**
     * (a0 + a1u)(b0 + b1u) = (a0b0 − a1b1) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)u: three F_p products
     * instead of four (Karatsuba).
     */
    @Override
    public Fp2 mul(Fp2 o) {
        Fp v0 = c0.mul(o.c0);
        Fp v1 = c1.mul(o.c1);
        Fp mid = c0.add(c1).mul(o.c0.add(o.c1));
        return new Fp2(v0.sub(v1), mid.sub(v0).sub(v1));
    }

    /** (a0 + a1u)² = (a0 + a1)(a0 − a1) + 2a0a1·u. */
    @Override
    public Fp2 square() {
        Fp m = c0.mul(c1);
        return new Fp2(c0.add(c1).mul(c0.sub(c1)), m.add(m));
    }

    /** Multiplication by an F_p scalar. */
    public Fp2 mul(Fp k) {
        return new Fp2(c0.mul(k), c1.mul(k));
    }

    /** Multiplication by ξ = 9 + u: (a0 + a1u)(9 + u) = (9a0 − a1) + (a0 + 9a1)u. */
    public Fp2 mulByXi() {
        Fp nine0 = times9(c0), nine1 = times9(c1);
        return new Fp2(nine0.sub(c1), c0.add(nine1));
    }

    private static Fp times9(Fp a) {
        Fp a2 = a.add(a), a4 = a2.add(a2), a8 = a4.add(a4);
        return a8.add(a);
    }

    /** The conjugate a0 − a1u, which is also the Frobenius map a ↦ a^p. */
    public Fp2 conjugate() {
        return new Fp2(c0, c1.neg());
    }

    /** The norm a0² + a1² = a·conj(a), an element of F_p. */
    public Fp norm() {
        return c0.square().add(c1.square());
    }

    /** a⁻¹ = conj(a) / (a0² + a1²). */
    @Override
    public Fp2 inverse() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse in Fp2");
        }
        Fp n = norm().inverse();
        return new Fp2(c0.mul(n), c1.neg().mul(n));
    }

    @Override
    public boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    /** True for 1. */
    public boolean isOne() {
        return c0.isOne() && c1.isZero();
    }

    @Override
    public Fp2 zero() {
        return ZERO;
    }

    @Override
    public Fp2 one() {
        return ONE;
    }

    /** a^e (square and multiply). */
    @Override
    public Fp2 pow(BigInteger e) {
        return FieldElement.super.pow(e);
    }

    /** "c0 + c1*u" in decimal. */
    @Override
    public String toString() {
        return c0 + " + " + c1 + "*u";
    }
}
