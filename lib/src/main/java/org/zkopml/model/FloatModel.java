package org.zkopml.model;

import java.util.List;

/**
 * A trained classifier in floating point (on standardised inputs): the model before quantization.
 * {@link #quantize} turns it into the {@link QuantizedModel} whose integer inference is the reference.
 */
public sealed interface FloatModel permits LinearClassifier, MultilayerPerceptron, TreeClassifier {
    /** Input width. */
    int inputWidth();

    /** Number of classes. */
    int classes();

    /** The class scores (logits for linear and MLP models, one-hot leaf for a tree). */
    double[] scores(double[] x);

    /** The predicted class: the first index of the largest score. */
    default int predict(double[] x) {
        double[] s = scores(x);
        int best = 0;
        for (int i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
        return best;
    }

    /** Number of parameters. */
    long parameters();

    /** Multiply–accumulates (comparisons for a tree) of one inference. */
    long macs();

    /**
     * The integer model at scale {@code 2^scaleBits} (see {@link Quantizer}).
     *
     * @throws IllegalArgumentException if the scale makes some layer need more than 63 bits
     */
    QuantizedModel quantize(String name, List<String> labels, int scaleBits);
}
