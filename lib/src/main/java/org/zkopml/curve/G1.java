package org.zkopml.curve;

import java.math.BigInteger;
import java.util.List;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbField;

/**
 * A point of BN254's G1: the curve y² = x³ + 3 over F_p, whose points over F_p form a group of prime order r
 * (cofactor 1, so every point on the curve is in G1). Stored in Jacobian coordinates (X : Y : Z) meaning
 * (X/Z², Y/Z³); Z = 0 is the point at infinity. The formulas are those of the generic {@link CurvePoint}
 * written out on {@link Fp} so that the JIT can inline every field operation (G1 is the hot path of MSM).
 * Immutable; {@link #equals} compares affine points. A G1 value is always on the curve: the public ways to
 * make one ({@link #of}, {@link #fromEvm}, the constants and the group operations) check or preserve it.
 * {@link #x()} and {@link #y()} are the affine coordinates; the Jacobian ones are {@link #jacobianX()} etc.
 */
public final class G1 implements GroupElement<G1> {
    private final Fp jx, jy, jz;

    /** The Jacobian point (X : Y : Z), unchecked: for the arithmetic of this package only. */
    G1(Fp jx, Fp jy, Fp jz) {
        this.jx = jx;
        this.jy = jy;
        this.jz = jz;
    }

    /** Jacobian X. */
    public Fp jacobianX() {
        return jx;
    }

    /** Jacobian Y. */
    public Fp jacobianY() {
        return jy;
    }

    /** Jacobian Z (0 for the point at infinity). */
    public Fp jacobianZ() {
        return jz;
    }

    /** Bytes of one EVM word. */
    static final int WORD = 32;
    /** b = 3. */
    public static final Fp B = Fp.of(3);
    /** The group order r (= {@link Fr#MODULUS}). */
    public static final BigInteger ORDER = Fr.MODULUS;
    /** The generator (1, 2) (EIP-196). */
    public static final G1 GENERATOR = new G1(Fp.ONE, Fp.of(2), Fp.ONE);
    /** The point at infinity. */
    public static final G1 INFINITY = new G1(Fp.ONE, Fp.ONE, Fp.ZERO);
    /** G1's points as raw limbs of F_p, for the batched-affine {@link Msm} engine. */
    public static final AffineLimbs<G1> LIMBS = new Limbs();

    /** The same curve as a generic {@link Curve}, for cross-checks and generic code. */
    public static final Curve<Fp> CURVE = new Curve<>("BN254 G1", B, ORDER, BigInteger.ONE, Fp.ONE, Fp.of(2));

    /** The affine point (x, y); throws IllegalArgumentException if it is not on the curve. */
    public static G1 of(Fp x, Fp y) {
        G1 p = new G1(x, y, Fp.ONE);
        if (!p.isOnCurve()) {
            throw new IllegalArgumentException("point (" + x + ", " + y + ") is not on the curve y^2 = x^3 + 3");
        }
        return p;
    }

    /**
     * The EVM encoding (EIP-196): affine x ‖ y as two 32-byte big-endian words, 64 bytes; the point at
     * infinity is (0, 0).
     */
    public byte[] toEvm() {
        byte[] out = new byte[2 * WORD];
        if (!isInfinity()) {
            G1 a = toAffine();
            System.arraycopy(a.jx.toBytes(), 0, out, 0, WORD);
            System.arraycopy(a.jy.toBytes(), 0, out, WORD, WORD);
        }
        return out;
    }

    /**
     * Decodes the 64 bytes at {@code offset} as the EVM does (EIP-196): (0, 0) is the point at infinity;
     * throws IllegalArgumentException, naming the check, if a coordinate is not below p or the point is not
     * on y² = x³ + 3.
     */
    public static G1 fromEvm(byte[] in, int offset) {
        Fp x = coordinate(in, offset, "x");
        Fp y = coordinate(in, offset + WORD, "y");
        if (x.isZero() && y.isZero()) {
            return INFINITY;
        }
        G1 p = new G1(x, y, Fp.ONE);
        if (!p.isOnCurve()) {
            throw new IllegalArgumentException("is not on the curve y^2 = x^3 + 3");
        }
        return p;
    }

