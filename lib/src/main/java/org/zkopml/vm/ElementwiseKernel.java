package org.zkopml.vm;

/**
 * A kernel that maps a vector to a vector of the same length, element by element, with no constant
 * data (ReLU, requantization): {@code y_i = f(x_i)}.
 */
public interface ElementwiseKernel extends Kernel {
    /** The vector length, input and output alike. */
    int length();

    @Override
    default int inputLength() {
        return length();
    }

    @Override
    default int outputLength() {
        return length();
    }
}
