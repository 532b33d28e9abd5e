package org.zkopml.vm;

/**
 * A fully connected layer {@code y_j = b_j + Σ_i W[j][i]·x_i} on int64 (no rescaling; see
 * {@link ShiftKernel}). Code: two nested loops, seven instructions per multiply-accumulate.
 *
 * @param weights W as rows × columns (output × input)
 * @param bias    b, one per row
 */
public record DenseKernel(long[][] weights, long[] bias) implements Kernel {
    public DenseKernel {
        weights = deepCopy(weights);
        bias = bias.clone();
        if (weights.length == 0 || weights.length != bias.length) throw new IllegalArgumentException("dense: need one bias per row");
        for (long[] row : weights) if (row.length != weights[0].length) throw new IllegalArgumentException("dense: ragged weight matrix");
    }

    private static long[][] deepCopy(long[][] m) {
        long[][] c = new long[m.length][];
        for (int j = 0; j < m.length; j++) c[j] = m[j].clone();
        return c;
    }

    /** A copy of W. */
    @Override
    public long[][] weights() {
        return deepCopy(weights);
    }

    /** A copy of b. */
    @Override
    public long[] bias() {
        return bias.clone();
    }

    @Override
    public String name() {
        return "dense " + inputLength() + "→" + outputLength();
    }

    @Override
    public int inputLength() {
        return weights[0].length;
    }

    @Override
    public int outputLength() {
        return weights.length;
    }

    @Override
    public long macs() {
        return (long) inputLength() * outputLength();
    }

    @Override
    public long[] data() {
        int m = outputLength(), n = inputLength();
        long[] d = new long[m * n + m];
        for (int j = 0; j < m; j++) System.arraycopy(weights[j], 0, d, j * n, n);
        System.arraycopy(bias, 0, d, m * n, m);
        return d;
    }

    @Override
    public long[] apply(long[] x) {
        if (x.length != inputLength()) throw new IllegalArgumentException(name() + ": input length " + x.length);
        long[] y = new long[outputLength()];
        for (int j = 0; j < y.length; j++) {
            long acc = bias[j];
            for (int i = 0; i < x.length; i++) acc += weights[j][i] * x[i];
            y[j] = acc;
        }
        return y;
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out(), data = at.data();
        int m = outputLength(), n = inputLength();
        a.li(1, 0).li(2, m).li(3, data).li(10, n);             // r1 = j, r2 = m, r3 = &W[j][i], r10 = n
        a.label(p + "row").bge(1, 2, p + "end");
        a.ld(4, 1, data + m * n).li(5, 0);                       // r4 = acc = b[j], r5 = i
        a.label(p + "col").bge(5, 10, p + "store");
        a.ld(6, 3, 0).ld(7, 5, in).mac(4, 6, 7).addi(3, 3, 1).addi(5, 5, 1).jmp(p + "col");
        a.label(p + "store").st(4, 1, out).addi(1, 1, 1).jmp(p + "row");
        a.label(p + "end");
    }
}
