package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoder-only transformer in floating point, the model before quantization: the same architecture as the
 * integer layers ({@link Embedding}, {@link TransformerBlock}, {@link LmHead}) computed in doubles, with
 * RMSNorm's ε = 2^−2A and scores divided by 2^c (see {@link TransformerArithmetic}). Trained by
 * {@link GptTrainer}; {@link #quantize} gives the integer model whose inference is the reference.
 */
public final class FloatTransformer {
    private final GptConfig config;
    private final double[] params;
    private final GptLayout layout;

    /** A model of this shape with these parameters (in {@link GptLayout} order; copied). */
    public FloatTransformer(GptConfig config, double[] params) {
        this.config = config;
        this.layout = new GptLayout(config);
        if (params.length != layout.size) {
            throw new IllegalArgumentException("a GPT of shape " + config + " has " + layout.size + " parameters, got " + params.length);
        }
        this.params = params.clone();
    }

    /** The shape. */
    public GptConfig config() {
        return config;
    }

    /** The parameters in layout order (a copy). */
    public double[] parameters() {
        return params.clone();
    }

    /** Number of parameters. */
    public long parameterCount() {
        return config.parameters();
    }

    /** The next token's logits after the T ids. */
    public double[] logits(int[] ids) {
        checkIds(ids);
        return GptGradient.forward(params, layout, ids).logits.clone();
    }

    /** The next token: the first index of the largest logit. */
    public int predict(int[] ids) {
        double[] z = logits(ids);
        int best = 0;
        for (int i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
        return best;
    }

    private void checkIds(int[] ids) {
        if (ids.length != config.context()) throw new IllegalArgumentException("the model takes " + config.context() + " tokens, got " + ids.length);
        for (int id : ids) if (id < 0 || id >= config.vocabulary()) throw new IllegalArgumentException("token id " + id + " outside the vocabulary");
    }

    /**
     * The integer model: every weight matrix int8 at its best power-of-two scale (at most 2^14), the embeddings at a
     * common scale of at most 2^A, the gains at most 2^6; layers Embedding, L × TransformerBlock, LmHead, Argmax.
     */
    public QuantizedModel quantize(String name, List<String> labels) {
        GptConfig c = config;
        int d = c.width(), f = c.hidden(), t = c.context(), v = c.vocabulary();
        double[][] tok = GptLayout.matrix(params, layout.tok, v, d);
        double[][] pos = GptLayout.matrix(params, layout.pos, t, d);
        double max = 0;
        for (double[][] m : new double[][][] {tok, pos}) for (double[] r : m) for (double x : r) max = Math.max(max, Math.abs(x));
        int embShift = Int8Matrix.shiftFor(max, TransformerArithmetic.ACTIVATION_BITS);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Embedding(Int8Matrix.quantizeAt(tok, embShift), Int8Matrix.quantizeAt(pos, embShift)));
        for (int l = 0; l < c.layers(); l++) {
            Attention att = new Attention(c.heads(), weights(layout.wq[l], d, d), weights(layout.wk[l], d, d),
                    weights(layout.wv[l], d, d), weights(layout.wo[l], d, d));
            FeedForward mlp = new FeedForward(weights(layout.w1[l], f, d), weights(layout.w2[l], d, f));
            layers.add(new TransformerBlock(t, RmsNorm.quantize(GptLayout.vector(params, layout.g1[l], d)), att,
                    RmsNorm.quantize(GptLayout.vector(params, layout.g2[l], d)), mlp));
        }
        layers.add(new LmHead(t, RmsNorm.quantize(GptLayout.vector(params, layout.gf, d)), weights(layout.lm, v, d)));
        layers.add(new Argmax());
        return new QuantizedModel(name, labels, TransformerArithmetic.ACTIVATION_BITS, t, QuantizedModel.bitsFor(v - 1), layers);
    }

    private Int8Matrix weights(int off, int rows, int cols) {
        return Int8Matrix.quantize(GptLayout.matrix(params, off, rows, cols), 14);
    }
}
