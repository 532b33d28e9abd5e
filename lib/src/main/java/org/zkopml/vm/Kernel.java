package org.zkopml.vm;

/**
 * One layer as VM code: a function from an input vector to an output vector, given twice — natively
 * ({@link #apply(long[])}, the fast path the layer phase of a dispute uses) and as instructions
 * ({@link #emit}). Both must agree bit for bit. Kernels initialise every register they use, so their
 * code runs the same in a standalone layer program and inside a whole-model program.
 */
public interface Kernel {
    /** A short name, e.g. {@code dense 64→32}. */
    String name();

    /** Input length in words. */
    int inputLength();

    /** Output length in words. */
    int outputLength();

    /** Constant words (weights, biases) the code reads, placed at {@code dataAddress} by the linker. */
    long[] data();

    /** Native evaluation (integer arithmetic, the reference the code must reproduce). */
    long[] apply(long[] input);

    /**
     * Emits code that reads {@code inputLength()} words at {@code in}, writes {@code outputLength()} words
     * at {@code out}, reading its constants at {@code data}. Labels must be prefixed with {@code prefix}.
     */
    void emit(Assembler a, String prefix, int in, int out, int data);

    /** Multiply-accumulates per evaluation (the "size" used to normalise costs); 0 for element-wise layers. */
    default long macs() {
        return 0;
    }
}
