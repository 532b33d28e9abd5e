package org.zkopml.vm;

import org.zkopml.model.Layer;

/**
 * A kernel that is the code of one model layer with a fixed shape (dense, tree, embedding, transformer block, LM
 * head): its input and output lengths are the layer's own, so the program and the
 * model cannot disagree on them. Element-wise kernels, whose layers take any width, say their length instead.
 */
public interface LayerKernel extends Kernel {
    /** The layer this kernel is the code of. */
    Layer layer();

    /** The layer's input width. */
    @Override
    default int inputLength() {
        return layer().inputWidth();
    }

    /** The layer's output width. */
    @Override
    default int outputLength() {
        return layer().outputWidth(inputLength());
    }
}
