package org.zkopml.field;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * An element c0 + c1·w of F_p¹² = F_p⁶[w]/(w² − v): the target field of the BN254 pairing (GT is its subgroup
 * of order r). As a vector over Fp2 the element is Σ gᵢwⁱ (i = 0..5) with c0 = g0 + g2v + g4v² and
 * c1 = g1 + g3v + g5v², since w² = v and w⁶ = ξ.
 *
 * @param c0 the Fp6 part without w
 * @param c1 the coefficient of w
 */
public record Fp12(Fp6 c0, Fp6 c1) implements FieldElement<Fp12> {

    /** 0. */
    public static final Fp12 ZERO = new Fp12(Fp6.ZERO, Fp6.ZERO);
    /** 1. */
    public static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /**
     * The Frobenius constants γᵢ = ξ^(i(p−1)/6), i = 0..5: (gᵢwⁱ)^p = conj(gᵢ)·w^(ip) = conj(gᵢ)·γᵢ·wⁱ because
     * w^(p−1) = (w⁶)^((p−1)/6) = ξ^((p−1)/6). Computed here from ξ, not copied as magic numbers.
     */
    private static final Fp2[] GAMMA = new Fp2[6];

    static {
        BigInteger e = Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        Fp2 g = Fp2.XI.pow(e);
        GAMMA[0] = Fp2.ONE;
        for (int i = 1; i < 6; i++) {
            GAMMA[i] = GAMMA[i - 1].mul(g);
        }
    }

    /** A uniformly random element. */
    public static Fp12 random(RandomGenerator rng) {
        return new Fp12(Fp6.random(rng), Fp6.random(rng));
    }

    @Override
    public Fp12 add(Fp12 o) {
        return new Fp12(c0.add(o.c0), c1.add(o.c1));
    }

    @Override
    public Fp12 sub(Fp12 o) {
        return new Fp12(c0.sub(o.c0), c1.sub(o.c1));
    }

    @Override
    public Fp12 neg() {
        return new Fp12(c0.neg(), c1.neg());
    }

    /** (a0 + a1w)(b0 + b1w) = (a0b0 + a1b1·v) + ((a0 + a1)(b0 + b1) − a0b0 − a1b1)w (Karatsuba, w² = v). */
    @Override
    public Fp12 mul(Fp12 o) {
        Fp6 v0 = c0.mul(o.c0), v1 = c1.mul(o.c1);
        Fp6 mid = c0.add(c1).mul(o.c0.add(o.c1));
        return new Fp12(v0.add(v1.mulByV()), mid.sub(v0).sub(v1));
    }

    /** (a0 + a1w)² = ((a0 + a1)(a0 + a1v) − t − tv) + 2t·w with t = a0a1 (two Fp6 products). */
    @Override
    public Fp12 square() {
        Fp6 t = c0.mul(c1);
        Fp6 m = c0.add(c1).mul(c0.add(c1.mulByV()));
        return new Fp12(m.sub(t).sub(t.mulByV()), t.add(t));
    }

    /**
     * a² for a in the cyclotomic subgroup (a^(p⁴ − p² + 1) = 1, true after the easy part of the final
     * exponentiation), by Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree
     * extensions" (PKC 2010): viewing a as three elements of F_p⁴ = F_p²[s]/(s² − ξ), s = w³, namely
     * A = g0 + g3·s, B = g1 + g4·s, C = g2 + g5·s (a = A + B·w + C·w²), the square needs only the three
     * F_p⁴ squares A², B², C²: about 2/3 fewer multiplications than {@link #square()}. Wrong for other elements.
     */
    public Fp12 cyclotomicSquare() {
        Fp2 g0 = c0.c0(), g2 = c0.c1(), g4 = c0.c2(), g1 = c1.c0(), g3 = c1.c1(), g5 = c1.c2();
        // (x + y·s)² = (x² + ξy²) + 2xy·s, computed as (x + y)(x + ξy) − xy − ξxy
        Fp2 m = g0.mul(g3);
        Fp2 a0 = g0.add(g3).mul(g3.mulByXi().add(g0)).sub(m).sub(m.mulByXi()), a1 = m.dbl();   // A²
        m = g1.mul(g4);
        Fp2 b0 = g1.add(g4).mul(g4.mulByXi().add(g1)).sub(m).sub(m.mulByXi()), b1 = m.dbl();   // B²
        m = g2.mul(g5);
        Fp2 d0 = g2.add(g5).mul(g5.mulByXi().add(g2)).sub(m).sub(m.mulByXi()), d1 = m.dbl();   // C²
        Fp2 xiD1 = d1.mulByXi();
        Fp2 h0 = a0.sub(g0).dbl().add(a0);          // 3A²₀ − 2g0
        Fp2 h3 = a1.add(g3).dbl().add(a1);          // 3A²₁ + 2g3
        Fp2 h1 = g1.add(xiD1).dbl().add(xiD1);      // 3ξC²₁ + 2g1
        Fp2 h4 = d0.sub(g4).dbl().add(d0);          // 3C²₀ − 2g4
        Fp2 h2 = b0.sub(g2).dbl().add(b0);          // 3B²₀ − 2g2
        Fp2 h5 = g5.add(b1).dbl().add(b1);          // 3B²₁ + 2g5
        return new Fp12(new Fp6(h0, h2, h4), new Fp6(h1, h3, h5));
    }

    /** a⁻¹ = (a0 − a1w) / (a0² − a1²v). */
    @Override
    public Fp12 inverse() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse in Fp12");
        }
        Fp6 d = c0.square().sub(c1.square().mulByV()).inverse();
        return new Fp12(c0.mul(d), c1.mul(d).neg());
    }

    /** a0 − a1w, which equals a^(p⁶); on the cyclotomic subgroup (e.g. GT) it is the inverse. */
    public Fp12 conjugate() {
        return new Fp12(c0, c1.neg());
    }

    /** The Frobenius map a ↦ a^p: conjugate each Fp2 coefficient gᵢ and multiply by γᵢ. */
    public Fp12 frobenius() {
        return new Fp12(
                new Fp6(c0.c0().conjugate(), c0.c1().conjugate().mul(GAMMA[2]), c0.c2().conjugate().mul(GAMMA[4])),
                new Fp6(c1.c0().conjugate().mul(GAMMA[1]), c1.c1().conjugate().mul(GAMMA[3]),
                        c1.c2().conjugate().mul(GAMMA[5])));
    }

    /** a^(p^k) by k Frobenius maps. */
    public Fp12 frobenius(int k) {
        Fp12 r = this;
        for (int i = 0; i < k; i++) {
            r = r.frobenius();
        }
        return r;
    }

    @Override
    public boolean isZero() {
        return c0.isZero() && c1.isZero();
    }

    /** True for 1. */
    public boolean isOne() {
        return equals(ONE);
    }

    @Override
    public Fp12 zero() {
        return ZERO;
    }

    @Override
    public Fp12 one() {
        return ONE;
    }

    @Override
    public String toString() {
        return "[" + c0 + "] + [" + c1 + "]*w";
    }
}
