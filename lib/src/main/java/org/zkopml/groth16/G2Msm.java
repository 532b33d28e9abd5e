package org.zkopml.groth16;

import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;

/**
 * Σ kᵢ·Qᵢ in G2 by Pippenger's bucket method: signed c-bit windows (a digit above 2^(c−1) borrows from the next
 * window, so 2^(c−1) buckets suffice and −Q costs a negation), each point added into its bucket with a mixed
 * Jacobian + affine addition (madd-2007-bl: 7M + 4S over F_p² instead of 11M + 5S), buckets summed by a running
 * sum, windows combined by Horner and computed in parallel. Scalars 0 and 1 (common in witnesses) skip the
 * buckets. Private to the prover: a stand-in until the curve package offers a G2 MSM, to be swapped for it then
 * (one call site in {@link Prover}).
 */
final class G2Msm {
    private G2Msm() {
    }

    /** A mutable Jacobian point (X : Y : Z) over F_p², Z = null meaning infinity. */
    private static final class Jacobian {
        Fp2 x, y, z;

        boolean isInfinity() {
            return z == null;
        }

        /** this += (x2, y2), an affine point. */
        void addAffine(Fp2 x2, Fp2 y2) {
            if (z == null) {
                x = x2;
                y = y2;
                z = Fp2.ONE;
                return;
            }
            Fp2 z1z1 = z.square();
            Fp2 u2 = x2.mul(z1z1);
            Fp2 s2 = y2.mul(z).mul(z1z1);
            Fp2 h = u2.sub(x);
            Fp2 r = s2.sub(y);
            if (h.isZero()) {
                if (r.isZero()) {
                    set(toG2().dbl());
                } else {
                    z = null;
                }
                return;
            }
            r = r.add(r);
            Fp2 hh = h.square();
            Fp2 i = hh.add(hh);
            i = i.add(i);
            Fp2 j = h.mul(i);
            Fp2 v = x.mul(i);
            Fp2 x3 = r.square().sub(j).sub(v.add(v));
            Fp2 yj = y.mul(j);
            Fp2 y3 = r.mul(v.sub(x3)).sub(yj.add(yj));
            Fp2 z3 = z.add(h).square().sub(z1z1).sub(hh);
            x = x3;
            y = y3;
            z = z3;
        }

        G2 toG2() {
            return z == null ? G2.INFINITY : new G2(new CurvePoint<>(G2.CURVE, x, y, z));
        }

        void set(G2 p) {
            if (p.isInfinity()) {
                z = null;
            } else {
                x = p.point().x();
                y = p.point().y();
                z = p.point().z();
            }
        }
    }

    static G2 msm(List<G2> points, List<Fr> scalars) {
        if (points.size() != scalars.size()) throw new IllegalArgumentException(points.size() + " points, " + scalars.size() + " scalars");
        int n = points.size();
        Fp2[] xs = new Fp2[n], ys = new Fp2[n], nys = new Fp2[n];
        long[][] k = new long[n][];
        Jacobian direct = new Jacobian();
        int big = 0;
        for (int i = 0; i < n; i++) {
            Fr s = scalars.get(i);
            G2 p = points.get(i);
            if (s.isZero() || p.isInfinity()) continue;
            G2 a = p.point().z().isOne() ? p : p.toAffine();
            if (s.isOne()) {
                direct.addAffine(a.point().x(), a.point().y());
                continue;
            }
            xs[big] = a.point().x();
            ys[big] = a.point().y();
            nys[big] = ys[big].neg();
            k[big++] = s.toLimbs();
        }
        if (big == 0) return direct.toG2();
        int c = windowBits(big);
        int windows = (254 + 1 + c - 1) / c;
        int count = big;
        int[][] digits = new int[windows][count];
        for (int t = 0; t < count; t++) {
            int carry = 0;
            for (int w = 0; w < windows; w++) {
                int d = digit(k[t], w * c, c) + carry;
                carry = d > (1 << (c - 1)) ? 1 : 0;
                digits[w][t] = d - (carry << c);
            }
        }
        G2[] sums = new G2[windows];
        IntStream.range(0, windows).parallel().forEach(w -> {
            Jacobian[] buckets = new Jacobian[(1 << (c - 1)) + 1];
            for (int b = 0; b < buckets.length; b++) buckets[b] = new Jacobian();
            int[] d = digits[w];
            for (int t = 0; t < count; t++) {
                if (d[t] > 0) buckets[d[t]].addAffine(xs[t], ys[t]);
                else if (d[t] < 0) buckets[-d[t]].addAffine(xs[t], nys[t]);
            }
            G2 running = G2.INFINITY, sum = G2.INFINITY;
            for (int b = buckets.length - 1; b >= 1; b--) {
                if (!buckets[b].isInfinity()) running = running.add(buckets[b].toG2());
                sum = sum.add(running);
            }
            sums[w] = sum;
        });
        G2 total = G2.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) total = total.dbl();
            total = total.add(sums[w]);
        }
        return total.add(direct.toG2());
    }

    /** The c minimising windows × (n mixed additions + 2^(c−1) buckets × 2 full additions ≈ 3 mixed). */
    static int windowBits(int n) {
        int best = 2;
        double bestCost = Double.MAX_VALUE;
        for (int c = 2; c <= 18; c++) {
            double cost = Math.ceil(255.0 / c) * (n + 3.0 * (1 << (c - 1)));
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static int digit(long[] limbs, int bit, int c) {
        int limb = bit >>> 6, off = bit & 63;
        if (limb >= 4) return 0;
        long v = limbs[limb] >>> off;
        if (off + c > 64 && limb + 1 < 4) v |= limbs[limb + 1] << (64 - off);
        return (int) (v & ((1L << c) - 1));
    }
}
