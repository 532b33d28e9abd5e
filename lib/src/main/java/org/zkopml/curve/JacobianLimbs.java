package org.zkopml.curve;

import org.zkopml.field.LimbField;

/**
 * Point arithmetic on a curve y² = x³ + b (a = 0) over any {@link LimbField}, on raw limbs: a Jacobian point
 * (X : Y : Z), meaning (X/Z², Y/Z³), is three elements in a row at an offset of a {@code long[]} (3·width words;
 * Z = 0 is the point at infinity). The same explicit formulas as {@link CurvePoint} (Bernstein–Lange EFD:
 * dbl-2009-l, add-2007-bl, madd-2007-bl), written once for G1 (over F_p) and G2 (over F_p²) so that the MSM's
 * bucket sums allocate nothing. Keeps scratch space: one instance per thread.
 */
final class JacobianLimbs {
    final LimbField f;
    final int w;
    private final long[] t;
    // scratch slots, each one element wide
    private final int a, b, c, d, e, h, i, j, r, v;

    JacobianLimbs(LimbField field) {
        this.f = field.forThread();
        this.w = f.width();
        this.t = new long[10 * w];
        a = 0;
        b = w;
        c = 2 * w;
        d = 3 * w;
        e = 4 * w;
        h = 5 * w;
        i = 6 * w;
        j = 7 * w;
        r = 8 * w;
        v = 9 * w;
    }

    /** Sets p to the point at infinity (1 : 1 : 0). */
    void setInfinity(long[] p, int o) {
        f.one(p, o);
        f.one(p, o + w);
        java.util.Arrays.fill(p, o + 2 * w, o + 3 * w, 0L);
    }

    /** True for the point at infinity. */
    boolean isInfinity(long[] p, int o) {
        return f.isZero(p, o + 2 * w);
    }

    /** Sets p to the affine point (x, y), i.e. (x : y : 1). */
    void setAffine(long[] p, int o, long[] x, int xo, long[] y, int yo) {
        System.arraycopy(x, xo, p, o, w);
        System.arraycopy(y, yo, p, o + w, w);
        f.one(p, o + 2 * w);
    }

    /** p ← 2p (dbl-2009-l): A = X², B = Y², C = B², D = 2((X+B)² − A − C), E = 3A, X' = E² − 2D, Y' = E(D − X') − 8C, Z' = 2YZ. */
    void dbl(long[] p, int o) {
        int x = o, y = o + w, z = o + 2 * w;
        if (f.isZero(p, z) || f.isZero(p, y)) {
            setInfinity(p, o);
            return;
        }
        f.square(p, x, t, a);
        f.square(p, y, t, b);
        f.square(t, b, t, c);
        f.add(p, x, t, b, t, d);
        f.square(t, d, t, d);
        f.sub(t, d, t, a, t, d);
        f.sub(t, d, t, c, t, d);
        f.add(t, d, t, d, t, d);
        f.add(t, a, t, a, t, e);
        f.add(t, e, t, a, t, e);
        f.mul(p, y, p, z, p, z);                    // Z' = 2YZ (Y still the old one)
        f.add(p, z, p, z, p, z);
        f.square(t, e, p, x);                       // X' = E² − 2D
        f.sub(p, x, t, d, p, x);
        f.sub(p, x, t, d, p, x);
        f.sub(t, d, p, x, p, y);                    // Y' = E(D − X') − 8C
        f.mul(p, y, t, e, p, y);
        f.add(t, c, t, c, t, c);
        f.add(t, c, t, c, t, c);
        f.add(t, c, t, c, t, c);
        f.sub(p, y, t, c, p, y);
    }