    /** One EVM word of a coordinate, 32 bytes big-endian, checked to be below p (EIP-196/197). */
    static Fp coordinate(byte[] in, int offset, String what) {
        if (in == null || offset < 0 || in.length - offset < WORD) {
            throw new IllegalArgumentException("need 32 bytes for " + what + " at offset " + offset);
        }
        BigInteger v = new BigInteger(1, java.util.Arrays.copyOfRange(in, offset, offset + WORD));
        if (v.compareTo(Fp.MODULUS) >= 0) {
            throw new IllegalArgumentException(what + " coordinate is not below the field modulus p");
        }
        return Fp.of(v);
    }

    /** The point at infinity, the identity of the group. */
    @Override
    public G1 identity() {
        return INFINITY;
    }

    /** True for the point at infinity. */
    @Override
    public boolean isInfinity() {
        return jz.isZero();
    }

    /** Y² = X³ + 3Z⁶ (the point at infinity counts as on the curve). */
    public boolean isOnCurve() {
        if (isInfinity()) {
            return true;
        }
        Fp z2 = jz.square();
        Fp z6 = z2.square().mul(z2);
        return jy.square().equals(jx.square().mul(jx).add(B.mul(z6)));
    }

    /** Always true for a point on the curve: G1 is all of E(F_p) (cofactor 1). Checked as r·P = O. */
    public boolean isInSubgroup() {
        return isOnCurve() && mulPlain(ORDER).isInfinity();
    }

    /** −P. */
    @Override
    public G1 neg() {
        return new G1(jx, jy.neg(), jz);
    }

    /** 2P (dbl-2009-l). */
    @Override
    public G1 dbl() {
        if (isInfinity() || jy.isZero()) {
            return INFINITY;
        }
        Fp a = jx.square(), b = jy.square(), c = b.square();
        Fp d = jx.add(b).square().sub(a).sub(c);
        d = d.add(d);
        Fp e = a.add(a).add(a);
        Fp x3 = e.square().sub(d.add(d));
        Fp c8 = c.add(c);
        c8 = c8.add(c8);
        c8 = c8.add(c8);
        Fp y3 = e.mul(d.sub(x3)).sub(c8);
        Fp z3 = jy.mul(jz);
        return new G1(x3, y3, z3.add(z3));
    }

    /** P + Q (add-2007-bl); handles P = Q, P = −Q and the point at infinity. */
    @Override
    public G1 add(G1 q) {
        if (isInfinity()) {
            return q;
        }
        if (q.isInfinity()) {
            return this;
        }
        if (q.jz.isOne()) {
            return addAffine(q.jx, q.jy);
        }
        Fp z1z1 = jz.square(), z2z2 = q.jz.square();
        Fp u1 = jx.mul(z2z2), u2 = q.jx.mul(z1z1);
        Fp s1 = jy.mul(q.jz).mul(z2z2), s2 = q.jy.mul(jz).mul(z1z1);
        Fp h = u2.sub(u1);
        Fp r = s2.sub(s1);
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        r = r.add(r);
        Fp i = h.add(h).square();
        Fp j = h.mul(i);
        Fp v = u1.mul(i);
        Fp x3 = r.square().sub(j).sub(v.add(v));
        Fp s1j = s1.mul(j);
        Fp y3 = r.mul(v.sub(x3)).sub(s1j.add(s1j));
        Fp z3 = jz.add(q.jz).square().sub(z1z1).sub(z2z2).mul(h);
        return new G1(x3, y3, z3);
    }

