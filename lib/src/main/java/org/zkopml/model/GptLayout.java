package org.zkopml.model;

/**
 * Where each parameter of a float GPT sits in one flat array (the trainer's view): token embeddings V×d,
 * position embeddings T×d, then per block g₁ (d), W_q, W_k, W_v, W_o (d×d each), g₂ (d), W_1 (f×d),
 * W_2 (d×f), then the final gains (d) and the unembedding (V×d). Matrices are row-major, rows = outputs.
 */
final class GptLayout {
    final GptConfig c;
    final int tok;
    final int pos;
    final int[] g1;
    final int[] wq;
    final int[] wk;
    final int[] wv;
    final int[] wo;
    final int[] g2;
    final int[] w1;
    final int[] w2;
    final int gf;
    final int lm;
    final int size;

    GptLayout(GptConfig c) {
        this.c = c;
        int d = c.width(), f = c.hidden(), l = c.layers();
        g1 = new int[l];
        wq = new int[l];
        wk = new int[l];
        wv = new int[l];
        wo = new int[l];
        g2 = new int[l];
        w1 = new int[l];
        w2 = new int[l];
        long at = 0;
        tok = (int) at;
        at += (long) c.vocabulary() * d;
        pos = (int) at;
        at += (long) c.context() * d;
        for (int b = 0; b < l; b++) {
            g1[b] = (int) at;
            at += d;
            wq[b] = (int) at;
            at += (long) d * d;
            wk[b] = (int) at;
            at += (long) d * d;
            wv[b] = (int) at;
            at += (long) d * d;
            wo[b] = (int) at;
            at += (long) d * d;
            g2[b] = (int) at;
            at += d;
            w1[b] = (int) at;
            at += (long) f * d;
            w2[b] = (int) at;
            at += (long) d * f;
        }
        gf = (int) at;
        at += d;
        lm = (int) at;
        at += (long) c.vocabulary() * d;
        if (at > Integer.MAX_VALUE) throw new IllegalArgumentException("a float GPT of " + at + " parameters does not fit one array");
        size = (int) at;
    }

    /** The rows × cols matrix at {@code off} as a 2-D copy. */
    static double[][] matrix(double[] p, int off, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int j = 0; j < rows; j++) System.arraycopy(p, off + j * cols, m[j], 0, cols);
        return m;
    }

    /** The n values at {@code off}, a copy. */
    static double[] vector(double[] p, int off, int n) {
        return java.util.Arrays.copyOfRange(p, off, off + n);
    }
}
