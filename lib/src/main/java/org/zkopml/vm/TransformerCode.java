package org.zkopml.vm;

import org.zkopml.model.TransformerArithmetic;

/**
 * The transformer's routines as VM code, shared by {@link EmbeddingKernel}, {@link TransformerKernel} and
 * {@link LmHeadKernel}: int8 matrix times rows of int64 activations (LDB for the packed weights, eight
 * multiply-accumulates per loop trip), RMSNorm (integer square root by Newton's iteration with DIV), the
 * causal softmax with its exponent table, residual addition. Each routine initialises the registers it uses
 * and follows {@link TransformerArithmetic} to the bit. Addresses are word addresses, except weights, which
 * are byte addresses (32 bytes per word).
 */
final class TransformerCode {
    private TransformerCode() {}

    /** Loads the requantization constant 2^(s−1) into register r (0 for s = 0). */
    private static void half(Assembler a, int r, int shift) {
        if (shift == 0) a.li(r, 0);
        else a.li(r, 1).shl(r, r, shift - 1);
    }

    /** Rounds register r by the kit's rule with the constant in {@code halfReg}: r = (r + half) >> s. */
    private static void round(Assembler a, int r, int halfReg, int shift) {
        if (shift == 0) return;
        a.add(r, r, halfReg).sar(r, r, shift);
    }

    /**
     * For each of t rows: y[t][j] = rq(Σ_i W[j][i]·x[t][i], shift) for j &lt; rows, optionally max(0, ·); W int8
     * at byte address w (row-major), x rows of {@code cols} words at x, y rows of {@code rows} words at y.
     */
    static void matrixRows(Assembler a, String p, long w, int rows, int cols, int shift, boolean relu, int x, int y, int t) {
        int unroll = cols % 8 == 0 ? 8 : cols % 4 == 0 ? 4 : cols % 2 == 0 ? 2 : 1;
        half(a, 13, shift);
        a.li(15, 0).li(1, 0).li(12, t).li(10, rows);
        a.label(p + "t").bge(1, 12, p + "end");
        a.li(14, cols).mul(14, 1, 14).addi(14, 14, x);               // r14 = &x[t][0]
        a.li(9, rows).mul(9, 1, 9).addi(9, 9, y);                    // r9 = &y[t][0]
        a.li(2, 0).li(3, Math.toIntExact(w));                        // r2 = j, r3 = &W[0][0] (bytes)
        a.label(p + "j").bge(2, 10, p + "jend");
        a.li(6, 0).mov(4, 14).addi(5, 14, cols);                     // acc, x pointer, x end
        a.label(p + "i");
        for (int k = 0; k < unroll; k++) a.ldb(7, 3, k).ld(8, 4, k).mac(6, 7, 8);
        a.addi(3, 3, unroll).addi(4, 4, unroll).blt(4, 5, p + "i");
        round(a, 6, 13, shift);
        if (relu) a.max(6, 6, 15);
        a.st(6, 9, 0).addi(9, 9, 1).addi(2, 2, 1).jmp(p + "j");
        a.label(p + "jend").addi(1, 1, 1).jmp(p + "t");
        a.label(p + "end");
    }

    /**
     * RMSNorm of t rows of width d at x into u: s = Σx², m = s/d + 1, r = isqrt(m) (Newton: z = m,
     * y = (z + 1)/2, while y &lt; z: z = y, y = (z + m/z)/2), inv = 2^N / r, u = rq(x·g·inv, N + γ − A); gains int8
     * at byte address g.
     */
    static void rmsNorm(Assembler a, String p, int x, int d, long g, int gainShift, int u, int t) {
        int shift = TransformerArithmetic.normShift(gainShift);
        half(a, 13, shift);
        a.li(1, 0).li(12, t);
        a.label(p + "t").bge(1, 12, p + "end");
        a.li(14, d).mul(14, 1, 14).addi(9, 14, u).addi(14, 14, x);   // r14 = &x[t][0], r9 = &u[t][0]
        a.li(6, 0).mov(4, 14).addi(5, 14, d);
        a.label(p + "s").ld(7, 4, 0).mac(6, 7, 7).addi(4, 4, 1).blt(4, 5, p + "s");   // r6 = s
        a.li(7, d).div(6, 6, 7).addi(6, 6, 1);                        // r6 = m = s/d + 1
        a.mov(7, 6).addi(8, 7, 1).li(10, 2).div(8, 8, 10);           // z = m, y = (z + 1)/2
        a.label(p + "newton").bge(8, 7, p + "root");
        a.mov(7, 8).div(8, 6, 7).add(8, 8, 7).div(8, 8, 10).jmp(p + "newton");
        a.label(p + "root").li(8, 1).shl(8, 8, TransformerArithmetic.NORM_BITS).div(8, 8, 7);   // r8 = inv = 2^N / r
        a.mov(4, 14).li(3, Math.toIntExact(g));
        a.label(p + "i").ld(7, 4, 0).ldb(6, 3, 0).mul(7, 7, 6).mul(7, 7, 8);
        round(a, 7, 13, shift);
        a.st(7, 9, 0).addi(9, 9, 1).addi(3, 3, 1).addi(4, 4, 1).blt(4, 5, p + "i");
        a.addi(1, 1, 1).jmp(p + "t");
        a.label(p + "end");
    }

