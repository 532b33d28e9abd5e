package org.zkopml.model;

/**
 * Every intermediate value of one {@link TransformerBlock} on one input: what a zk proof commits to and what the
 * VM's memory holds along the way. Vectors over positions are row-major (T rows of width d, f or T); vectors over
 * heads are head-major (h, then t, then t'). Entries of masked scores (t' &gt; t) are 0. The arrays are the trace's
 * own, not copied (a trace can hold megabytes): read them, do not modify them.
 *
 * @param input    x, T × d
 * @param norm1    RMSNorm before attention
 * @param query    q = rq(W_q·u₁), T × d
 * @param key      k, T × d
 * @param value    v, T × d
 * @param scores   z = rq(q_t·k_t', 2A + c − E), h × T × T
 * @param max      the row maxima of z, h × T
 * @param delta    δ = min(max − z, 255), h × T × T
 * @param exp      e = EXP[δ], h × T × T
 * @param sum      S = Σ e per row, h × T
 * @param prob     p = ⌊e·2^P / S⌋, h × T × T
 * @param mixed    o = rq(Σ p·v, P), T × d
 * @param attended y = rq(W_o·o), T × d
 * @param middle   x + y, T × d
 * @param norm2    RMSNorm before the MLP
 * @param up       rq(W_1·u₂), T × f
 * @param hidden   max(0, up), T × f
 * @param down     rq(W_2·hidden), T × d
 * @param output   middle + down, T × d
 */
public record BlockTrace(long[] input, Norm norm1, Rounding query, Rounding key, Rounding value, Rounding scores,
                         long[] max, long[] delta, long[] exp, long[] sum, long[] prob, Rounding mixed, Rounding attended,
                         long[] middle, Norm norm2, Rounding up, long[] hidden, Rounding down, long[] output) {

    /**
     * One requantization {@code out = rq(acc, shift)}; its remainder {@code acc + 2^(shift−1) − 2^shift·out} lies in
     * [0, 2^shift).
     */
    public record Rounding(long[] accumulator, long[] output, int shift) {
        /** The remainder of entry i. */
        public long remainder(int i) {
            return shift == 0 ? 0 : accumulator[i] + (1L << (shift - 1)) - (output[i] << shift);
        }
    }

    /**
     * One RMSNorm over T rows: per row s = Σx², m = ⌊s/d⌋ + 1, r = ⌊√m⌋, inv = ⌊2^N/r⌋, and the rounding of
     * x·g·inv to u.
     */
    public record Norm(long[] sumOfSquares, long[] meanSquare, long[] root, long[] inverse, Rounding output) {}
}
