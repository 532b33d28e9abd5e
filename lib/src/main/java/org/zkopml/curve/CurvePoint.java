package org.zkopml.curve;

import java.math.BigInteger;
import org.zkopml.field.FieldElement;

/**
 * A point of a {@link Curve} in Jacobian coordinates (X : Y : Z), which stands for the affine point
 * (X/Z², Y/Z³); Z = 0 is the point at infinity O. Jacobian coordinates avoid a field inversion in every
 * addition. Formulas for a = 0 from the Explicit-Formulas Database (Bernstein–Lange): dbl-2009-l,
 * add-2007-bl and madd-2007-bl. Immutable; equality compares the affine points. A point is always on its
 * curve: it is made by {@link Curve#point} (checked), {@link Curve#generator}, {@link Curve#infinity} or
 * the group operations. {@link #x()}, {@link #y()} are affine; the Jacobian ones are {@link #jacobianX()} etc.
 *
 * @param <F> the coordinate field
 */
public final class CurvePoint<F extends FieldElement<F>> {
    private final Curve<F> curve;
    private final F x, y, z;

    /** The Jacobian point (X : Y : Z), unchecked: for the arithmetic of this package only. */
    CurvePoint(Curve<F> curve, F x, F y, F z) {
        this.curve = curve;
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** The curve. */
    public Curve<F> curve() {
        return curve;
    }

    /** Jacobian X. */
    public F jacobianX() {
        return x;
    }

    /** Jacobian Y. */
    public F jacobianY() {
        return y;
    }

    /** Jacobian Z (zero for O). */
    public F jacobianZ() {
        return z;
    }

    /** True for O. */
    public boolean isInfinity() {
        return z.isZero();
    }

    /** True if the affine point satisfies the curve equation (O counts as on the curve). */
    public boolean isOnCurve() {
        if (isInfinity()) {
            return true;
        }
        // Y² = X³ + b·Z⁶
        F z2 = z.square();
        F z6 = z2.square().mul(z2);
        return y.square().equals(x.square().mul(x).add(curve.b().mul(z6)));
    }

    /** True if r·P = O: the point lies in the prime-order subgroup. */
    public boolean isInSubgroup() {
        return mul(curve.order()).isInfinity();
    }

    /** −P = (X : −Y : Z). */
    public CurvePoint<F> neg() {
        return new CurvePoint<>(curve, x, y.neg(), z);
    }

    /** 2P (dbl-2009-l): A = X², B = Y², C = B², D = 2((X + B)² − A − C), E = 3A, X' = E² − 2D, Y' = E(D − X') − 8C, Z' = 2YZ. */
    public CurvePoint<F> dbl() {
        if (isInfinity() || y.isZero()) {
            return curve.infinity();
        }
        F a = x.square(), b = y.square(), c = b.square();
        F d = x.add(b).square().sub(a).sub(c);
        d = d.add(d);
        F e = a.add(a).add(a);
        F x3 = e.square().sub(d.add(d));
        F c8 = c.add(c);
        c8 = c8.add(c8);
        c8 = c8.add(c8);
        F y3 = e.mul(d.sub(x3)).sub(c8);
        F z3 = y.mul(z);
        return new CurvePoint<>(curve, x3, y3, z3.add(z3));
    }

    /** P + Q (add-2007-bl), falling back to doubling when P = Q. */
    public CurvePoint<F> add(CurvePoint<F> q) {
        if (isInfinity()) {
            return q;
        }
        if (q.isInfinity()) {
            return this;
        }
        F z1z1 = z.square(), z2z2 = q.z.square();
        F u1 = x.mul(z2z2), u2 = q.x.mul(z1z1);
        F s1 = y.mul(q.z).mul(z2z2), s2 = q.y.mul(z).mul(z1z1);
        F h = u2.sub(u1);
        F r = s2.sub(s1);
        if (h.isZero()) {
            return r.isZero() ? dbl() : curve.infinity();
        }
        r = r.add(r);
        F i = h.add(h).square();
        F j = h.mul(i);
        F v = u1.mul(i);
        F x3 = r.square().sub(j).sub(v.add(v));
        F s1j = s1.mul(j);
        F y3 = r.mul(v.sub(x3)).sub(s1j.add(s1j));
        F z3 = z.add(q.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new CurvePoint<>(curve, x3, y3, z3);
    }

    /** P − Q. */
    public CurvePoint<F> sub(CurvePoint<F> q) {
        return add(q.neg());
    }

    /**
     * k·P for any integer k (negative allowed; k is not reduced, so this also works for points outside the
     * order-r subgroup). Uses the width-4 non-adjacent form of k: precompute P, 3P, 5P, 7P, then one doubling
     * per bit and an addition of ±(odd multiple) at each non-zero digit — about one addition per five bits
     * instead of one per two bits for plain double-and-add.
     */
    public CurvePoint<F> mul(BigInteger k) {
        if (k.signum() < 0) {
            return neg().mul(k.negate());
        }
        if (isInfinity() || k.signum() == 0) {
            return curve.infinity();
        }
        @SuppressWarnings("unchecked") CurvePoint<F>[] odd = new CurvePoint[4];
        odd[0] = this;
        CurvePoint<F> twice = dbl();
        for (int i = 1; i < odd.length; i++) {
            odd[i] = odd[i - 1].add(twice);
        }
        int[] digits = Naf.of(k, 4);
        CurvePoint<F> acc = curve.infinity();
        for (int i = digits.length - 1; i >= 0; i--) {
            acc = acc.dbl();
            int d = digits[i];
            if (d > 0) {
                acc = acc.add(odd[d >> 1]);
            } else if (d < 0) {
                acc = acc.add(odd[(-d) >> 1].neg());
            }
        }
        return acc;
    }

    /** k·P for a small k. */
    public CurvePoint<F> mul(long k) {
        return mul(BigInteger.valueOf(k));
    }

    /** The same point with Z = 1 (or the canonical O = (1 : 1 : 0)). */
    public CurvePoint<F> toAffine() {
        if (isInfinity()) {
            return curve.infinity();
        }
        if (z.equals(z.one())) {
            return this;
        }
        F zi = z.inverse(), zi2 = zi.square();
        return new CurvePoint<>(curve, x.mul(zi2), y.mul(zi2).mul(zi), z.one());
    }

    /** Affine x = X/Z²; throws ArithmeticException for O. */
    public F x() {
        requireFinite();
        return toAffine().x;
    }

    /** Affine y = Y/Z³; throws ArithmeticException for O. */
    public F y() {
        requireFinite();
        return toAffine().y;
    }

    private void requireFinite() {
        if (isInfinity()) {
            throw new ArithmeticException("the point at infinity has no affine coordinates");
        }
    }

    /** Same affine point: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³ (no inversion). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CurvePoint<?>) || !((CurvePoint<?>) o).curve.equals(curve)) {
            return false;
        }
        @SuppressWarnings("unchecked") CurvePoint<F> q = (CurvePoint<F>) o;
        if (isInfinity() || q.isInfinity()) {
            return isInfinity() && q.isInfinity();
        }
        F z1z1 = z.square(), z2z2 = q.z.square();
        return x.mul(z2z2).equals(q.x.mul(z1z1)) && y.mul(q.z).mul(z2z2).equals(q.y.mul(z).mul(z1z1));
    }

    @Override
    public int hashCode() {
        if (isInfinity()) {
            return 0;
        }
        CurvePoint<F> a = toAffine();
        return a.x.hashCode() * 31 + a.y.hashCode();
    }

    /** "(x, y)" in affine coordinates, or "O". */
    @Override
    public String toString() {
        if (isInfinity()) {
            return "O";
        }
        CurvePoint<F> a = toAffine();
        return "(" + a.x + ", " + a.y + ")";
    }
}
