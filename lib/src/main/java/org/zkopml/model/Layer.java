package org.zkopml.model;

/**
 * One step of a quantized model: a map from a vector of signed 64-bit integers to another.
 * The permitted layers are exactly the ones a zk circuit and the opML VM know how to reproduce.
 */
public sealed interface Layer permits Dense, ParameterFreeLayer, DecisionTree, Embedding, TransformerBlock, LmHead {
    /**
     * The bound a layer reports when its values are checked as they are computed instead of bounded in advance:
     * the transformer's layers, whose normalisations make the static bound of a deep residual stream far looser
     * than 63 bits while the values stay small. Their arithmetic is exact and throws on overflow.
     */
    long CHECKED_AT_RUN_TIME = Long.MAX_VALUE;

    /** Width of the input vector, or -1 when the layer takes any width (element-wise layers). */
    int inputWidth();

    /** Width of the output vector for an input of width {@code width}. */
    int outputWidth(int width);

    /**
     * The largest absolute output value this layer can produce when every input satisfies
     * {@code |x| <= inputMaxAbs}, or a negative number when that bound does not fit in 63 bits, or
     * {@link #CHECKED_AT_RUN_TIME}.
     */
    long outputMaxAbs(long inputMaxAbs);

    /** Number of scalar parameters (weights, biases, thresholds, leaf values). */
    long parameters();

    /** Multiply–accumulate operations (comparisons for a tree) of one inference. */
    long macs();

    /** The kind of layer; it prints as the short name used in model JSON and in error messages. */
    default LayerKind kind() {
        return LayerKind.of(this);
    }

    /**
     * Calls the visitor's method for this layer's kind: the one way to dispatch on a layer, so that
     * every consumer (inference, quantization, JSON, the VM compiler, the circuit compiler) is checked
     * for exhaustiveness at compile time.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of layer; adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        /** A dense (fully connected) layer: {@code y = W·x + b}. */
        R visitDense(Dense dense);

        /** The element-wise {@code max(x, 0)}. */
        R visitRelu(Relu relu);

        /** The element-wise shift-and-round back to the activation scale. */
        R visitRequantize(Requantize requantize);

        /** A decision tree: comparisons down to a leaf's scores. */
        R visitDecisionTree(DecisionTree tree);

        /** The index of the first largest value. */
        R visitArgmax(Argmax argmax);

        /** Token and position embeddings: token ids to the residual stream. */
        R visitEmbedding(Embedding embedding);

        /** One decoder block: RMSNorm, causal multi-head attention, RMSNorm, MLP, with residuals. */
        R visitTransformerBlock(TransformerBlock block);

        /** The final RMSNorm and unembedding of the last position: the next token's logits. */
        R visitLmHead(LmHead head);
    }
}
