package org.zkopml.model;

import java.util.List;

/**
 * Multinomial logistic regression: logits {@code z = W·x + b}, probabilities {@code softmax(z)}.
 *
 * @param weights classes × features
 * @param bias    one per class
 */
public record LinearClassifier(double[][] weights, double[] bias) implements FloatModel {
    /** Validates the shape and copies. */
    public LinearClassifier {
        weights = Quantizer.copy(weights);
        bias = bias.clone();
        if (bias.length != weights.length) throw new IllegalArgumentException("one bias per class is required");
    }

    @Override
    public double[][] weights() {
        return Quantizer.copy(weights);
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    @Override
    public int inputWidth() {
        return weights[0].length;
    }

    @Override
    public int classes() {
        return weights.length;
    }

    @Override
    public double[] scores(double[] x) {
        return Quantizer.affine(weights, bias, x);
    }

    /** {@code softmax(W·x + b)}. */
    public double[] probabilities(double[] x) {
        return Quantizer.softmax(scores(x));
    }

    @Override
    public long parameters() {
        return (long) classes() * (inputWidth() + 1);
    }

    @Override
    public long macs() {
        return (long) classes() * inputWidth();
    }

    /** {@code Dense(round(W·2^s), round(b·2^2s)) → Requantize(s) → Argmax}: logits at scale {@code 2^s}. */
    @Override
    public QuantizedModel quantize(String name, List<String> labels, int scaleBits) {
        return Quantizer.build(name, labels, scaleBits, inputWidth(),
                List.of(Quantizer.dense(weights, bias, scaleBits), new Requantize(scaleBits), new Argmax()));
    }
}
