package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference integer inference of a {@link QuantizedModel}: {@code long} arithmetic only, no
 * floating point, every operation exact. The rules, which the zk circuits and the opML VM reproduce:
 * <ul>
 *   <li>the input must have the model's width and every value {@code |x| <= 2^(inputBits-1) - 1};</li>
 *   <li>{@link Dense}: {@code y_j = b_j + Σ_i W[j][i]·x_i}, summed in order i = 0, 1, …;</li>
 *   <li>{@link Relu}: {@code max(0, x)};</li>
 *   <li>{@link Requantize}: {@code (x + 2^(s-1)) >> s}, arithmetic shift (round half up);</li>
 *   <li>{@link DecisionTree}: walk from node 0, left when {@code x[f] <= t};</li>
 *   <li>{@link Argmax}: the first index of the maximum.</li>
 * </ul>
 * Every output value is checked against the layer's static bound ({@link QuantizedModel#valueBounds()});
 * since the model was accepted only if every bound fits in 63 bits, a violation would be a bug and
 * raises {@link ArithmeticException} instead of wrapping.
 */
public final class IntegerInference {
    private IntegerInference() {}

    /** Runs the model on one input and returns every layer's output. */
    public static Trace run(QuantizedModel model, long[] input) {
        if (input.length != model.inputWidth()) {
            throw new IllegalArgumentException("input has width " + input.length + ", model " + model.name()
                    + " expects " + model.inputWidth());
        }
        long limit = model.inputMaxAbs();
        for (int i = 0; i < input.length; i++) {
            if (input[i] > limit || input[i] < -limit) {
                throw new IllegalArgumentException("input value " + input[i] + " at index " + i + " is outside ±" + limit
                        + " (" + model.inputBits() + "-bit inputs)");
            }
        }
        long[] bounds = model.valueBounds();
        List<long[]> outputs = new ArrayList<>(model.layers().size());
        long[] x = input;
        for (int k = 0; k < model.layers().size(); k++) {
            x = apply(model.layers().get(k), x);
            for (long v : x) {
                if (v > bounds[k] || v < -bounds[k]) {
                    throw new ArithmeticException("layer " + k + " produced " + v + ", outside its bound ±" + bounds[k]);
                }
            }
            outputs.add(x);
        }
        return new Trace(input, outputs);
    }

    /** The logits (the vector read by the final argmax) for one input. */
    public static long[] logits(QuantizedModel model, long[] input) {
        return run(model, input).logits();
    }

    /** Applies one layer to a vector (exact arithmetic; overflow throws). */
    public static long[] apply(Layer layer, long[] x) {
        if (layer instanceof Dense d) {
            long[] y = new long[d.outputs()];
            for (int j = 0; j < y.length; j++) {
                long acc = d.bias(j);
                for (int i = 0; i < x.length; i++) {
                    acc = Math.addExact(acc, Math.multiplyExact(d.weight(j, i), x[i]));
                }
                y[j] = acc;
            }
            return y;
        }
        if (layer instanceof Relu) {
            long[] y = new long[x.length];
            for (int i = 0; i < x.length; i++) y[i] = Math.max(0, x[i]);
            return y;
        }
        if (layer instanceof Requantize q) {
            long[] y = new long[x.length];
            for (int i = 0; i < x.length; i++) y[i] = q.apply(x[i]);
            return y;
        }
        if (layer instanceof DecisionTree t) {
            return t.nodes().get(t.leafIndex(x)).leaf();
        }
        if (layer instanceof Argmax) {
            return new long[] {Argmax.of(x)};
        }
        throw new IllegalStateException("unknown layer " + layer);
    }
}
