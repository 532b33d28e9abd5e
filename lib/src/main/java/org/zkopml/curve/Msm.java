package org.zkopml.curve;

import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbArithmetic;
import org.zkopml.field.MontgomeryParams;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ in G1 or G2 (any {@link GroupElement}) by Pippenger's bucket method (N. Pippenger, "On the evaluation
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
 * Windows are independent, so they run on all cores (a parallel stream). That batched-affine bucket filling
 * is written on G1's raw limbs (G1 is the hot path of KZG and Groth16); for any other group (G2)
 * {@link #pippenger(GroupElement, List, List)} runs the same windows, signed digits and running sums with
 * plain group additions into Jacobian buckets.
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
        long[] xs = new long[4 * n], ys = new long[4 * n];      // Montgomery limbs, point i at 4i
        boolean[] infinity = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (affine[i].isInfinity()) {
                infinity[i] = true;
            } else {
                affine[i].jacobianX().montgomeryLimbs(xs, 4 * i);
                affine[i].jacobianY().montgomeryLimbs(ys, 4 * i);
            }
        }
        int c = windowBits(n);
        int windows = (SCALAR_BITS + 1 + c - 1) / c;                 // one spare bit for the last borrow
        int[][] digits = signedDigits(scalars, c, windows);
        G1[] sums = new G1[windows];
        IntStream.range(0, windows).parallel().forEach(w -> sums[w] = new WindowBuckets(c, xs, ys, infinity).sum(digits[w]));
        G1 total = G1.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) {
                total = total.dbl();
            }
            total = total.add(sums[w]);
        }
        return total;
    }

    /**
     * Σ kᵢ·Pᵢ in any group (G2 in particular): the same signed windows and running bucket sums as the G1
     * method, with Jacobian buckets and plain additions. {@code identity} is the group's O (the result for
     * empty lists).
     */
    public static <P extends GroupElement<P>> P pippenger(P identity, List<P> points, List<Fr> scalars) {
        checkSizes(points, scalars);
        int n = points.size();
        if (n < 32) {
            return naive(identity, points, scalars);
        }
        int c = Math.max(2, windowBits(n) - 1);                      // Jacobian buckets: a bucket costs more
        int windows = (SCALAR_BITS + 1 + c - 1) / c;
        int[][] digits = signedDigits(scalars, c, windows);
        List<P> sums = IntStream.range(0, windows).parallel().mapToObj(w -> {
            List<P> buckets = new java.util.ArrayList<>(java.util.Collections.nCopies(1 << (c - 1), identity));
            for (int i = 0; i < n; i++) {
                int d = digits[w][i];
                if (d != 0) {
                    int b = Math.abs(d) - 1;
                    buckets.set(b, buckets.get(b).add(d > 0 ? points.get(i) : points.get(i).neg()));
                }
            }
            P running = identity, acc = identity;
            for (int b = buckets.size() - 1; b >= 0; b--) {
                running = running.add(buckets.get(b));
                acc = acc.add(running);
            }
            return acc;
        }).toList();
        P total = identity;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) {
                total = total.dbl();
            }
            total = total.add(sums.get(w));
        }
        return total;
    }

    /** Σ kᵢ·Pᵢ in any group by adding the separate products (the definition). */
    public static <P extends GroupElement<P>> P naive(P identity, List<P> points, List<Fr> scalars) {
        checkSizes(points, scalars);
        P acc = identity;
        for (int i = 0; i < points.size(); i++) {
            acc = acc.add(points.get(i).mul(scalars.get(i)));
        }
        return acc;
    }

    /** The scalars cut into signed c-bit digits −2^(c−1) ≤ d ≤ 2^(c−1), digits[window][point]. */
    private static int[][] signedDigits(List<Fr> scalars, int c, int windows) {
        int n = scalars.size();
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
        return digits;
    }

    private static void checkSizes(List<?> points, List<Fr> scalars) {
        if (points.size() != scalars.size()) {
            throw new IllegalArgumentException("msm needs as many scalars as points: " + points.size()
                    + " points, " + scalars.size() + " scalars");
        }
    }

    /**
     * The 2^(c−1) affine buckets of one window, filled with batched affine additions. Coordinates are raw
     * Montgomery limbs in long arrays ({@link LimbArithmetic}), element j of an array at offset 4j, so the hot
     * loop allocates nothing.
     */
    private static final class WindowBuckets {
        static final MontgomeryParams F = Fp.PARAMS;
        final long[] xs, ys;                   // the input points
        final boolean[] infinity;
        final long[] bx, by;                   // bucket d+1 holds (bx, by) at 4d when full[d]
        final boolean[] full;
        final int[] inBatch;                   // batch number that last touched bucket d
        int batchNo = 1;
        final int[] qBucket = new int[BATCH], qPoint = new int[BATCH];
        final byte[] kind = new byte[BATCH];   // 0 chord, 1 tangent (B = Q), 2 cancel (B = −Q)
        final long[] qy = new long[4 * BATCH]; // ±y of the pending point
        final long[] denom = new long[4 * BATCH], prefix = new long[4 * BATCH];
        final long[] t = new long[4 * 6];      // scratch: acc/inv 0, dInv 4, λ 8, x3 12, tmp 16, tmp 20
        int pending;
        final G1[] overflow;                   // Jacobian side sums for points whose bucket was busy in the batch

        WindowBuckets(int c, long[] xs, long[] ys, boolean[] infinity) {
            this.xs = xs;
            this.ys = ys;
            this.infinity = infinity;
            int nb = 1 << (c - 1);
            bx = new long[4 * nb];
            by = new long[4 * nb];
            full = new boolean[nb];
            inBatch = new int[nb];
            overflow = new G1[nb];
        }

        G1 sum(int[] digits) {
            for (int i = 0; i < digits.length; i++) {
                put(i, digits[i]);
            }
            flush();
            G1 running = G1.INFINITY, acc = G1.INFINITY;             // Σ d·B_d = Σ_d (B_top + … + B_d)
            for (int d = full.length - 1; d >= 0; d--) {
                if (full[d]) {
                    running = running.addAffine(Fp.ZERO.fromMontgomeryLimbs(bx, 4 * d),
                            Fp.ZERO.fromMontgomeryLimbs(by, 4 * d));
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
            if (digit == 0 || infinity[i]) {
                return;
            }
            int b = Math.abs(digit) - 1;
            if (!full[b]) {                                           // empty bucket: just store ±P
                LimbArithmetic.copy(xs, 4 * i, bx, 4 * b);
                signedY(i, digit, by, 4 * b);
                full[b] = true;
                return;
            }
            if (inBatch[b] == batchNo) {                              // bucket busy in this batch:
                signedY(i, digit, t, 16);                             // add into its Jacobian side sum
                Fp x = Fp.ZERO.fromMontgomeryLimbs(xs, 4 * i), y = Fp.ZERO.fromMontgomeryLimbs(t, 16);
                G1 o = overflow[b];
                overflow[b] = o == null ? new G1(x, y, Fp.ONE) : o.addAffine(x, y);
                return;
            }
            inBatch[b] = batchNo;
            qBucket[pending] = b;
            qPoint[pending] = i;
            signedY(i, digit, qy, 4 * pending);
            pending++;
            if (pending == BATCH) {
                flush();
            }
        }

        /** dst = y_i or −y_i = p − y_i by the sign of the digit. */
        private void signedY(int i, int digit, long[] dst, int off) {
            if (digit > 0) {
                LimbArithmetic.copy(ys, 4 * i, dst, off);
            } else {
                java.util.Arrays.fill(t, 20, 24, 0L);
                LimbArithmetic.sub(F, t, 20, ys, 4 * i, dst, off);
            }
        }

        /**
         * Performs the pending affine additions B + Q: λ = (y_Q − y_B)/(x_Q − x_B) (or 3x²/2y when B = Q),
         * x' = λ² − x_B − x_Q, y' = λ(x_B − x') − y_B, with all denominators inverted at once (Montgomery's
         * trick: prefix products, one inversion, then unwinding from the end).
         */
        void flush() {
            if (pending == 0) {
                batchNo++;
                return;
            }
            Fp.ONE.montgomeryLimbs(t, 0);                             // t[0..3] = running product
            for (int j = 0; j < pending; j++) {
                int b = qBucket[j], i = qPoint[j], dj = 4 * j;
                if (LimbArithmetic.equal(xs, 4 * i, bx, 4 * b)) {
                    if (LimbArithmetic.equal(qy, dj, by, 4 * b)) {
                        kind[j] = 1;
                        LimbArithmetic.add(F, by, 4 * b, by, 4 * b, denom, dj);      // 2y
                    } else {
                        kind[j] = 2;
                        Fp.ONE.montgomeryLimbs(denom, dj);
                    }
                } else {
                    kind[j] = 0;
                    LimbArithmetic.sub(F, xs, 4 * i, bx, 4 * b, denom, dj);          // x_Q − x_B
                }
                LimbArithmetic.copy(t, 0, prefix, dj);
                LimbArithmetic.mul(F, t, 0, denom, dj, t, 0);
            }
            Fp.ZERO.fromMontgomeryLimbs(t, 0).inverse().montgomeryLimbs(t, 0);   // t[0..3] = 1 / product
            for (int j = pending - 1; j >= 0; j--) {
                int b = qBucket[j], i = qPoint[j], dj = 4 * j, ob = 4 * b;
                LimbArithmetic.mul(F, t, 0, prefix, dj, t, 4);          // dInv = 1/denom_j
                LimbArithmetic.mul(F, t, 0, denom, dj, t, 0);           // drop denom_j from the inverse
                if (kind[j] == 2) {                                     // B + (−B) = O: the bucket empties
                    full[b] = false;
                    continue;
                }
                if (kind[j] == 1) {                                     // λ = 3x²/(2y)
                    LimbArithmetic.mul(F, bx, ob, bx, ob, t, 16);
                    LimbArithmetic.add(F, t, 16, t, 16, t, 20);
                    LimbArithmetic.add(F, t, 20, t, 16, t, 16);
                    LimbArithmetic.mul(F, t, 16, t, 4, t, 8);
                } else {                                                // λ = (y_Q − y_B)/(x_Q − x_B)
                    LimbArithmetic.sub(F, qy, dj, by, ob, t, 16);
                    LimbArithmetic.mul(F, t, 16, t, 4, t, 8);
                }
                LimbArithmetic.mul(F, t, 8, t, 8, t, 12);               // x3 = λ² − x_B − x_Q
                LimbArithmetic.sub(F, t, 12, bx, ob, t, 12);
                LimbArithmetic.sub(F, t, 12, xs, 4 * i, t, 12);
                LimbArithmetic.sub(F, bx, ob, t, 12, t, 16);            // y3 = λ(x_B − x3) − y_B
                LimbArithmetic.mul(F, t, 8, t, 16, t, 16);
                LimbArithmetic.sub(F, t, 16, by, ob, by, ob);
                LimbArithmetic.copy(t, 12, bx, ob);
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
