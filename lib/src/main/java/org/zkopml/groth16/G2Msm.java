package org.zkopml.groth16;

import java.util.List;
import java.util.stream.IntStream;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/**
 * Σ kᵢ·Qᵢ in G2 by Pippenger's bucket method (unsigned c-bit windows, buckets summed by a running sum, windows
 * combined by Horner, windows in parallel), on {@link G2}'s own addition. Private to the prover: a stand-in
 * until the curve package offers a G2 MSM, to be swapped for it then (one call site, {@link #msm}).
 */
final class G2Msm {
    private G2Msm() {
    }

    static G2 msm(List<G2> points, List<Fr> scalars) {
        if (points.size() != scalars.size()) throw new IllegalArgumentException(points.size() + " points, " + scalars.size() + " scalars");
        int n = points.size();
        long[][] k = new long[n][];
        G2 direct = G2.INFINITY;
        int big = 0;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            Fr s = scalars.get(i);
            if (s.isZero() || points.get(i).isInfinity()) continue;
            if (s.isOne()) {
                direct = direct.add(points.get(i));
                continue;
            }
            index[big] = i;
            k[big++] = s.toLimbs();
        }
        if (big == 0) return direct;
        if (big < 16) {
            G2 acc = direct;
            for (int t = 0; t < big; t++) acc = acc.add(points.get(index[t]).mul(scalars.get(index[t])));
            return acc;
        }
        int c = big < 256 ? 4 : Math.max(4, (int) (Math.log(big) / Math.log(2)) - 3);
        int windows = (254 + c - 1) / c;
        final int count = big;
        G2[] sums = new G2[windows];
        IntStream.range(0, windows).parallel().forEach(w -> {
            G2[] buckets = new G2[1 << c];
            for (int t = 0; t < count; t++) {
                int d = digit(k[t], w * c, c);
                if (d != 0) {
                    G2 p = points.get(index[t]);
                    buckets[d] = buckets[d] == null ? p : buckets[d].add(p);
                }
            }
            G2 running = G2.INFINITY, sum = G2.INFINITY;
            for (int d = (1 << c) - 1; d >= 1; d--) {
                if (buckets[d] != null) running = running.add(buckets[d]);
                sum = sum.add(running);
            }
            sums[w] = sum;
        });
        G2 total = G2.INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) total = total.dbl();
            total = total.add(sums[w]);
        }
        return total.add(direct);
    }

    private static int digit(long[] limbs, int bit, int c) {
        int limb = bit >>> 6, off = bit & 63;
        if (limb >= 4) return 0;
        long v = limbs[limb] >>> off;
        if (off + c > 64 && limb + 1 < 4) v |= limbs[limb + 1] << (64 - off);
        return (int) (v & ((1L << c) - 1));
    }
}