    /** z[i] = x[i] + y[i] for n words. */
    static void add(Assembler a, String p, int x, int y, int z, int n) {
        a.li(1, 0).li(2, n);
        a.label(p + "i").bge(1, 2, p + "end");
        a.ld(3, 1, x).ld(4, 1, y).add(3, 3, 4).st(3, 1, z).addi(1, 1, 1).jmp(p + "i");
        a.label(p + "end");
    }

    /**
     * Causal multi-head attention on q, k, v (t rows of width d, heads of width dh) into o: per head and row a,
     * z_b = rq(q_a·k_b, scoreShift) for b ≤ a into zRow, m = max z, e_b = EXP[min(m − z_b, 255)] into eRow,
     * S = Σ e, p_b = (e_b·2^P) / S into pRow, o = rq(Σ_b p_b·v_b, P). EXP is at word address exp.
     */
    static void attention(Assembler a, String p, int q, int k, int v, int o, int d, int heads, int t, int exp, int zRow, int eRow, int pRow) {
        int dh = d / heads;
        int scoreShift = TransformerArithmetic.scoreShift(dh), pBits = TransformerArithmetic.PROBABILITY_BITS;
        a.li(11, 0);                                                  // r11 = head offset h·dh
        a.label(p + "h").li(12, d).bge(11, 12, p + "end");
        a.li(1, 0);                                                   // r1 = a
        a.label(p + "a").li(12, t).bge(1, 12, p + "anext");
        a.li(14, d).mul(14, 1, 14).add(14, 14, 11);                   // r14 = a·d + h·dh (row a of this head)
        // scores and their maximum
        half(a, 13, scoreShift);
        a.li(2, 0).li(10, Long.valueOf(Long.MIN_VALUE >> 32).intValue()).shl(10, 10, 32);   // r2 = b, r10 = max = −2^63
        a.label(p + "b").blt(1, 2, p + "bend");
        a.li(15, d).mul(15, 2, 15).add(15, 15, 11);                   // r15 = b·d + h·dh
        a.li(6, 0).mov(4, 14).mov(3, 15).addi(5, 14, dh);
        a.label(p + "j").ld(7, 4, q).ld(8, 3, k).mac(6, 7, 8).addi(4, 4, 1).addi(3, 3, 1).blt(4, 5, p + "j");
        round(a, 6, 13, scoreShift);
        a.st(6, 2, zRow).max(10, 10, 6).addi(2, 2, 1).jmp(p + "b");
        a.label(p + "bend");
        // exponents and their sum
        a.li(2, 0).li(9, 0).li(12, 255);                              // r9 = S
        a.label(p + "e").blt(1, 2, p + "eend");
        a.ld(6, 2, zRow).sub(6, 10, 6).min(6, 6, 12).ld(6, 6, exp).st(6, 2, eRow).add(9, 9, 6).addi(2, 2, 1).jmp(p + "e");
        a.label(p + "eend");
        // probabilities
        a.li(2, 0);
        a.label(p + "p").blt(1, 2, p + "pend");
        a.ld(6, 2, eRow).shl(6, 6, pBits).div(6, 6, 9).st(6, 2, pRow).addi(2, 2, 1).jmp(p + "p");
        a.label(p + "pend");
        // o[a][h·dh + j] = rq(Σ_b p_b·v[b][h·dh + j], P)
        half(a, 13, pBits);
        a.li(3, 0);                                                   // r3 = j
        a.label(p + "oj").li(12, dh).bge(3, 12, p + "ojend");
        a.li(6, 0).li(2, 0).add(15, 11, 3);                           // acc, b, r15 = b·d + h·dh + j (b = 0)
        a.label(p + "ob").blt(1, 2, p + "obend");
        a.ld(7, 2, pRow).ld(8, 15, v).mac(6, 7, 8).addi(15, 15, d).addi(2, 2, 1).jmp(p + "ob");
        a.label(p + "obend");
        round(a, 6, 13, pBits);
        a.add(15, 14, 3).st(6, 15, o).addi(3, 3, 1).jmp(p + "oj");
        a.label(p + "ojend").addi(1, 1, 1).jmp(p + "a");
        a.label(p + "anext").addi(11, 11, dh).jmp(p + "h");
        a.label(p + "end");
    }
}
