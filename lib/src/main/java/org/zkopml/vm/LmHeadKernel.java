package org.zkopml.vm;

import java.nio.ByteBuffer;
import org.zkopml.model.LmHead;

/**
 * An {@link LmHead} as VM code: RMSNorm of the last position's row, then the unembedding (raw accumulators, no
 * requantization). Packed bytes: W_U, then the gains. Scratch: the normalised row (d words).
 *
 * @param layer the layer
 */
public record LmHeadKernel(LmHead layer) implements LayerKernel {
    @Override
    public String name() {
        return "lm head " + layer.width() + "→" + layer.vocabulary();
    }

    /** The normalised row, d words. */
    @Override
    public int scratchWords() {
        return layer.width();
    }

    @Override
    public byte[] packed() {
        return TransformerKernel.concat(layer.unembedding().view(), ByteBuffer.wrap(layer.norm().gain()));
    }

    @Override
    public long[] apply(long[] input) {
        return layer.logits(input);
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int d = layer.width();
        long w = 32L * at.packedWord(), g = w + layer.unembedding().parameters();
        TransformerCode.rmsNorm(a, p + "n.", at.in() + (layer.context() - 1) * d, d, g, layer.norm().shift(), at.scratch(), 1);
        TransformerCode.matrixRows(a, p + "u.", w, layer.vocabulary(), d, 0, false, at.scratch(), at.out(), 1);
    }
}
