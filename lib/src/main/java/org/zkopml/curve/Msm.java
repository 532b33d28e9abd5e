package org.zkopml.curve;

import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ in G1 by Pippenger's bucket method (N. Pippenger, "On the evaluation
 * of powers and related problems", FOCS 1976; in the form used by zk provers):
 *
 * <ol>
 *   <li>cut every scalar into windows of c bits, kᵢ = Σ_w dᵢ,w · 2^(cw), with signed digits
 *       −2^(c−1) ≤ d ≤ 2^(c−1) (a digit above half borrows from the next window), so a window needs only
 *       2^(c−1) buckets and −P costs nothing (negate y);</li>
 *   <li>for each window w, drop ±Pᵢ into bucket |dᵢ,w|;</li>
 *   <li>a window's sum Σ_d d·B_d is a running sum from the top bucket down (two additions per bucket);</li>
 *   <li>combine windows by Horner: S = (…(S_top·2^c + S_top−1)·2^c …) + S_0.</li>
 * </ol>
 * The cost is about (254/c)·(n + 2^c) additions instead of ~254·n/2 for n separate multiplications. Buckets are
 * kept affine and filled in batches: the additions of one batch share a single field inversion (Montgomery's
 * trick), making each bucket addition about 6 multiplications instead of 11 for a mixed Jacobian addition;
 * a point whose bucket already has an addition pending in the batch goes to a Jacobian side sum instead.
 * Windows are independent, so they run on all cores (a parallel stream).
 */
public final class Msm {

    private static final int SCALAR_BITS = 254;
    /** Bucket additions that share one inversion. */
    private static final int BATCH = 512;

    private Msm() {
    }

    /**
     * The window width c minimising the estimated field multiplications (254/c)·(6.5n + 27·2^(c−1)): a batched
     * affine addition into a bucket costs about 6.5; per bucket the running sum costs a mixed and a full addition.
     */
    public static int windowBits(int n) {
        int best = 2;
        double bestCost = Double.MAX_VALUE;
        for (int c = 2; c <= 20; c++) {
            double cost = Math.ceil((SCALAR_BITS + 1.0) / c) * (6.5 * n + 27.0 * Math.pow(2, c - 1));
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** Σ kᵢ·Pᵢ by adding the separate products (the definition; for tests and tiny inputs). */
    public static G1 naive(List<G1> points, List<Fr> scalars) {
        checkSizes(points, scalars);
        G1 acc = G1.INFINITY;
        for (int i = 0; i < points.size(); i++) {
            acc = acc.add(points.get(i).mul(scalars.get(i)));
        }
        return acc;
    }

    /** Σ kᵢ·Pᵢ; the lists must have the same length. */
    public static G1 pippenger(List<G1> points, List<Fr> scalars) {
        checkSizes(points, scalars);
        int n = points.size();
        if (n < 32) {
            return naive(points, scalars);
        }
        G1[] affine = G1.batchToAffine(points);
        Fp[] px = new Fp[n], py = new Fp[n];
        for (int i = 0; i < n; i++) {
            if (!affine[i].isInfinity()) {
                px[i] = affine[i].jx();
                py[i] = affine[i].jy();
            }
        }
        int c = windowBits(n);
        int windows = (SCALAR_BITS + 1 + c - 1) / c;                 // one spare bit for the last borrow
        int[][] digits = new int[windows][n];
        for (int i = 0; i < n; i++) {
            long[] k = scalars.get(i).toLimbs();
            int carry = 0;
            for (int w = 0; w < windows; w++) {
                int d = digit(k, w * c, c) + carry;
                carry = d > (1 << (c - 1)) ? 1 : 0;
                digits[w][i] = d - (carry << c);
            }
        }
        G1[] sums = new G1[windows];
        IntStream.range(0, windows).parallel().forEach(w -> sums[w] = new WindowBuckets(c, px, py).sum(digits[w]));
        G1 total = G1.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) {
                total = total.dbl();
            }
            total = total.add(sums[w]);
        }
        return total;
    }

    private static void checkSizes(List<G1> points, List<Fr> scalars) {
        if (points.size() != scalars.size()) {
            throw new IllegalArgumentException("msm needs as many scalars as points: " + points.size()
                    + " points, " + scalars.size() + " scalars");
        }
    }

