package org.zkopml.model;

/**
 * The integer rules of the transformer layers ({@link Embedding}, {@link TransformerBlock}, {@link LmHead}): the
 * fixed-point scales, the integer square root, the exponent table of softmax and the two divisions, each with its
 * rounding stated. The VM's kernels, the sumcheck proof and the circuits reproduce exactly these functions.
 *
 * <ul>
 *   <li><b>Scales.</b> Activations (the residual stream x, the normalised u, q, k, v, attention and MLP outputs)
 *       are integers at scale 2^{@value #ACTIVATION_BITS}; int8 weights carry their own power-of-two scale
 *       ({@link Int8Matrix#shift()}); softmax inputs are at scale 2^{@value #LOGIT_BITS}, probabilities at
 *       2^{@value #PROBABILITY_BITS}.</li>
 *   <li><b>Requantization</b> is the kit's rule {@code rq(x, s) = (x + 2^(s−1)) >> s} (round half up;
 *       {@link Requantize#round}).</li>
 *   <li><b>RMSNorm</b> of a row x of width d with gains g at scale 2^γ: {@code s = Σ x_i²},
 *       {@code m = ⌊s / d⌋ + 1} (the +1 is the ε of RMSNorm at this scale), {@code r = isqrt(m) = ⌊√m⌋ ≥ 1},
 *       {@code inv = ⌊2^N / r⌋} with N = {@value #NORM_BITS}, and {@code u_i = rq(x_i·g_i·inv, N + γ − A)}.</li>
 *   <li><b>Scores</b> of head width d_h: {@code z = rq(q·k, 2A + c − E)} with {@code c = (⌊log₂ d_h⌋ + 1) div 2},
 *       i.e. q·k/2^c stands for q·k/√d_h (exact when d_h is a power of 4).</li>
 *   <li><b>Softmax</b> of a causal row z_0..z_t: {@code m = max z}, {@code δ_j = min(m − z_j, 255)},
 *       {@code e_j = EXP[δ_j]} with {@code EXP[δ] = round(2^P·exp(−δ/2^E))} ({@link #exp}; 0 from δ = 178 on),
 *       {@code S = Σ e_j ≥ 2^P}, and {@code p_j = ⌊e_j·2^P / S⌋} (floor division; Σ p_j ≤ 2^P).</li>
 * </ul>
 * Every product and sum is exact: an overflow of 64 bits throws {@link ArithmeticException} (these layers are
 * {@link Layer#CHECKED_AT_RUN_TIME}: the static bound of a deep residual stream is far looser than its values).
 */
public final class TransformerArithmetic {
    /** A: fraction bits of activations. */
    public static final int ACTIVATION_BITS = 8;
    /** E: fraction bits of the softmax input z. */
    public static final int LOGIT_BITS = 4;
    /** P: fraction bits of the softmax output p (and of the exponent table). */
    public static final int PROBABILITY_BITS = 16;
    /** N: bits of the reciprocal {@code inv = ⌊2^N / r⌋} in RMSNorm. */
    public static final int NORM_BITS = 20;
    /** Entries of the exponent table: δ = 0..255. */
    public static final int EXP_TABLE_SIZE = 256;

    private static final long[] EXP = new long[EXP_TABLE_SIZE];

    static {
        for (int d = 0; d < EXP_TABLE_SIZE; d++) {
            EXP[d] = Math.round(Math.scalb(StrictMath.exp(-Math.scalb((double) d, -LOGIT_BITS)), PROBABILITY_BITS));
        }
    }

    private TransformerArithmetic() {}

    /** {@code EXP[δ] = round(2^P · exp(−δ / 2^E))} for 0 ≤ δ ≤ 255 ({@link StrictMath#exp}, ties up). */
    public static long exp(int delta) {
        if (delta < 0 || delta >= EXP_TABLE_SIZE) throw new IllegalArgumentException("exponent table index " + delta + " outside 0..255");
        return EXP[delta];
    }

    /** The whole exponent table, a copy. */
    public static long[] expTable() {
        return EXP.clone();
    }

    /** {@code ⌊√m⌋} for m ≥ 0, exact. */
    public static long isqrt(long m) {
        if (m < 0) throw new ArithmeticException("isqrt of a negative number " + m);
        long r = (long) Math.sqrt((double) m);
        while (r > 0 && r > m / r) r--;                 // r² > m, compared without overflow
        while (r + 1 <= m / (r + 1)) r++;               // (r+1)² ≤ m
        return r;
    }

    /** c = (⌊log₂ d_h⌋ + 1) div 2: q·k is divided by 2^c in place of √d_h. */
    public static int scoreScaleBits(int headWidth) {
        if (headWidth < 1) throw new IllegalArgumentException("head width must be positive");
        return (31 - Integer.numberOfLeadingZeros(headWidth) + 1) / 2;
    }

    /** The requantization shift of a score: 2A + c − E. */
    public static int scoreShift(int headWidth) {
        return 2 * ACTIVATION_BITS + scoreScaleBits(headWidth) - LOGIT_BITS;
    }

    /** The requantization shift of RMSNorm's product x·g·inv: N + γ − A. */
    public static int normShift(int gainShift) {
        return NORM_BITS + gainShift - ACTIVATION_BITS;
    }

    /**
     * The statistics of one RMSNorm row: {@code s = Σ x_i²}, {@code m = ⌊s/d⌋ + 1}, {@code r = ⌊√m⌋},
     * {@code inv = ⌊2^N / r⌋}.
     */
    public record NormStats(long sumOfSquares, long meanSquare, long root, long inverse) {}

    /** The statistics of the row {@code x[off .. off+d)}. */
    public static NormStats normStats(long[] x, int off, int d) {
        long s = 0;
        for (int i = 0; i < d; i++) s = Math.addExact(s, Math.multiplyExact(x[off + i], x[off + i]));
        long m = s / d + 1;
        long r = isqrt(m);
        return new NormStats(s, m, r, (1L << NORM_BITS) / r);
    }

    /** RMSNorm of the row {@code x[off .. off+d)} into {@code u[uOff ..]}; returns the row's statistics. */
    public static NormStats rmsNorm(long[] x, int off, RmsNorm norm, long[] u, int uOff) {
        int d = norm.width();
        NormStats st = normStats(x, off, d);
        int shift = normShift(norm.shift());
        for (int i = 0; i < d; i++) {
            u[uOff + i] = Requantize.round(Math.multiplyExact(Math.multiplyExact(x[off + i], norm.gain(i)), st.inverse()), shift);
        }
        return st;
    }

    /**
     * Softmax of the causal row {@code z[0..n)} into {@code p[0..n)}, by the rules above. Also fills
     * {@code delta} and {@code e} (length ≥ n) when they are not null, and returns S = Σ e.
     */
    public static long softmax(long[] z, int n, long[] p, long[] delta, long[] e) {
        long m = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) m = Math.max(m, z[j]);
        long sum = 0;
        long[] ex = e != null ? e : new long[n];
        for (int j = 0; j < n; j++) {
            long d = Math.min(Math.subtractExact(m, z[j]), EXP_TABLE_SIZE - 1);
            if (delta != null) delta[j] = d;
            ex[j] = EXP[(int) d];
            sum += ex[j];
        }
        for (int j = 0; j < n; j++) p[j] = (ex[j] << PROBABILITY_BITS) / sum;
        return sum;
    }
}
