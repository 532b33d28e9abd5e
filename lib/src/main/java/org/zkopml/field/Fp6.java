package org.zkopml.field;

import java.util.random.RandomGenerator;

/**
 * An element c0 + c1·v + c2·v² of F_p⁶ = F_p²[v]/(v³ − ξ), ξ = 9 + u: the middle floor of BN254's tower.
 *
 * @param c0 coefficient of 1
 * @param c1 coefficient of v
 * @param c2 coefficient of v²
 */
public record Fp6(Fp2 c0, Fp2 c1, Fp2 c2) implements FieldElement<Fp6> {

    /** 0. */
    public static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
    /** 1. */
    public static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

    /** A uniformly random element. */
    public static Fp6 random(RandomGenerator rng) {
        return new Fp6(Fp2.random(rng), Fp2.random(rng), Fp2.random(rng));
    }

    @Override
    public Fp6 add(Fp6 o) {
        return new Fp6(c0.add(o.c0), c1.add(o.c1), c2.add(o.c2));
    }

    @Override
    public Fp6 sub(Fp6 o) {
        return new Fp6(c0.sub(o.c0), c1.sub(o.c1), c2.sub(o.c2));
    }

    @Override
    public Fp6 neg() {
        return new Fp6(c0.neg(), c1.neg(), c2.neg());
    }

    /**
     * Product with v³ = ξ, by Karatsuba-style interpolation (six Fp2 products): with vᵢ = aᵢbᵢ,
     * c0 = v0 + ξ((a1 + a2)(b1 + b2) − v1 − v2), c1 = (a0 + a1)(b0 + b1) − v0 − v1 + ξv2,
     * c2 = (a0 + a2)(b0 + b2) − v0 − v2 + v1.
     */
    @Override
    public Fp6 mul(Fp6 o) {
        Fp2 v0 = c0.mul(o.c0), v1 = c1.mul(o.c1), v2 = c2.mul(o.c2);
        Fp2 r0 = c1.add(c2).mul(o.c1.add(o.c2)).sub(v1).sub(v2).mulByXi().add(v0);
        Fp2 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(v0).sub(v1).add(v2.mulByXi());
        Fp2 r2 = c0.add(c2).mul(o.c0.add(o.c2)).sub(v0).sub(v2).add(v1);
        return new Fp6(r0, r1, r2);
    }

    /** Multiplication by an Fp2 scalar. */
    public Fp6 mul(Fp2 k) {
        return new Fp6(c0.mul(k), c1.mul(k), c2.mul(k));
    }

    /** Multiplication by v: (a0 + a1v + a2v²)·v = ξa2 + a0v + a1v². */
    public Fp6 mulByV() {
        return new Fp6(c2.mulByXi(), c0, c1);
    }

    /**
     * a⁻¹ via the norm to Fp2: t0 = a0² − ξa1a2, t1 = ξa2² − a0a1, t2 = a1² − a0a2, then
     * a⁻¹ = (t0 + t1v + t2v²) / (a0t0 + ξ(a2t1 + a1t2)).
     */
    @Override
    public Fp6 inverse() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse in Fp6");
        }
        Fp2 t0 = c0.square().sub(c1.mul(c2).mulByXi());
        Fp2 t1 = c2.square().mulByXi().sub(c0.mul(c1));
        Fp2 t2 = c1.square().sub(c0.mul(c2));
        Fp2 d = c0.mul(t0).add(c2.mul(t1).add(c1.mul(t2)).mulByXi()).inverse();
        return new Fp6(t0.mul(d), t1.mul(d), t2.mul(d));
    }

    @Override
    public boolean isZero() {
        return c0.isZero() && c1.isZero() && c2.isZero();
    }

    @Override
    public Fp6 zero() {
        return ZERO;
    }

    @Override
    public Fp6 one() {
        return ONE;
    }

    @Override
    public String toString() {
        return "(" + c0 + ") + (" + c1 + ")*v + (" + c2 + ")*v^2";
    }
}
