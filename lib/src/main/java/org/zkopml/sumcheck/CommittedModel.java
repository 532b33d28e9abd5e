package org.zkopml.sumcheck;

import org.zkopml.model.Argmax;
import org.zkopml.model.Dense;
import org.zkopml.model.ExpectedLayer;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Relu;
import org.zkopml.model.Requantize;
import org.zkopml.transcript.Transcript;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the verifier of a {@link ModelProof} knows about the model: its shape, biases and shifts in the
 * clear, and each dense layer's weights only as a {@link Hyrax} commitment (to Wᵀ, padded to
 * 2^ν × 2^ν, committed by columns as in {@link MatMul}). Made once per model by {@link #commit}.
 *
 * <p>The model must be a chain of blocks {@code Dense, Requantize(8·k), [Relu]}, ending in {@code Argmax}
 * (every MLP and linear recipe of the kit); the last block has no ReLU: the proof
 * publishes the last block's requantized output (the logits), and ReLU'd hidden values are what the
 * lookup range-checks (a hidden block without ReLU would need signed ranges, which this proof does not do).
 *
 * @param name        the model's name
 * @param nu          ν: every vector (input, accumulators, activations) is padded to 2^ν entries
 * @param inputWidth  the model's input width
 * @param weights     one commitment per dense layer, in order
 * @param biases      the biases b_ℓ, in order
 * @param shifts      the requantization shift s_ℓ (a multiple of 8) of each block
 * @param outputWidth the width of the logits
 */
public record CommittedModel(String name, int nu, int inputWidth, List<HyraxCommitment> weights, List<long[]> biases,
                             List<Integer> shifts, int outputWidth) {
    /** Copies the lists. */
    public CommittedModel {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        shifts = List.copyOf(shifts);
    }

    /** Number of dense blocks L. */
    public int blocks() {
        return weights.size();
    }

    /** One block: a dense layer and the shift of the requantization after it. */
    record Block(Dense dense, int shift) {}

    /** The blocks of a supported model, or IllegalArgumentException naming the layer that does not fit. */
    static List<Block> blocksOf(QuantizedModel model) {
        List<Layer> layers = model.layers();
        List<Block> dense = new ArrayList<>();
        int i = 0;
        while (i < layers.size() - 1) {
            Dense d = layers.get(i).accept(only(Dense.class, i, "a dense layer"));
            Requantize q = i + 1 < layers.size() ? layers.get(i + 1).accept(only(Requantize.class, i + 1, "a requantize layer")) : null;
            if (q == null || q.shift() == 0 || q.shift() % 8 != 0) {
                throw new IllegalArgumentException("layer " + (i + 1) + ": the sumcheck proof needs a requantize shift that is a positive multiple of 8");
            }
            dense.add(new Block(d, q.shift()));
            i += 2;
            boolean last = i == layers.size() - 1;
            if (!last) {
                layers.get(i).accept(only(Relu.class, i, "a ReLU after a hidden block"));
                i++;
            }
        }
        if (i != layers.size() - 1) throw new IllegalArgumentException("the model does not end in argmax");
        layers.get(i).accept(only(Argmax.class, i, "the final argmax"));
        return dense;
    }

    /** ν for a model: the largest ⌈log₂ width⌉ over its input and every dense layer's output. */
    static int nuOf(QuantizedModel model, List<Block> blocks) {
        int nu = Math.max(1, MatMul.log2Ceil(model.inputWidth()));
        for (Block b : blocks) nu = Math.max(nu, MatMul.log2Ceil(b.dense().outputs()));
        return nu;
    }

    /** Commits to every weight matrix of a supported model (the one-time, per-model step). */
    public static CommittedModel commit(QuantizedModel model) {
        List<Block> blocks = blocksOf(model);
        int nu = nuOf(model, blocks);
        List<HyraxCommitment> w = new ArrayList<>();
        List<long[]> b = new ArrayList<>();
        List<Integer> shifts = new ArrayList<>();
        for (Block block : blocks) {
            w.add(Hyrax.commit(paddedTransposed(block.dense().weights(), nu), nu));
            b.add(block.dense().bias());
            shifts.add(block.shift());
        }
        return new CommittedModel(model.name(), nu, model.inputWidth(), w, b, shifts, blocks.get(blocks.size() - 1).dense().outputs());
    }

    /** Wᵀ as a 2^ν × 2^ν table: entry k·2^ν + i = W[i][k]. */
    static long[] paddedTransposed(long[][] w, int nu) {
        long[] t = new long[1 << (2 * nu)];
        for (int i = 0; i < w.length; i++) for (int k = 0; k < w[i].length; k++) t[(k << nu) + i] = w[i][k];
        return t;
    }

    /** Absorbs the public model into a transcript: shape, commitments, biases, shifts. */
    void absorbInto(Transcript t) {
        t.absorb("model/name", name);
        t.absorb("model/shape", ByteBuffer.allocate(12).putInt(nu).putInt(inputWidth).putInt(outputWidth).array());
        for (int l = 0; l < blocks(); l++) {
            weights.get(l).absorbInto(t, "model/W");
            t.absorb("model/b", longs(biases.get(l)));
            t.absorb("model/s", ByteBuffer.allocate(4).putInt(shifts.get(l)).array());
        }
    }

    static byte[] longs(long[] xs) {
        ByteBuffer b = ByteBuffer.allocate(8 * xs.length);
        for (long x : xs) b.putLong(x);
        return b.array();
    }

    /** Size of the weight commitments in bytes. */
    public long bytes() {
        return HyraxCommitment.bytes(weights);
    }

    /** The layer at {@code index} as the kind this proof expects there, or a one-line rejection. */
    private static <T extends Layer> ExpectedLayer<T> only(Class<T> kind, int index, String what) {
        return new ExpectedLayer<>(kind, index, what, "the sumcheck proof", "supported: Dense, Requantize, [Relu], …, Argmax");
    }
}
