package org.zkopml.vm;

import java.nio.ByteBuffer;
import org.zkopml.model.Int8Matrix;
import org.zkopml.model.TransformerArithmetic;
import org.zkopml.model.TransformerBlock;

/**
 * A {@link TransformerBlock} as VM code: RMSNorm, W_q, W_k, W_v, causal softmax attention, W_o, residual,
 * RMSNorm, W_1 with ReLU, W_2, residual ({@link TransformerCode}). Packed bytes: W_q, W_k, W_v, W_o, W_1, W_2,
 * g₁, g₂, one byte per weight. Data words: the exponent table (256 words). Scratch: u, q, k, v, o, y, mid (T·d
 * each), hidden (T·f), and one row each of scores, exponents and probabilities (T).
 *
 * @param layer the layer
 */
public record TransformerKernel(TransformerBlock layer) implements LayerKernel {
    @Override
    public String name() {
        return "transformer T=" + layer.context() + " d=" + layer.width();
    }

    /** The exponent table, 256 words. */
    @Override
    public long[] data() {
        return TransformerArithmetic.expTable();
    }

    /** u, q, k, v, o, y, mid (T·d each), hidden (T·f), and a row each of scores, exponents, probabilities (T). */
    @Override
    public int scratchWords() {
        int t = layer.context(), d = layer.width(), f = layer.mlp().hidden();
        return Math.toIntExact(7L * t * d + (long) t * f + 3L * t);
    }

    @Override
    public byte[] packed() {
        var att = layer.attention();
        return concat(att.query().view(), att.key().view(), att.value().view(), att.output().view(), layer.mlp().up().view(),
                layer.mlp().down().view(), ByteBuffer.wrap(layer.attentionNorm().gain()), ByteBuffer.wrap(layer.mlpNorm().gain()));
    }

    /** The buffers' bytes one after the other. */
    static byte[] concat(ByteBuffer... parts) {
        long n = 0;
        for (ByteBuffer b : parts) n += b.remaining();
        byte[] out = new byte[Math.toIntExact(n)];
        int at = 0;
        for (ByteBuffer b : parts) {
            int len = b.remaining();
            b.duplicate().get(out, at, len);
            at += len;
        }
        return out;
    }

    @Override
    public long[] apply(long[] input) {
        return layer.forward(input);
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int t = layer.context(), d = layer.width(), f = layer.mlp().hidden(), td = t * d;
        int in = at.in(), out = at.out();
        var att = layer.attention();
        long wq = 32L * at.packedWord(), wk = wq + (long) d * d, wv = wk + (long) d * d, wo = wv + (long) d * d;
        long w1 = wo + (long) d * d, w2 = w1 + (long) f * d, g1 = w2 + (long) d * f, g2 = g1 + d;
        int exp = at.data(), u = at.scratch(), q = u + td, k = q + td, v = k + td, o = v + td, y = o + td, mid = y + td, hid = mid + td;
        int zRow = hid + t * f, eRow = zRow + t, pRow = eRow + t;
        TransformerCode.rmsNorm(a, p + "n1.", in, d, g1, layer.attentionNorm().shift(), u, t);
        TransformerCode.matrixRows(a, p + "q.", wq, d, d, att.query().shift(), false, u, q, t);
        TransformerCode.matrixRows(a, p + "k.", wk, d, d, att.key().shift(), false, u, k, t);
        TransformerCode.matrixRows(a, p + "v.", wv, d, d, att.value().shift(), false, u, v, t);
        TransformerCode.attention(a, p + "att.", q, k, v, o, d, att.heads(), t, exp, zRow, eRow, pRow);
        TransformerCode.matrixRows(a, p + "o.", wo, d, d, att.output().shift(), false, o, y, t);
        TransformerCode.add(a, p + "r1.", in, y, mid, td);
        TransformerCode.rmsNorm(a, p + "n2.", mid, d, g2, layer.mlpNorm().shift(), u, t);
        Int8Matrix up = layer.mlp().up(), down = layer.mlp().down();
        TransformerCode.matrixRows(a, p + "up.", w1, f, d, up.shift(), true, u, hid, t);
        TransformerCode.matrixRows(a, p + "down.", w2, d, f, down.shift(), false, hid, y, t);
        TransformerCode.add(a, p + "r2.", mid, y, out, td);
    }
}
