package org.zkopml.model;

/**
 * One step of a quantized model: a map from a vector of signed 64-bit integers to another.
 * The permitted layers are exactly the ones a zk circuit and the opML VM know how to reproduce.
 */
public sealed interface Layer permits Dense, Relu, Requantize, DecisionTree, Argmax {
    /** Width of the input vector, or -1 when the layer takes any width (element-wise layers). */
    int inputWidth();

    /** Width of the output vector for an input of width {@code width}. */
    int outputWidth(int width);

    /**
     * The largest absolute output value this layer can produce when every input satisfies
     * {@code |x| <= inputMaxAbs}, or a negative number when that bound does not fit in 63 bits.
     */
    long outputMaxAbs(long inputMaxAbs);

    /** Number of scalar parameters (weights, biases, thresholds, leaf values). */
    long parameters();

    /** Multiply–accumulate operations (comparisons for a tree) of one inference. */
    long macs();

    /** Short name used in JSON and in the canonical encoding. */
    String kind();
}
