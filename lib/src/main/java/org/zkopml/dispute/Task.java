package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zkopml.commit.MerkleTree;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Word;

/**
 * The public statement of a dispute: which compiled model runs on which input. It is the referee's one
 * window onto the VM besides the {@link StepVerifier}: the agreed starting points (the initial state
 * hash, the input tensor's root, a layer program's initial state from an opened input), the shapes of
 * the programs, and the check of a final-state opening. Everything it returns is computed from public
 * data, as a contract would compute it from the model it stores.
 *
 * @param model           the compiled model
 * @param input           the input words
 * @param modelCommitment the on-chain commitment of the model
 */
public record Task(LayeredProgram model, long[] input, Bytes32 modelCommitment) {
    public Task {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelCommitment, "modelCommitment");
        input = input.clone();
        if (input.length != model.whole().inputLength()) {
            throw new IllegalArgumentException(model.name() + " takes " + model.whole().inputLength() + " inputs, got " + input.length);
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

    @Override
    public long[] input() {
        return input.clone();
    }

    /** keccak256 of the words' 32-byte encodings. */
    public static Bytes32 imageHash(long[] words) {
        byte[] all = new byte[words.length * Word.BYTES];
        for (int i = 0; i < words.length; i++) System.arraycopy(Word.of(words[i]), 0, all, i * Word.BYTES, Word.BYTES);
        return Bytes32.of(Keccak256.hash(all));
    }

    /** Keccak-256 of the input words. */
    public Bytes32 inputHash() {
        return imageHash(input);
    }

    /** Hash of the VM's initial state for the whole program on this input. */
    public Bytes32 initialStateHash() {
        return model.whole().load(input).state().hash();
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

    /** Hash of the initial state of layer ℓ's program on {@code input} (which must have {@link #layerInputLength} words). */
    public Bytes32 layerInitialStateHash(int layer, long[] input) {
        return model.layers().get(layer).load(input).state().hash();
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

    /** The commitment of a tensor: Merkle root over its words (padded with zero words to a power of two). */
    public static Bytes32 tensorRoot(long[] values) {
        List<Bytes32> leaves = new ArrayList<>();
        for (long v : values) leaves.add(Bytes32.of(Word.of(v)));
        if (leaves.isEmpty()) leaves.add(Bytes32.ZERO);
        return MerkleTree.of(leaves).root();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && model.equals(t.model) && Arrays.equals(input, t.input) && modelCommitment.equals(t.modelCommitment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, Arrays.hashCode(input), modelCommitment);
    }
}
