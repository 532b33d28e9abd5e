package org.zkopml.curve;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.field.Fr;
import org.zkopml.field.MontgomeryParams;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ in G1 by Pippenger's bucket method (N. Pippenger, "On the evaluation
 * of powers and related problems", FOCS 1976; the form used by zk provers as in Bootle et al. 2016):
 *
 * <ol>
 *   <li>cut every 254-bit scalar into windows of c bits, kᵢ = Σ_w dᵢ,w · 2^(cw);</li>
 *   <li>for each window w, drop Pᵢ into bucket number dᵢ,w (one mixed addition per point);</li>
 *   <li>a window's sum Σ_d d·B_d is a running sum from the top bucket down (2·2^c additions);</li>
 *   <li>combine windows by Horner: S = (…(S_top·2^c + S_top−1)·2^c …) + S_0.</li>
 * </ol>
 * The cost is about (254/c)·(n + 2^(c+1)) additions instead of 254·n/2 for n separate multiplications.
 * Windows are independent, so they run on all cores (a parallel stream).
 */
public final class Msm {

    private static final int SCALAR_BITS = 254;

    private Msm() {
    }

    /**
     * The window width c minimising the estimated field multiplications (254/c)·(11n + 32·2^c): a mixed
     * addition into a bucket costs about 11, each of the two full additions per bucket in the running sum 16.
     */
    public static int windowBits(int n) {
        int best = 1;
        double bestCost = Double.MAX_VALUE;
        for (int c = 1; c <= 20; c++) {
            double cost = Math.ceil((double) SCALAR_BITS / c) * (11.0 * n + 32.0 * Math.pow(2, c));
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** Σ kᵢ·Pᵢ; the lists must have the same length. */
    public static G1 pippenger(List<G1> points, List<Fr> scalars) {
        if (points.size() != scalars.size()) {
            throw new IllegalArgumentException("msm needs as many scalars as points: " + points.size()
                    + " points, " + scalars.size() + " scalars");
        }
        int n = points.size();
        if (n == 0) {
            return G1.INFINITY;
        }
        if (n < 16) {
            G1 acc = G1.INFINITY;
            for (int i = 0; i < n; i++) {
                acc = acc.add(points.get(i).mul(scalars.get(i)));
            }
            return acc;
        }
        G1[] affine = G1.batchToAffine(points);
        long[][] k = new long[n][];
        for (int i = 0; i < n; i++) {
            BigInteger s = scalars.get(i).toBigInteger();
            k[i] = MontgomeryParams.limbs(s);
        }
        int c = windowBits(n);
        int windows = (SCALAR_BITS + c - 1) / c;
        G1[] sums = new G1[windows];
        IntStream.range(0, windows).parallel().forEach(w -> sums[w] = windowSum(affine, k, w * c, c));
        G1 total = G1.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) {
                total = total.dbl();
            }
            total = total.add(sums[w]);
        }
        return total;
    }

    /** Σ_d d·B_d for the window of c bits starting at bit {@code shift}. */
    private static G1 windowSum(G1[] affine, long[][] k, int shift, int c) {
        G1[] buckets = new G1[(1 << c) - 1];
        for (int i = 0; i < affine.length; i++) {
            int d = digit(k[i], shift, c);
            G1 p = affine[i];
            if (d == 0 || p.isInfinity()) {
                continue;
            }
            G1 b = buckets[d - 1];
            buckets[d - 1] = b == null ? p : b.addAffine(p.jx(), p.jy());
        }
        G1 running = G1.INFINITY, acc = G1.INFINITY;
        for (int d = buckets.length - 1; d >= 0; d--) {
            if (buckets[d] != null) {
                running = running.add(buckets[d]);
            }
            acc = acc.add(running);
        }
        return acc;
    }

    /** Bits shift .. shift+c−1 of the little-endian 256-bit number k. */
    static int digit(long[] k, int shift, int c) {
        int limb = shift >>> 6, off = shift & 63;
        long v = k[limb] >>> off;
        if (off + c > 64 && limb + 1 < 4) {
            v |= k[limb + 1] << (64 - off);
        }
        return (int) (v & ((1L << c) - 1));
    }
}
