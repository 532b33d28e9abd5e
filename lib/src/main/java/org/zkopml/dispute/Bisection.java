package org.zkopml.dispute;

import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * The disputed interval of a k-ary bisection: both sides agree on the commitment at {@code lo}; the
 * challenger disputes the submitter's commitment at {@code hi}. The trace is padded (its last state
 * repeats) to a length of (k+1)^R, R = ⌈log_{k+1} N⌉, so every round cuts the interval into k+1 equal
 * parts and the game takes exactly R rounds (as Cannon's fixed-depth game tree does). The referee only
 * builds intervals of length ≤ (k+1)·{@link Referee#MAX_STEPS} ≤ 2^56, so no position overflows.
 *
 * @param lo     agreed position
 * @param hi     disputed position (hi − lo a power of k+1)
 * @param loHash commitment at lo (agreed)
 * @param hiHash the submitter's commitment at hi
 * @param k      points posted per round
 */
public record Bisection(long lo, long hi, Bytes32 loHash, Bytes32 hiHash, int k) {
    public Bisection {
        if (k < 1) throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        if (lo < 0 || hi <= lo) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        if (loHash == null || hiHash == null) throw new IllegalArgumentException("an interval needs both end commitments");
    }

    /** R = ⌈log_{k+1} n⌉ (0 for n ≤ 1): the rounds a trace of n steps needs. Defined for every n and k ≥ 1. */
    public static int rounds(long n, int k) {
        int r = 0;
        long span = 1;
        while (span < n) {
            if (span > Long.MAX_VALUE / (k + 1)) return r + 1; // the next span exceeds every long
            span *= k + 1;
            r++;
        }
        return r;
    }

    /** (k+1)^rounds(n, k): the padded length; throws ArithmeticException if it exceeds a long (the referee bounds n first). */
    public static long paddedLength(long n, int k) {
        long span = 1;
        for (int r = rounds(n, k); r > 0; r--) span = Math.multiplyExact(span, k + 1);
        return span;
    }

    /** Whether one step (one layer) is left. */
    public boolean isLeaf() {
        return hi - lo == 1;
    }

    /** The k positions the submitter must commit to: lo + t·(hi − lo)/(k+1), t = 1..k. */
    public long[] points() {
        long part = (hi - lo) / (k + 1);
        long[] p = new long[k];
        for (int t = 0; t < k; t++) p[t] = lo + (t + 1) * part;
        return p;
    }

    /** The sub-interval j ∈ [0, k] given the submitter's k commitments at {@link #points()}. */
    public Bisection select(int j, List<Bytes32> hashes) {
        long[] p = points();
        long nlo = j == 0 ? lo : p[j - 1];
        long nhi = j == k ? hi : p[j];
        Bytes32 nloHash = j == 0 ? loHash : hashes.get(j - 1);
        Bytes32 nhiHash = j == k ? hiHash : hashes.get(j);
        return new Bisection(nlo, nhi, nloHash, nhiHash, k);
    }
}
