package org.zkopml.vm;

import java.util.Arrays;
import java.util.List;

/**
 * A program: the initial memory image (code from address 0, then data) and where its input and output
 * live. Running it on an input writes the input words at {@code inputAddress}, starts at pc 0 with all
 * registers zero, and reads {@code outputLength} words at {@code outputAddress} after it halts.
 *
 * @param name          a label
 * @param image         initial words from address 0
 * @param inputAddress  first input word
 * @param inputLength   number of input words
 * @param outputAddress first output word
 * @param outputLength  number of output words
 */
public record Program(String name, long[] image, long inputAddress, int inputLength, long outputAddress, int outputLength) {
    public Program {
        if (image.length > Memory.WORDS) throw new IllegalArgumentException("program image larger than memory");
        if (inputLength < 0 || outputLength < 0) throw new IllegalArgumentException("negative input/output length");
        if (inputAddress < 0 || inputAddress + inputLength > Memory.WORDS) throw new IllegalArgumentException("input region out of memory");
        if (outputAddress < 0 || outputAddress + outputLength > Memory.WORDS) throw new IllegalArgumentException("output region out of memory");
        image = image.clone();
    }

    /** A program with no input or output regions. */
    public static Program of(String name, long[] image) {
        return new Program(name, image, 0, 0, 0, 0);
    }

    @Override
    public long[] image() {
        return image.clone();
    }

    /** The initial memory for {@code input} (which must have {@code inputLength} words). */
    public Memory memory(long[] input) {
        if (input.length != inputLength) throw new IllegalArgumentException("program " + name + " takes " + inputLength + " input words, got " + input.length);
        Memory m = Memory.of(image);
        for (int i = 0; i < input.length; i++) m.write(inputAddress + i, input[i]);
        return m;
    }

    /** The initial machine for {@code input}. */
    public Vm load(long[] input) {
        return new Vm(memory(input));
    }

    /** The code as text, one instruction per line, up to the first address that is not followed by code (for display). */
    public List<String> disassemble(int from, int count) {
        return Arrays.stream(Arrays.copyOfRange(image, Math.min(from, image.length), Math.min(from + count, image.length)))
                .mapToObj(w -> Instruction.decode(w).toString()).toList();
    }
}
