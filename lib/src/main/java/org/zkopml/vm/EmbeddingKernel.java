package org.zkopml.vm;

import org.zkopml.model.Embedding;

/**
 * {@link Embedding} as VM code: x[t][i] = (E_tok[id_t][i] + E_pos[t][i]) &lt;&lt; (A − s), the two int8 tables packed
 * one byte per weight (token table, then position table) and read with LDB. The program is defined for ids in
 * 0..V−1 (the reference rejects others before anything runs).
 *
 * @param layer the layer
 */
public record EmbeddingKernel(Embedding layer) implements LayerKernel {
    @Override
    public String name() {
        return "embedding " + layer.vocabulary() + "×" + layer.width();
    }

    @Override
    public byte[] packed() {
        return TransformerKernel.concat(layer.tokens().view(), layer.positions().view());
    }

    @Override
    public long[] apply(long[] input) {
        return layer.embed(input);
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int d = layer.width(), t = layer.context(), in = at.in(), out = at.out();
        long tok = 32L * at.packedWord(), pos = tok + layer.tokens().parameters();
        a.li(1, 0).li(12, t).li(10, d);
        a.label(p + "t").bge(1, 12, p + "end");
        a.ld(2, 1, in).mul(3, 2, 10).addi(3, 3, Math.toIntExact(tok));       // r3 = &E_tok[id][0]
        a.mul(9, 1, 10).addi(4, 9, Math.toIntExact(pos)).li(5, 0);           // r9 = t·d, r4 = &E_pos[t][0]
        a.label(p + "i").bge(5, 10, p + "iend");
        a.ldb(6, 3, 0).ldb(7, 4, 0).add(6, 6, 7).shl(6, 6, layer.shift()).st(6, 9, out);
        a.addi(3, 3, 1).addi(4, 4, 1).addi(9, 9, 1).addi(5, 5, 1).jmp(p + "i");
        a.label(p + "iend").addi(1, 1, 1).jmp(p + "t");
        a.label(p + "end");
    }
}
