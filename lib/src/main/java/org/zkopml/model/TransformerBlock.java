package org.zkopml.model;

/**
 * One pre-norm decoder block over a context of T positions:
 * <pre>
 *   x' = x + Attention(RMSNorm₁(x))        (causal, multi-head; see {@link Attention})
 *   y  = x' + FeedForward(RMSNorm₂(x'))    (see {@link FeedForward})
 * </pre>
 * on the residual stream as T rows of width d (row-major), with the integer rules of {@link TransformerArithmetic}.
 * {@link #trace} records every intermediate value ({@link BlockTrace}); {@link #forward} returns the output alone.
 *
 * @param context       T
 * @param attentionNorm RMSNorm₁ gains
 * @param attention     the attention weights
 * @param mlpNorm       RMSNorm₂ gains
 * @param mlp           the MLP weights
 */
public record TransformerBlock(int context, RmsNorm attentionNorm, Attention attention, RmsNorm mlpNorm, FeedForward mlp)
        implements Layer {
    /** Validates that the parts share one width. */
    public TransformerBlock {
        int d = attention.width();
        if (context < 1) throw new IllegalArgumentException("context must be at least 1");
        if (attentionNorm.width() != d || mlpNorm.width() != d || mlp.width() != d) {
            throw new IllegalArgumentException("the parts of a transformer block must share the width " + d);
        }
    }

    /** The model width d. */
    public int width() {
        return attention.width();
    }

    /** Every intermediate value of the block on {@code x} (T·d values). Exact; overflow throws {@link ArithmeticException}. */
    public BlockTrace trace(long[] x) {
        int t = context, d = width(), h = attention.heads(), dh = attention.headWidth(), f = mlp.hidden();
        if (x.length != t * d) throw new IllegalArgumentException("transformer block takes " + t * d + " values, got " + x.length);
        BlockTrace.Norm n1 = norm(x, attentionNorm);
        long[] u = n1.output().output();
        BlockTrace.Rounding q = project(attention.query(), u, t);
        BlockTrace.Rounding k = project(attention.key(), u, t);
        BlockTrace.Rounding v = project(attention.value(), u, t);
        int scoreShift = TransformerArithmetic.scoreShift(dh);
        long[] zAcc = new long[h * t * t], z = new long[h * t * t], delta = new long[h * t * t], e = new long[h * t * t];
        long[] p = new long[h * t * t], max = new long[h * t], sum = new long[h * t];
        long[] oAcc = new long[t * d], o = new long[t * d];
        long[] row = new long[t], rowP = new long[t], rowD = new long[t], rowE = new long[t];
        int pShift = TransformerArithmetic.PROBABILITY_BITS;
        long[] qo = q.output(), ko = k.output(), vo = v.output();
        for (int head = 0; head < h; head++) {
            for (int a = 0; a < t; a++) {
                int base = (head * t + a) * t;
                for (int b = 0; b <= a; b++) {
                    long dot = 0;
                    for (int j = 0; j < dh; j++) {
                        dot = Math.addExact(dot, Math.multiplyExact(qo[a * d + head * dh + j], ko[b * d + head * dh + j]));
                    }
                    zAcc[base + b] = dot;
                    z[base + b] = Requantize.round(dot, scoreShift);
                    row[b] = z[base + b];
                }
                sum[head * t + a] = TransformerArithmetic.softmax(row, a + 1, rowP, rowD, rowE);
                long m = Long.MIN_VALUE;
                for (int b = 0; b <= a; b++) m = Math.max(m, row[b]);
                max[head * t + a] = m;
                System.arraycopy(rowP, 0, p, base, a + 1);
                System.arraycopy(rowD, 0, delta, base, a + 1);
                System.arraycopy(rowE, 0, e, base, a + 1);
                for (int j = 0; j < dh; j++) {
                    long acc = 0;
                    for (int b = 0; b <= a; b++) acc = Math.addExact(acc, Math.multiplyExact(p[base + b], vo[b * d + head * dh + j]));
                    oAcc[a * d + head * dh + j] = acc;
                    o[a * d + head * dh + j] = Requantize.round(acc, pShift);
                }
            }
        }
        BlockTrace.Rounding scores = new BlockTrace.Rounding(zAcc, z, scoreShift);
        BlockTrace.Rounding mixed = new BlockTrace.Rounding(oAcc, o, pShift);
        BlockTrace.Rounding attended = project(attention.output(), o, t);
        long[] middle = add(x, attended.output());
        BlockTrace.Norm n2 = norm(middle, mlpNorm);
        BlockTrace.Rounding up = project(mlp.up(), n2.output().output(), t);
        long[] hidden = new long[t * f];
        for (int i = 0; i < hidden.length; i++) hidden[i] = Math.max(0, up.output()[i]);
        BlockTrace.Rounding down = project(mlp.down(), hidden, t);
        long[] out = add(middle, down.output());
        return new BlockTrace(x.clone(), n1, q, k, v, scores, max, delta, e, sum, p, mixed, attended, middle, n2, up, hidden, down, out);
    }

    /** The block's output on {@code x}. */
    public long[] forward(long[] x) {
        return trace(x).output();
    }

    /** RMSNorm of every row of x. */
    static BlockTrace.Norm norm(long[] x, RmsNorm norm) {
        int d = norm.width(), t = x.length / d;
        long[] s = new long[t], m = new long[t], r = new long[t], inv = new long[t], acc = new long[t * d], u = new long[t * d];
        int shift = TransformerArithmetic.normShift(norm.shift());
        for (int a = 0; a < t; a++) {
            TransformerArithmetic.NormStats st = TransformerArithmetic.normStats(x, a * d, d);
            s[a] = st.sumOfSquares();
            m[a] = st.meanSquare();
            r[a] = st.root();
            inv[a] = st.inverse();
            for (int i = 0; i < d; i++) {
                acc[a * d + i] = Math.multiplyExact(Math.multiplyExact(x[a * d + i], norm.gain(i)), st.inverse());
                u[a * d + i] = Requantize.round(acc[a * d + i], shift);
            }
        }
        return new BlockTrace.Norm(s, m, r, inv, new BlockTrace.Rounding(acc, u, shift));
    }

    /** {@code rq(W·x_t, W.shift)} for each of the T rows of x. */
    static BlockTrace.Rounding project(Int8Matrix w, long[] x, int t) {
        long[] acc = new long[t * w.rows()], out = new long[t * w.rows()];
        for (int a = 0; a < t; a++) w.times(x, a * w.cols(), acc, a * w.rows());
        for (int i = 0; i < acc.length; i++) out[i] = Requantize.round(acc[i], w.shift());
        return new BlockTrace.Rounding(acc, out, w.shift());
    }

    private static long[] add(long[] a, long[] b) {
        long[] c = new long[a.length];
        for (int i = 0; i < c.length; i++) c[i] = Math.addExact(a[i], b[i]);
        return c;
    }

    @Override
    public int inputWidth() {
        return context * width();
    }

    @Override
    public int outputWidth(int width) {
        return context * width();
    }

    /** {@link Layer#CHECKED_AT_RUN_TIME}: the block's arithmetic is checked as it runs. */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        return CHECKED_AT_RUN_TIME;
    }

    @Override
    public long parameters() {
        return attention.parameters() + mlp.parameters() + 2L * width();
    }

    /** Weight MACs (T·(4d² + 2df)) plus attention's activation products (2·h·d_h·T(T+1)/2). */
    @Override
    public long macs() {
        long t = context;
        return t * (attention.parameters() + mlp.parameters()) + t * (t + 1) * width();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTransformerBlock(this);
    }

    @Override
    public String toString() {
        return "TransformerBlock[T=" + context + ", d=" + width() + ", h=" + attention.heads() + ", f=" + mlp.hidden() + "]";
    }
}
