package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The two linear passes of every matrix step of the sumcheck prover, for an integer matrix M:
 * <pre>
 *   rows(M, e)[k]    = Σ_i e_i·M[i][k]     (e.g. A(k) = W̃(r₁, k) with e = eq(r₁, ·))
 *   columns(M, e)[i] = Σ_k M[i][k]·e_k     (e.g. B(k) = X̃(k, r₂), or the Hyrax opening of W)
 * </pre>
 * When the entries are small (|M[i][k]| ≤ 2^12 and not much more than the row length), each e_i's
 * multiples 0, e_i, 2e_i, … are made by repeated addition once, and then every entry costs one field
 * addition or subtraction instead of an embedding and a multiplication: quantized weights and
 * activations (8 to 16 bits) are what makes the prover's passes this cheap. Larger entries take the
 * general path. Both run on all cores.
 */
final class RowCombination {
    private static final int MAX_TABLE = 1 << 12;

    private RowCombination() {}

    static long maxAbs(long[][] m) {
        long max = 0;
        for (long[] row : m) for (long v : row) max = Math.max(max, v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v));
        return max;
    }

    private static boolean small(long maxAbs, int length) {
        return maxAbs <= MAX_TABLE && maxAbs <= 2L * length;
    }

    /** Σ_i e_i·M[i][k] for k &lt; size (entries of M beyond its width count as 0). */
    static Fr[] rows(long[][] m, Fr[] e, int size) {
        int width = m[0].length;
        long max = maxAbs(m);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), m.length / 16));
        Fr[][] partial = new Fr[threads][];
        IntStream.range(0, threads).parallel().forEach(t -> {
            Fr[] a = zeros(size);
            Fr[] multiples = small(max, width) ? new Fr[(int) max + 1] : null;
            for (int i = t; i < m.length; i += threads) {
                long[] row = m[i];
                Fr ei = e[i];
                if (multiples != null) {
                    fillMultiples(multiples, ei);
                    for (int k = 0; k < width; k++) {
                        long v = row[k];
                        if (v > 0) a[k] = a[k].add(multiples[(int) v]);
                        else if (v < 0) a[k] = a[k].sub(multiples[(int) -v]);
                    }
                } else {
                    for (int k = 0; k < width; k++) if (row[k] != 0) a[k] = a[k].add(ei.mul(IntegerEmbedding.of(row[k])));
                }
            }
            partial[t] = a;
        });
        Fr[] a = partial[0];
        for (int t = 1; t < threads; t++) for (int k = 0; k < size; k++) a[k] = a[k].add(partial[t][k]);
        return a;
    }

    /** Σ_k M[i][k]·e_k for i &lt; size (rows of M beyond its height are 0). */
    static Fr[] columns(long[][] m, Fr[] e, int size) {
        int width = m[0].length;
        long max = maxAbs(m);
        Fr[] out = zeros(size);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), m.length / 16));
        IntStream.range(0, threads).parallel().forEach(t -> {
            int from = (int) ((long) m.length * t / threads), to = (int) ((long) m.length * (t + 1) / threads);
            if (small(max, to - from)) {
                Fr[] multiples = new Fr[(int) max + 1];
                Fr[] acc = zeros(to - from);
                for (int k = 0; k < width; k++) {
                    fillMultiples(multiples, e[k]);
                    for (int i = from; i < to; i++) {
                        long v = m[i][k];
                        if (v > 0) acc[i - from] = acc[i - from].add(multiples[(int) v]);
                        else if (v < 0) acc[i - from] = acc[i - from].sub(multiples[(int) -v]);
                    }
                }
                System.arraycopy(acc, 0, out, from, to - from);
            } else {
                for (int i = from; i < to; i++) {
                    Fr s = Fr.ZERO;
                    long[] row = m[i];
                    for (int k = 0; k < width; k++) if (row[k] != 0) s = s.add(e[k].mul(IntegerEmbedding.of(row[k])));
                    out[i] = s;
                }
            }
        });
        return out;
    }

    private static void fillMultiples(Fr[] multiples, Fr x) {
        multiples[0] = Fr.ZERO;
        for (int v = 1; v < multiples.length; v++) multiples[v] = multiples[v - 1].add(x);
    }

    private static Fr[] zeros(int n) {
        Fr[] z = new Fr[n];
        Arrays.fill(z, Fr.ZERO);
        return z;
    }
}
