package org.zkopml.vm;

import java.util.Arrays;
import java.util.List;

/**
 * A program: the initial memory image (code from address 0, then data, in the lower half of memory)
 * and where its input and output live. Running it on an input writes the input words at the start of
 * the input region ({@link Memory#INPUT_BASE}), starts at pc 0 with all registers zero, and reads
 * {@code outputLength} words at {@code outputAddress} after it halts. Its initial state is therefore
 * {@link VmState#initial}{@code (imageRoot(), MemoryTree.regionRoot(input))}: derived from the
 * program's image root and the input, as a contract derives it.
 *
 * @param name          a label
 * @param image         initial int64 words from address 0
 * @param packed        chunks of bytes packed 32 to a word (int8 weights), placed one after the other from the end of
 *                      the image on; image and chunks fit in the lower half of memory (2^26 words)
 * @param inputAddress  first input word: {@link Memory#INPUT_BASE} (any value when the program takes no input)
 * @param inputLength   number of input words
 * @param outputAddress first output word
 * @param outputLength  number of output words
 */
public record Program(String name, long[] image, List<byte[]> packed, long inputAddress, int inputLength, long outputAddress,
                      int outputLength) {
    /** A program whose image holds int64 words only. */
    public Program(String name, long[] image, long inputAddress, int inputLength, long outputAddress, int outputLength) {
        this(name, image, List.of(), inputAddress, inputLength, outputAddress, outputLength);
    }

    public Program {
        packed = List.copyOf(packed);   // the chunks themselves are shared, not copied: weights can be a gigabyte
        if (image.length + packedWords(packed) > Memory.INPUT_BASE) throw new IllegalArgumentException("program image of " + image.length + " words: it must fit in the lower half of memory (2^26 words)");
        if (inputLength < 0 || outputLength < 0) throw new IllegalArgumentException("negative input/output length");
        if (inputLength > 0 && inputAddress != Memory.INPUT_BASE) throw new IllegalArgumentException("a program's input lies at the input region, " + Memory.INPUT_BASE + ", not " + inputAddress);
        if (inputLength > Memory.INPUT_BASE) throw new IllegalArgumentException("input of " + inputLength + " words: larger than the input region");
        if (outputAddress < 0 || outputAddress + outputLength > Memory.WORDS) throw new IllegalArgumentException("output region out of memory");
        image = image.clone();
    }

    /** A program with no input or output regions. */
    public static Program of(String name, long[] image) {
        return new Program(name, image, Memory.INPUT_BASE, 0, 0, 0);
    }

    /** Words the packed chunks take, each chunk starting on a word: Σ ⌈length / 32⌉. */
    public static long packedWords(List<byte[]> chunks) {
        long n = 0;
        for (byte[] c : chunks) n += (c.length + 31L) / 32;
        return n;
    }

    /** The word address of packed chunk k: after the image and the chunks before it. */
    public long packedAt(int k) {
        return image.length + packedWords(packed.subList(0, k));
    }

    /** Words of the image region in use: the int64 words and the packed chunks. */
    public long imageWords() {
        return image.length + packedWords(packed);
    }

    /** The root of the image's region, the lower half of memory (the model's on-chain identity: {@link MemoryTree#regionRoot}). */
    public org.zkopml.values.Bytes32 imageRoot() {
        if (packed.isEmpty()) return MemoryTree.regionRoot(image);
        return memory(new long[inputLength]).imageRoot();
    }

    /** The initial state for {@code input}, from the image root and the input root alone ({@link VmState#initial}). */
    public VmState initialState(long[] input) {
        checkInput(input);
        return VmState.initial(imageRoot(), MemoryTree.regionRoot(input));
    }

    @Override
    public long[] image() {
        return image.clone();
    }

    /** The initial memory for {@code input} (which must have {@code inputLength} words). */
    public Memory memory(long[] input) {
        checkInput(input);
        Memory m = Memory.of(image);
        for (int k = 0; k < packed.size(); k++) m.writePacked(packedAt(k), packed.get(k));
        for (int i = 0; i < input.length; i++) m.write(inputAddress + i, input[i]);
        return m;
    }

    private void checkInput(long[] input) {
        if (input.length != inputLength) throw new IllegalArgumentException("program " + name + " takes " + inputLength + " input words, got " + input.length);
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