    /**
     * P + (x2, y2) for an affine second point (madd-2007-bl, "mixed addition": Z2 = 1 saves four
     * multiplications). The workhorse of {@link Msm}; package-private: (x2, y2) is not checked to be on the curve.
     */
    G1 addAffine(Fp x2, Fp y2) {
        if (isInfinity()) {
            return new G1(x2, y2, Fp.ONE);
        }
        Fp z1z1 = jz.square();
        Fp u2 = x2.mul(z1z1);
        Fp s2 = y2.mul(jz).mul(z1z1);
        Fp h = u2.sub(jx);
        Fp r = s2.sub(jy);
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        r = r.add(r);
        Fp hh = h.square();
        Fp i = hh.add(hh);
        i = i.add(i);
        Fp j = h.mul(i);
        Fp v = jx.mul(i);
        Fp x3 = r.square().sub(j).sub(v.add(v));
        Fp y1j = jy.mul(j);
        Fp y3 = r.mul(v.sub(x3)).sub(y1j.add(y1j));
        Fp z3 = jz.add(h).square().sub(z1z1).sub(hh);
        return new G1(x3, y3, z3);
    }

    /** P − Q. */
    public G1 sub(G1 q) {
        return add(q.neg());
    }

    /** k·P for a scalar in F_r. */
    @Override
    public G1 mul(Fr k) {
        return mul(k.toBigInteger());
    }

    /**
     * k·P for any integer k (negative allowed). k is reduced mod r (every point of G1 has order dividing r),
     * split as k ≡ k₁ + k₂λ with the GLV endomorphism φ(x, y) = (βx, y) = λ·P ({@link Glv}), and
     * k₁·P + k₂·φ(P) is computed with one shared chain of about 127 doublings, adding precomputed odd
     * multiples ±P, ±3P, …, ±15P (and their images under φ) at the non-zero digits of the width-5 NAFs of k₁, k₂.
     */
    public G1 mul(BigInteger k) {
        if (isInfinity()) {
            return INFINITY;
        }
        k = k.mod(ORDER);
        if (k.signum() == 0) {
            return INFINITY;
        }
        BigInteger[] parts = Glv.G1_GLV.decompose(k);
        G1 p = parts[0].signum() < 0 ? neg() : this;
        G1 q = parts[1].signum() < 0 ? neg() : this;
        int[] d1 = Naf.of(parts[0].abs(), 5), d2 = Naf.of(parts[1].abs(), 5);
        G1[] t1 = oddMultiples(p), t2 = oddMultiples(q);
        for (int i = 0; i < t2.length; i++) {                  // φ on Jacobian points: (βX : Y : Z)
            t2[i] = new G1(t2[i].jx.mul(Glv.BETA), t2[i].jy, t2[i].jz);
        }
        G1 acc = INFINITY;
        for (int i = Math.max(d1.length, d2.length) - 1; i >= 0; i--) {
            acc = acc.dbl();
            if (i < d1.length && d1[i] != 0) {
                acc = acc.add(d1[i] > 0 ? t1[d1[i] >> 1] : t1[(-d1[i]) >> 1].neg());
            }
            if (i < d2.length && d2[i] != 0) {
                acc = acc.add(d2[i] > 0 ? t2[d2[i] >> 1] : t2[(-d2[i]) >> 1].neg());
            }
        }
        return acc;
    }

    /** P, 3P, 5P, …, 15P. */
    private static G1[] oddMultiples(G1 p) {
        G1[] t = new G1[8];
        t[0] = p;
        G1 twoP = p.dbl();
        for (int i = 1; i < 8; i++) {
            t[i] = t[i - 1].add(twoP);
        }
        return t;
    }

