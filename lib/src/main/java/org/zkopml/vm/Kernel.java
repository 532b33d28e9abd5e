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

    /** Constant words (weights, biases) the code reads, placed by the linker at {@link Placement#data()}; none by default. */
    default long[] data() {
        return new long[0];
    }

    /** Native evaluation (integer arithmetic, the reference the code must reproduce). */
    long[] apply(long[] input);

    /**
     * Bytes packed 32 to a word (int8 weights), placed by the linker on a word of its own; empty for kernels that
     * read int64 words only. Not copied: callers must not modify it.
     */
    default byte[] packed() {
        return new byte[0];
    }

    /** Words of scratch memory the code uses between its input and its output (zero at the start, left dirty). */
    default int scratchWords() {
        return 0;
    }

    /**
     * Where the linker put a kernel's pieces: input, output, constant words, packed bytes (a word address; byte
     * address 32·packedWord, read with LDB) and scratch, all word addresses.
     */
    record Placement(int in, int out, int data, int packedWord, int scratch) {}

    /**
     * Emits code that reads {@code inputLength()} words at {@code at.in()}, writes {@code outputLength()} words at
     * {@code at.out()}, reading its constants at {@code at.data()} (and its packed bytes and scratch where the
     * linker put them). Labels must be prefixed with {@code prefix}.
     */
    void emit(Assembler a, String prefix, Placement at);
}
