package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A feed-forward network {@code z = W_L·relu(… relu(W_1·x + b_1) …) + b_L}: dense layers with a ReLU
 * between consecutive ones and logits at the end.
 *
 * @param weights per layer, outputs × inputs
 * @param biases  per layer, one per output
 */
public record MultilayerPerceptron(List<double[][]> weights, List<double[]> biases) implements FloatModel {
    /** Validates the chain of shapes and copies. */
    public MultilayerPerceptron {
        if (weights.isEmpty() || weights.size() != biases.size()) throw new IllegalArgumentException("one bias vector per layer is required");
        List<double[][]> w = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            w.add(Quantizer.copy(weights.get(l)));
            b.add(biases.get(l).clone());
            if (biases.get(l).length != weights.get(l).length) throw new IllegalArgumentException("layer " + l + ": bias width differs from outputs");
            if (l > 0 && weights.get(l)[0].length != weights.get(l - 1).length) {
                throw new IllegalArgumentException("layer " + l + " takes " + weights.get(l)[0].length + " inputs, previous layer gives " + weights.get(l - 1).length);
            }
        }
        weights = List.copyOf(w);
        biases = List.copyOf(b);
    }

    @Override
    public List<double[][]> weights() {
        List<double[][]> w = new ArrayList<>();
        for (double[][] m : weights) w.add(Quantizer.copy(m));
        return w;
    }

    @Override
    public List<double[]> biases() {
        List<double[]> b = new ArrayList<>();
        for (double[] v : biases) b.add(v.clone());
        return b;
    }

    /** The widths: input, then every layer's output. */
    public int[] widths() {
        int[] widths = new int[weights.size() + 1];
        widths[0] = inputWidth();
        for (int l = 0; l < weights.size(); l++) widths[l + 1] = weights.get(l).length;
        return widths;
    }

    @Override
    public int inputWidth() {
        return weights.get(0)[0].length;
    }

    @Override
    public int classes() {
        return weights.get(weights.size() - 1).length;
    }

    @Override
    public double[] scores(double[] x) {
        double[] h = x;
        for (int l = 0; l < weights.size(); l++) {
            h = Quantizer.affine(weights.get(l), biases.get(l), h);
            if (l < weights.size() - 1) for (int i = 0; i < h.length; i++) h[i] = Math.max(0, h[i]);
        }
        return h;
    }

    @Override
    public long parameters() {
        long p = 0;
        for (double[][] w : weights) p += (long) w.length * (w[0].length + 1);
        return p;
    }

    @Override
    public long macs() {
        long m = 0;
        for (double[][] w : weights) m += (long) w.length * w[0].length;
        return m;
    }

    /** Per layer {@code Dense → Requantize(s)}, with {@code Relu} between layers, then {@code Argmax}. */
    @Override
    public QuantizedModel quantize(String name, List<String> labels, int scaleBits) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            layers.add(Quantizer.dense(weights.get(l), biases.get(l), scaleBits));
            layers.add(new Requantize(scaleBits));
            if (l < weights.size() - 1) layers.add(new Relu());
        }
        layers.add(new Argmax());
        return Quantizer.build(name, labels, scaleBits, inputWidth(), layers);
    }
}
