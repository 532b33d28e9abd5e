package org.zkopml.model;

/**
 * A layer with no parameters and no multiply–accumulates that takes a vector of any width: the rectifier,
 * the requantization shift and the final argmax. What they have in common is stated here once; each still
 * says how wide its output is and how large its values can be.
 */
public sealed interface ParameterFreeLayer extends Layer permits Relu, Requantize, Argmax {
    /** Any width: -1. */
    @Override
    default int inputWidth() {
        return -1;
    }

    /** None: 0. */
    @Override
    default long parameters() {
        return 0;
    }

    /** None: 0 (a comparison or a shift is not a multiply–accumulate). */
    @Override
    default long macs() {
        return 0;
    }
}
