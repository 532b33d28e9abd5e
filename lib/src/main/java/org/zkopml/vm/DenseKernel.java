package org.zkopml.vm;

import org.zkopml.model.Dense;

/**
 * A {@link Dense} layer {@code y_j = b_j + Σ_i W[j][i]·x_i} on int64 (no rescaling; see {@link ShiftKernel}). Data
 * words: W row-major, then b. Code: two nested loops, seven instructions per multiply-accumulate. Its native
 * evaluation wraps modulo 2⁶⁴ as the VM's MAC does (the model's own inference throws on overflow instead; a
 * checked model never gets there).
 *
 * @param layer the layer (it checks its own shape: one bias per row, rows of one length)
 */
public record DenseKernel(Dense layer) implements LayerKernel {
    @Override
    public String name() {
        return "dense " + inputLength() + "→" + outputLength();
    }

    @Override
    public long[] data() {
        int m = outputLength(), n = inputLength();
        long[] d = new long[m * n + m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) d[j * n + i] = layer.weight(j, i);
            d[m * n + j] = layer.bias(j);
        }
        return d;
    }

    @Override
    public long[] apply(long[] x) {
        if (x.length != inputLength()) throw new IllegalArgumentException(name() + ": input length " + x.length);
        long[] y = new long[outputLength()];
        for (int j = 0; j < y.length; j++) {
            long acc = layer.bias(j);
            for (int i = 0; i < x.length; i++) acc += layer.weight(j, i) * x[i];
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