    /**
     * p ← p + (x2, y2) for an affine point (madd-2007-bl): Z1Z1 = Z1², U2 = x2·Z1Z1, S2 = y2·Z1·Z1Z1, H = U2 − X1,
     * I = 4H², J = H·I, r = 2(S2 − Y1), V = X1·I, X3 = r² − J − 2V, Y3 = r(V − X3) − 2Y1·J, Z3 = (Z1 + H)² − Z1Z1 − H².
     */
    void addAffine(long[] p, int o, long[] q, int xo, int yo) {
        int x = o, y = o + w, z = o + 2 * w;
        if (f.isZero(p, z)) {
            setAffine(p, o, q, xo, q, yo);
            return;
        }
        f.square(p, z, t, a);                       // Z1Z1
        f.mul(q, xo, t, a, t, b);                   // U2
        f.mul(q, yo, p, z, t, c);
        f.mul(t, c, t, a, t, c);                    // S2
        f.sub(t, b, p, x, t, h);                    // H
        f.sub(t, c, p, y, t, r);                    // S2 − Y1
        if (f.isZero(t, h)) {
            if (f.isZero(t, r)) {
                dbl(p, o);
            } else {
                setInfinity(p, o);
            }
            return;
        }
        f.add(t, r, t, r, t, r);                    // r
        f.square(t, h, t, d);                       // HH
        f.add(t, d, t, d, t, i);
        f.add(t, i, t, i, t, i);                    // I = 4HH
        f.mul(t, h, t, i, t, j);                    // J
        f.mul(p, x, t, i, t, v);                    // V
        f.add(p, z, t, h, p, z);                    // Z3 = (Z1 + H)² − Z1Z1 − HH
        f.square(p, z, p, z);
        f.sub(p, z, t, a, p, z);
        f.sub(p, z, t, d, p, z);
        f.mul(p, y, t, j, t, e);                    // Y1·J
        finish(p, x, y);
    }

    /**
     * p ← p + q for Jacobian points (add-2007-bl): U1 = X1·Z2², U2 = X2·Z1², S1 = Y1·Z2³, S2 = Y2·Z1³, H = U2 − U1,
     * I = (2H)², J = H·I, r = 2(S2 − S1), V = U1·I, X3 = r² − J − 2V, Y3 = r(V − X3) − 2S1·J,
     * Z3 = ((Z1 + Z2)² − Z1² − Z2²)·H. q is not changed (it may not alias p).
     */
    void add(long[] p, int o, long[] q, int qo) {
        int x = o, y = o + w, z = o + 2 * w, qx = qo, qy = qo + w, qz = qo + 2 * w;
        if (f.isZero(q, qz)) {
            return;
        }
        if (f.isZero(p, z)) {
            System.arraycopy(q, qo, p, o, 3 * w);
            return;
        }
        f.square(p, z, t, a);                       // Z1Z1
        f.square(q, qz, t, b);                      // Z2Z2
        f.mul(p, x, t, b, t, c);                    // U1
        f.mul(q, qx, t, a, t, d);                   // U2
        f.mul(p, y, q, qz, t, e);
        f.mul(t, e, t, b, t, e);                    // S1
        f.mul(q, qy, p, z, t, v);
        f.mul(t, v, t, a, t, v);                    // S2
        f.sub(t, d, t, c, t, h);                    // H
        f.sub(t, v, t, e, t, r);                    // S2 − S1
        if (f.isZero(t, h)) {
            if (f.isZero(t, r)) {
                dbl(p, o);
            } else {
                setInfinity(p, o);
            }
            return;
        }
        f.add(t, r, t, r, t, r);                    // r
        f.add(p, z, q, qz, p, z);                   // Z3 = ((Z1 + Z2)² − Z1Z1 − Z2Z2)·H
        f.square(p, z, p, z);
        f.sub(p, z, t, a, p, z);
        f.sub(p, z, t, b, p, z);
        f.mul(p, z, t, h, p, z);
        f.add(t, h, t, h, t, i);                    // I = (2H)²
        f.square(t, i, t, i);
        f.mul(t, h, t, i, t, j);                    // J
        f.mul(t, c, t, i, t, v);                    // V = U1·I
        f.mul(t, e, t, j, t, e);                    // S1·J
        finish(p, x, y);
    }

    /** The common end of both additions: X3 = r² − J − 2V, Y3 = r(V − X3) − 2E with E = Y1·J (or S1·J) in slot e. */
    private void finish(long[] p, int x, int y) {
        f.square(t, r, p, x);
        f.sub(p, x, t, j, p, x);
        f.sub(p, x, t, v, p, x);
        f.sub(p, x, t, v, p, x);
        f.sub(t, v, p, x, p, y);
        f.mul(p, y, t, r, p, y);
        f.sub(p, y, t, e, p, y);
        f.sub(p, y, t, e, p, y);
    }
}
