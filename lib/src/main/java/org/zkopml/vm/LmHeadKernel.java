package org.zkopml.vm;

import java.nio.ByteBuffer;
import org.zkopml.model.LmHead;

/**
 * An {@link LmHead} as VM code: RMSNorm of the last position's row, then the unembedding (raw accumulators, no
 * requantization). Packed bytes: W_U, then the gains. Scratch: the normalised row (d words).
 *
 * @param head the layer
 */
public record LmHeadKernel(LmHead head) implements Kernel {
    @Override
    public String name() {
        return "lm head " + head.width() + "→" + head.vocabulary();
    }

    @Override
    public int inputLength() {
        return head.context() * head.width();
    }

    @Override
    public int outputLength() {
        return head.vocabulary();
    }

    @Override
    public long macs() {
        return head.macs();
    }


    /** The normalised row, d words. */
    @Override
    public int scratchWords() {
        return head.width();
    }

    @Override
    public byte[] packed() {
        return TransformerKernel.concat(head.unembedding().view(), ByteBuffer.wrap(head.norm().gain()));
    }

    @Override
    public long[] apply(long[] input) {
        return head.logits(input);
    }


    @Override
    public void emit(Assembler a, String p, Placement at) {
        int d = head.width();
        long w = 32L * at.packedWord(), g = w + head.unembedding().parameters();
        TransformerCode.rmsNorm(a, p + "n.", at.in() + (head.context() - 1) * d, d, g, head.norm().shift(), at.scratch(), 1);
        TransformerCode.matrixRows(a, p + "u.", w, head.vocabulary(), d, 0, false, at.scratch(), at.out(), 1);
    }
}