    /** The 2^(c−1) affine buckets of one window, filled with batched affine additions. */
    private static final class WindowBuckets {
        final Fp[] px, py;                     // the input points (null for the point at infinity)
        final Fp[] bx, by;                     // bucket d+1 holds (bx[d], by[d]); null = empty
        final int[] inBatch;                   // batch number that last touched bucket d
        int batchNo = 1;
        final int[] qBucket = new int[BATCH];  // pending additions: bucket ← bucket + (qx, qy)
        final Fp[] qx = new Fp[BATCH], qy = new Fp[BATCH];
        final Fp[] denom = new Fp[BATCH], prefix = new Fp[BATCH];
        int pending;
        final G1[] overflow;                  // Jacobian side sums for points whose bucket was busy in the batch

        WindowBuckets(int c, Fp[] px, Fp[] py) {
            this.px = px;
            this.py = py;
            int nb = 1 << (c - 1);
            bx = new Fp[nb];
            by = new Fp[nb];
            inBatch = new int[nb];
            overflow = new G1[nb];
        }

        G1 sum(int[] digits) {
            for (int i = 0; i < digits.length; i++) {
                put(i, digits[i]);
            }
            flush();
            G1 running = G1.INFINITY, acc = G1.INFINITY;             // Σ d·B_d = Σ_d (B_top + … + B_d)
            for (int d = bx.length - 1; d >= 0; d--) {
                if (bx[d] != null) {
                    running = running.addAffine(bx[d], by[d]);
                }
                if (overflow[d] != null) {
                    running = running.add(overflow[d]);
                }
                acc = acc.add(running);
            }
            return acc;
        }

        /** Schedules bucket |digit| ← bucket + sign(digit)·P_i. */
        void put(int i, int digit) {
            if (digit == 0 || px[i] == null) {
                return;
            }
            int b = Math.abs(digit) - 1;
            Fp y = digit > 0 ? py[i] : py[i].neg();
            if (bx[b] == null) {                                      // empty bucket: just store the point
                bx[b] = px[i];
                by[b] = y;
                return;
            }
            if (inBatch[b] == batchNo) {                              // bucket busy in this batch:
                G1 o = overflow[b];                                   // add into its Jacobian side sum
                overflow[b] = o == null ? new G1(px[i], y, Fp.ONE) : o.addAffine(px[i], y);
                return;
            }
            inBatch[b] = batchNo;
            qBucket[pending] = b;
            qx[pending] = px[i];
            qy[pending] = y;
            pending++;
            if (pending == BATCH) {
                flush();
            }
        }

        /**
         * Performs the pending affine additions B + Q: λ = (y_Q − y_B)/(x_Q − x_B) (or 3x²/2y when B = Q),
         * x' = λ² − x_B − x_Q, y' = λ(x_B − x') − y_B, with all denominators inverted at once.
         */
        void flush() {
            if (pending == 0) {
                batchNo++;
                return;
            }
            Fp acc = Fp.ONE;
            for (int j = 0; j < pending; j++) {
                int b = qBucket[j];
                Fp dx = qx[j].sub(bx[b]);
                if (dx.isZero()) {
                    dx = qy[j].equals(by[b]) ? by[b].dbl() : Fp.ONE;      // doubling, or B + (−B): no inverse needed
                }
                denom[j] = dx;
                prefix[j] = acc;
                acc = acc.mul(dx);
            }
            Fp inv = acc.inverse();
            for (int j = pending - 1; j >= 0; j--) {
                Fp dInv = inv.mul(prefix[j]);
                inv = inv.mul(denom[j]);
                int b = qBucket[j];
                Fp x1 = bx[b], y1 = by[b];
                Fp lambda;
                if (qx[j].equals(x1)) {
                    if (!qy[j].equals(y1)) {                         // B + (−B) = O: the bucket empties
                        bx[b] = null;
                        by[b] = null;
                        continue;
                    }
                    Fp x2 = x1.square();
                    lambda = x2.dbl().add(x2).mul(dInv);             // tangent slope 3x²/(2y)
                } else {
                    lambda = qy[j].sub(y1).mul(dInv);
                }
                Fp x3 = lambda.square().sub(x1).sub(qx[j]);
                by[b] = lambda.mul(x1.sub(x3)).sub(y1);
                bx[b] = x3;
            }
            pending = 0;
            batchNo++;
        }
    }

    /** Bits shift .. shift+c−1 of the little-endian 256-bit number k. */
    static int digit(long[] k, int shift, int c) {
        int limb = shift >>> 6, off = shift & 63;
        if (limb >= 4) {
            return 0;
        }
        long v = k[limb] >>> off;
        if (off + c > 64 && limb + 1 < 4) {
            v |= k[limb + 1] << (64 - off);
        }
        return (int) (v & ((1L << c) - 1));
    }
}
