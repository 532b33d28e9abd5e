package org.zkopml.sumcheck;

import org.zkopml.model.Argmax;
import org.zkopml.model.Embedding;
import org.zkopml.model.ExpectedLayer;
import org.zkopml.model.GptConfig;
import org.zkopml.model.Int8Matrix;
import org.zkopml.model.Layer;
import org.zkopml.model.LmHead;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.RmsNorm;
import org.zkopml.model.TransformerBlock;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the verifier of a {@link GptProof} knows about a transformer: its shape, every requantization shift, the
 * RMSNorm gains (in the clear, d values per norm, as {@link CommittedModel} publishes an MLP's biases), and each
 * weight matrix only as a {@link Hyrax} commitment. The matrices, in order ({@link #matrices}):
 * <ol>
 *   <li>the embedding table E, d × (V + T): token embeddings in columns 0..V−1, position embeddings in columns
 *       V..V+T−1 (so that the residual stream is one product, x = 2^σ·(two-hot prompt rows)·Eᵀ);</li>
 *   <li>per block: W_q, W_k, W_v (rows grouped by head: row (h, j) is output j of head h), W_o (columns grouped by
 *       head), W_1 (f × d) and W_2 (d × f);</li>
 *   <li>the unembedding W_U, V × d.</li>
 * </ol>
 * Each is padded to powers of two per dimension (heads and head widths separately) and committed as
 * {@link MatMul#commitWeights} commits: the one-time, per-model step.
 *
 * @param name           the model's name
 * @param config         V, T, d, h, f, L
 * @param embeddingShift σ = A − s: the embeddings' left shift to the activation scale
 * @param blocks         each block's shifts and gains
 * @param finalNorm      the LM head's RMSNorm gains
 * @param commitments    one per matrix, in the order above
 */
public record CommittedGpt(String name, GptConfig config, int embeddingShift, List<Block> blocks, RmsNorm finalNorm,
                           List<HyraxCommitment> commitments) {
    /** Copies the lists and checks their sizes. */
    public CommittedGpt {
        blocks = List.copyOf(blocks);
        commitments = List.copyOf(commitments);
        if (blocks.size() != config.layers()) throw new IllegalArgumentException(blocks.size() + " blocks for a model of " + config.layers());
        if (commitments.size() != 6 * config.layers() + 2) throw new IllegalArgumentException(commitments.size() + " commitments, expected " + (6 * config.layers() + 2));
    }

    /**
     * The public parameters of one transformer block.
     *
     * @param shifts        the scale exponents of W_q, W_k, W_v, W_o, W_1, W_2 (their requantization shifts)
     * @param attentionNorm RMSNorm₁'s gains
     * @param mlpNorm       RMSNorm₂'s gains
     */
    public record Block(List<Integer> shifts, RmsNorm attentionNorm, RmsNorm mlpNorm) {
        /** Copies. */
        public Block {
            shifts = List.copyOf(shifts);
            if (shifts.size() != 6) throw new IllegalArgumentException("a block has six weight matrices");
        }
    }

    /** The model's transformer layers, or IllegalArgumentException naming what does not fit. */
    record Layers(Embedding embedding, List<TransformerBlock> blocks, LmHead head) {}

    static Layers layersOf(QuantizedModel model) {
        List<Layer> layers = model.layers();
        if (layers.size() < 4) throw new IllegalArgumentException(model.name() + " is not a transformer (embedding, blocks, LM head, argmax)");
        Embedding e = layers.get(0).accept(only(Embedding.class, 0, "the embedding"));
        List<TransformerBlock> blocks = new ArrayList<>();
        for (int i = 1; i < layers.size() - 2; i++) blocks.add(layers.get(i).accept(only(TransformerBlock.class, i, "a transformer block")));
        LmHead head = layers.get(layers.size() - 2).accept(only(LmHead.class, layers.size() - 2, "the LM head"));
        layers.get(layers.size() - 1).accept(only(Argmax.class, layers.size() - 1, "the final argmax"));
        return new Layers(e, blocks, head);
    }

    /** The shape of a transformer model. */
    static GptConfig configOf(Layers l) {
        TransformerBlock b = l.blocks().get(0);
        return new GptConfig(l.embedding().vocabulary(), l.embedding().context(), l.embedding().width(), b.attention().heads(),
                b.mlp().hidden(), l.blocks().size());
    }

    /** Commits to every weight matrix of a transformer (embedding, blocks, LM head, argmax). */
    public static CommittedGpt commit(QuantizedModel model) {
        Layers l = layersOf(model);
        GptConfig c = configOf(l);
        List<Block> blocks = new ArrayList<>();
        for (TransformerBlock b : l.blocks()) {
            blocks.add(new Block(List.of(b.attention().query().shift(), b.attention().key().shift(), b.attention().value().shift(),
                    b.attention().output().shift(), b.mlp().up().shift(), b.mlp().down().shift()), b.attentionNorm(), b.mlpNorm()));
        }
        List<HyraxCommitment> commitments = new ArrayList<>();
        for (long[][] w : matrices(l, c)) commitments.add(MatMul.commitWeights(w));
        return new CommittedGpt(model.name(), c, l.embedding().shift(), blocks, l.head().norm(), commitments);
    }

    /** log₂ of the power of two ≥ n (0 for n = 1). */
    static int bits(int n) {
        return MatMul.log2Ceil(n);
    }

    /** The matrices' shapes, in commitment order. */
    static List<WeightMatrix> layout(GptConfig c) {
        int bD = bits(c.width()), bH = bits(c.heads()), bJ = bits(c.headWidth()), bF = bits(c.hidden());
        int bV = bits(c.vocabulary()), bE = bits(c.vocabulary() + c.context());
        List<WeightMatrix> m = new ArrayList<>();
        m.add(new WeightMatrix("embedding table", 0, List.of(bD), List.of(bE)));
        for (int b = 0; b < c.layers(); b++) {
            String p = "block " + (b + 1) + "/";
            m.add(new WeightMatrix(p + "W_q", m.size(), List.of(bH, bJ), List.of(bD)));
            m.add(new WeightMatrix(p + "W_k", m.size(), List.of(bH, bJ), List.of(bD)));
            m.add(new WeightMatrix(p + "W_v", m.size(), List.of(bH, bJ), List.of(bD)));
            m.add(new WeightMatrix(p + "W_o", m.size(), List.of(bD), List.of(bH, bJ)));
            m.add(new WeightMatrix(p + "W_1", m.size(), List.of(bF), List.of(bD)));
            m.add(new WeightMatrix(p + "W_2", m.size(), List.of(bD), List.of(bF)));
        }
        m.add(new WeightMatrix("W_U", m.size(), List.of(bV), List.of(bD)));
        return m;
    }

    /** The weight matrices, padded (rows = output index, columns = input index), in commitment order. */
    static List<long[][]> matrices(Layers l, GptConfig c) {
        int d = c.width(), h = c.heads(), dh = c.headWidth(), f = c.hidden(), v = c.vocabulary(), t = c.context();
        int pD = 1 << bits(d), pJ = 1 << bits(dh), pHJ = (1 << bits(h)) * pJ, pF = 1 << bits(f), pV = 1 << bits(v), pE = 1 << bits(v + t);
        List<long[][]> out = new ArrayList<>();
        long[][] e = new long[pD][pE];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < v; k++) e[i][k] = l.embedding().tokens().at(k, i);
            for (int p = 0; p < t; p++) e[i][v + p] = l.embedding().positions().at(p, i);
        }
        out.add(e);
        for (TransformerBlock b : l.blocks()) {
            for (Int8Matrix w : List.of(b.attention().query(), b.attention().key(), b.attention().value())) {
                long[][] m = new long[pHJ][pD];
                for (int head = 0; head < h; head++) for (int j = 0; j < dh; j++) for (int i = 0; i < d; i++) m[head * pJ + j][i] = w.at(head * dh + j, i);
                out.add(m);
            }
            long[][] o = new long[pD][pHJ];
            for (int i = 0; i < d; i++) for (int head = 0; head < h; head++) for (int j = 0; j < dh; j++) o[i][head * pJ + j] = b.attention().output().at(i, head * dh + j);
            out.add(o);
            out.add(padded(b.mlp().up(), pF, pD));
            out.add(padded(b.mlp().down(), pD, pF));
        }
        out.add(padded(l.head().unembedding(), pV, pD));
        return out;
    }

    private static long[][] padded(Int8Matrix w, int rows, int cols) {
        long[][] m = new long[rows][cols];
        for (int j = 0; j < w.rows(); j++) for (int i = 0; i < w.cols(); i++) m[j][i] = w.at(j, i);
        return m;
    }

    /** Binds the public model: name, shape, shifts, gains and every commitment. */
    void absorbInto(Coins coins) {
        coins.absorb("gpt/name", name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        GptConfig c = config;
        coins.absorb("gpt/shape", ByteBuffer.allocate(28).putInt(c.vocabulary()).putInt(c.context()).putInt(c.width()).putInt(c.heads())
                .putInt(c.hidden()).putInt(c.layers()).putInt(embeddingShift).array());
        for (Block b : blocks) {
            ByteBuffer s = ByteBuffer.allocate(24);
            for (int x : b.shifts()) s.putInt(x);
            coins.absorb("gpt/shifts", s.array());
            absorbNorm(coins, b.attentionNorm());
            absorbNorm(coins, b.mlpNorm());
        }
        absorbNorm(coins, finalNorm);
        for (HyraxCommitment w : commitments) for (org.zkopml.curve.G1 p : w.rows()) coins.absorb("gpt/W", p);
    }

    private static void absorbNorm(Coins coins, RmsNorm n) {
        coins.absorb("gpt/gain", n.gain());
        coins.absorb("gpt/gain-shift", n.shift());
    }

    /** Size of the weight commitments in bytes. */
    public long bytes() {
        return HyraxCommitment.bytes(commitments);
    }

    /** The layer at {@code index} as the kind this proof expects there, or a one-line rejection. */
    private static <T extends Layer> ExpectedLayer<T> only(Class<T> kind, int index, String what) {
        return new ExpectedLayer<>(kind, index, what, "the transformer proof", "embedding, transformer blocks, LM head, argmax");
    }
}