    /** k·P by plain double-and-add over the bits of k ≥ 0 (the textbook method; used to set up {@link Glv}). */
    G1 mulPlain(BigInteger k) {
        G1 acc = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            acc = acc.dbl();
            if (k.testBit(i)) {
                acc = acc.add(this);
            }
        }
        return acc;
    }

    /** The same point with Z = 1 (the point at infinity stays (1 : 1 : 0)). */
    public G1 toAffine() {
        if (isInfinity()) {
            return INFINITY;
        }
        if (jz.isOne()) {
            return this;
        }
        Fp zi = jz.inverse(), zi2 = zi.square();
        return new G1(jx.mul(zi2), jy.mul(zi2).mul(zi), Fp.ONE);
    }

    /** Affine x; throws ArithmeticException for the point at infinity. */
    public Fp x() {
        requireFinite();
        return toAffine().jx;
    }

    /** Affine y; throws ArithmeticException for the point at infinity. */
    public Fp y() {
        requireFinite();
        return toAffine().jy;
    }

    private void requireFinite() {
        if (isInfinity()) {
            throw new ArithmeticException("the point at infinity has no affine coordinates");
        }
    }

    /** This point on the generic {@link Curve} (for cross-checks). */
    public CurvePoint<Fp> toCurvePoint() {
        return new CurvePoint<>(CURVE, jx, jy, jz);
    }

    /** Multi-scalar multiplication Σ kᵢ·Pᵢ (Pippenger's bucket method, see {@link Msm}). */
    public static G1 msm(List<G1> points, List<Fr> scalars) {
        return Msm.pippenger(points, scalars);
    }

    /** {@link #LIMBS}: (X : Y : Z) as three F_p elements of four Montgomery limbs each. */
    private static final class Limbs implements AffineLimbs<G1> {
        @Override
        public LimbField field() {
            return LimbField.FP;
        }

        @Override
        public void toJacobian(G1 p, long[] out, int o) {
            p.jx.montgomeryLimbs(out, o);
            p.jy.montgomeryLimbs(out, o + 4);
            p.jz.montgomeryLimbs(out, o + 8);
        }

        @Override
        public G1 fromJacobian(long[] p, int o) {
            Fp z = Fp.ZERO.fromMontgomeryLimbs(p, o + 8);
            return z.isZero() ? INFINITY
                    : new G1(Fp.ZERO.fromMontgomeryLimbs(p, o), Fp.ZERO.fromMontgomeryLimbs(p, o + 4), z);
        }
    }

    /** Normalises many points to affine with one field inversion (Montgomery's batch-inversion trick). */
    public static G1[] batchToAffine(List<G1> points) {
        int n = points.size();
        Fp[] prefix = new Fp[n];
        Fp acc = Fp.ONE;
        for (int i = 0; i < n; i++) {
            prefix[i] = acc;
            G1 p = points.get(i);
            if (!p.isInfinity()) {
                acc = acc.mul(p.jz);
            }
        }
        Fp inv = acc.inverse();
        G1[] out = new G1[n];
        for (int i = n - 1; i >= 0; i--) {
            G1 p = points.get(i);
            if (p.isInfinity()) {
                out[i] = INFINITY;
                continue;
            }
            Fp zi = inv.mul(prefix[i]);     // 1 / Z_i
            inv = inv.mul(p.jz);
            Fp zi2 = zi.square();
            out[i] = new G1(p.jx.mul(zi2), p.jy.mul(zi2).mul(zi), Fp.ONE);
        }
        return out;
    }

    /** Same affine point: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof G1)) {
            return false;
        }
        G1 q = (G1) o;
        if (isInfinity() || q.isInfinity()) {
            return isInfinity() && q.isInfinity();
        }
        Fp z1z1 = jz.square(), z2z2 = q.jz.square();
        return jx.mul(z2z2).equals(q.jx.mul(z1z1)) && jy.mul(q.jz).mul(z2z2).equals(q.jy.mul(jz).mul(z1z1));
    }

    @Override
    public int hashCode() {
        if (isInfinity()) {
            return 0;
        }
        G1 a = toAffine();
        return a.jx.hashCode() * 31 + a.jy.hashCode();
    }

    /** "(x, y)" affine in decimal, or "O". */
    @Override
    public String toString() {
        if (isInfinity()) {
            return "O";
        }
        G1 a = toAffine();
        return "(" + a.jx + ", " + a.jy + ")";
    }
}
