package org.zkopml.dispute;

import java.util.Arrays;
import java.util.Objects;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.MemoryTree;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.VmState;
import org.zkopml.vm.Word;

/**
 * The public statement of a dispute: which compiled model runs on which input. It is the referee's one
 * window onto the VM besides the {@link StepVerifier}: the agreed starting points, the shapes of the
 * programs, and the check of a final-state opening. Everything it returns is computed from public data as a
 * contract computes it: the model is known by its image roots (the whole program's and each layer program's,
 * {@link Program#imageRoot()}), the input by its root ({@link #tensorRoot}), and every initial state is
 * derived from the two ({@link VmState#initial}) — nobody asserts it.
 */
public final class Task {
    private final LayeredProgram model;
    private final long[] input;
    private final Bytes32 modelCommitment;
    private Bytes32 imageRoot;
    private Bytes32[] layerImageRoots;
    private Bytes32 inputRoot;

    /**
     * The task "model on input", named on-chain by {@code modelCommitment}.
     *
     * @param model           the compiled model (1 to {@value Bounds#MAX_LAYERS} layers, at most {@value Bounds#MAX_OUTPUT} output words)
     * @param input           the input words
     * @param modelCommitment the model's commitment (e.g. {@code QuantizedModel.commitment()})
     */
    public Task(LayeredProgram model, long[] input, Bytes32 modelCommitment) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelCommitment = Objects.requireNonNull(modelCommitment, "modelCommitment");
        this.input = input.clone();
        if (input.length != model.whole().inputLength()) {
            throw new IllegalArgumentException(model.name() + " takes " + model.whole().inputLength() + " inputs, got " + input.length);
        }
        if (model.layers().size() > Bounds.MAX_LAYERS) throw new IllegalArgumentException(model.name() + " has " + model.layers().size() + " layers, more than " + Bounds.MAX_LAYERS);
        if (model.whole().outputLength() < 1 || model.whole().outputLength() > Bounds.MAX_OUTPUT) {
            throw new IllegalArgumentException(model.name() + " has " + model.whole().outputLength() + " output words, not 1 to " + Bounds.MAX_OUTPUT);
        }
    }

    /** A task whose model commitment is the Keccak-256 of the whole program's image. */
    public static Task of(LayeredProgram model, long[] input) {
        return new Task(model, input, imageHash(model.whole()));
    }

    /**
     * keccak256 of a program's image: its int64 words' 32-byte encodings, then its packed chunks' bytes (each
     * zero-padded to whole words); for a program without packed bytes, {@link #imageHash(long[])} of its words.
     */
    public static Bytes32 imageHash(Program program) {
        org.zkopml.hash.Keccak256.Sink sink = org.zkopml.hash.Keccak256.sink();
        for (long w : program.image()) sink.write(Word.of(w), 0, Word.BYTES);
        for (byte[] chunk : program.packed()) {
            sink.write(chunk, 0, chunk.length);
            int pad = (int) ((Word.BYTES - chunk.length % Word.BYTES) % Word.BYTES);
            sink.write(new byte[pad], 0, pad);
        }
        return Bytes32.of(sink.digest());
    }

    /** The compiled model. */
    public LayeredProgram model() {
        return model;
    }

    /** The input words. */
    public long[] input() {
        return input.clone();
    }

    /** The model's commitment, as claims name it. */
    public Bytes32 modelCommitment() {
        return modelCommitment;
    }

    /** keccak256 of the words' 32-byte encodings. */
    public static Bytes32 imageHash(long[] words) {
        byte[] all = new byte[words.length * Word.BYTES];
        for (int i = 0; i < words.length; i++) System.arraycopy(Word.of(words[i]), 0, all, i * Word.BYTES, Word.BYTES);
        return Bytes32.of(org.zkopml.hash.Keccak256.hash(all));
    }

    /** The input's root: the root of the input region holding it ({@link #tensorRoot}), as claims and the contract name the input. */
    public synchronized Bytes32 inputRoot() {
        if (inputRoot == null) inputRoot = tensorRoot(input);
        return inputRoot;
    }

    /** The whole program's image root (its on-chain identity with the layer programs' roots). */
    public synchronized Bytes32 imageRoot() {
        if (imageRoot == null) imageRoot = model.whole().imageRoot();
        return imageRoot;
    }

    /** The image root of layer ℓ's program. */
    public synchronized Bytes32 layerImageRoot(int layer) {
        if (layerImageRoots == null) layerImageRoots = new Bytes32[layers()];
        if (layerImageRoots[layer] == null) layerImageRoots[layer] = model.layers().get(layer).imageRoot();
        return layerImageRoots[layer];
    }

    /** Hash of the VM's initial state for the whole program on this input: derived from the image root and the input root. */
    public Bytes32 initialStateHash() {
        return VmState.initial(imageRoot(), inputRoot()).hash();
    }

    /** Number of layers L (positions 0..L of the layer phase carry tensor roots). */
    public int layers() {
        return model.layers().size();
    }

    /** Number of output words of the whole program. */
    public int outputLength() {
        return model.whole().outputLength();
    }

    /** Number of input words of layer ℓ's program. */
    public int layerInputLength(int layer) {
        return model.layers().get(layer).inputLength();
    }

    /** Number of output words of layer ℓ's program. */
    public int layerOutputLength(int layer) {
        return model.layers().get(layer).outputLength();
    }

    /**
     * Hash of the initial state of layer ℓ's program on the input whose root is {@code inputRoot} (the agreed
     * commitment at the lower end of the layer phase's last interval): the layer's input is never opened.
     */
    public Bytes32 layerInitialStateHash(int layer, Bytes32 inputRoot) {
        return VmState.initial(layerImageRoot(layer), inputRoot).hash();
    }

    /** Whether {@code opening} proves that the whole program halts after {@code steps} steps in state {@code stateHash} with {@code output}. */
    public Verdict<Void> checkFinalState(OutputOpening opening, Bytes32 stateHash, long steps, long[] output) {
        return opening.check(stateHash, steps, model.whole().outputAddress(), output);
    }

    /** The same check for layer ℓ's program. */
    public Verdict<Void> checkLayerFinalState(int layer, OutputOpening opening, Bytes32 stateHash, long steps, long[] output) {
        Program p = model.layers().get(layer);
        return opening.check(stateHash, steps, p.outputAddress(), output);
    }

    /** The VM's one-step verifier, {@link OneStep#verify}, as the referee's {@link StepVerifier}. */
    public static StepVerifier stepVerifier() {
        return OneStep::verify;
    }

    /**
     * The commitment of a tensor: the root of a memory region holding its words ({@link MemoryTree#regionRoot}).
     * A layer's input tensor's commitment is therefore the input root of the layer's program, and the task's
     * input root is position 0 of the layer phase.
     */
    public static Bytes32 tensorRoot(long[] values) {
        return MemoryTree.regionRoot(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && model.equals(t.model) && Arrays.equals(input, t.input) && modelCommitment.equals(t.modelCommitment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, Arrays.hashCode(input), modelCommitment);
    }

    @Override
    public String toString() {
        return "Task[" + model.name() + " on " + input.length + " input words, model " + modelCommitment.shortHex() + "]";
    }
}
