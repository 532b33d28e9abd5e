package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.commit.MerkleTree;
import org.zkopml.hash.Keccak256;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.Word;

/**
 * The public statement of a dispute: which compiled model runs on which input. The referee derives
 * from it the agreed starting points (the initial VM state hash, the input tensor's root).
 *
 * @param model           the compiled model
 * @param input           the input words
 * @param modelCommitment the on-chain commitment of the model
 */
public record Task(LayeredProgram model, long[] input, byte[] modelCommitment) {
    public Task {
        input = input.clone();
        modelCommitment = modelCommitment.clone();
        if (input.length != model.whole().inputLength()) {
            throw new IllegalArgumentException(model.name() + " takes " + model.whole().inputLength() + " inputs, got " + input.length);
        }
    }

    /** A task whose model commitment is the Keccak-256 of the whole program's image. */
    public static Task of(LayeredProgram model, long[] input) {
        return new Task(model, input, imageHash(model.whole().image()));
    }

    @Override
    public long[] input() {
        return input.clone();
    }

    @Override
    public byte[] modelCommitment() {
        return modelCommitment.clone();
    }

    /** keccak256 of the words' 32-byte encodings. */
    public static byte[] imageHash(long[] words) {
        byte[] all = new byte[words.length * Word.BYTES];
        for (int i = 0; i < words.length; i++) System.arraycopy(Word.of(words[i]), 0, all, i * Word.BYTES, Word.BYTES);
        return Keccak256.hash(all);
    }

    /** Keccak-256 of the input words. */
    public byte[] inputHash() {
        return imageHash(input);
    }

    /** Hash of the VM's initial state for the whole program on this input. */
    public byte[] initialStateHash() {
        return model.whole().load(input).state().hash();
    }

    /** Number of layers L (positions 0..L of the layer phase). */
    public int layers() {
        return model.layers().size();
    }

    /** The commitment of a tensor: Merkle root over its words (padded with zero words to a power of two). */
    public static byte[] tensorRoot(long[] values) {
        List<org.zkopml.values.Bytes32> leaves = new ArrayList<>();
        for (long v : values) leaves.add(org.zkopml.values.Bytes32.of(Word.of(v)));
        if (leaves.isEmpty()) leaves.add(org.zkopml.values.Bytes32.ZERO);
        return MerkleTree.of(leaves).root().bytes();
    }
}
