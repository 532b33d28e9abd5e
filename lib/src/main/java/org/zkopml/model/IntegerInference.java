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
 *   <li>{@link Argmax}: the first index of the maximum;</li>
 *   <li>{@link Embedding}, {@link TransformerBlock}, {@link LmHead}: the transformer's rules in
 *       {@link TransformerArithmetic} (exact; checked at run time, not bounded in advance).</li>
 * </ul>
 * Every output value is checked against the layer's static bound ({@link QuantizedModel#valueBounds()});
 * since the model was accepted only if every bound fits in 63 bits, a violation would be a bug and
 * raises {@link ArithmeticException} instead of wrapping.
 */
public final class IntegerInference {
    private IntegerInference() {}

    /** Runs the model on one input and returns every layer's output. */
    public static Trace run(QuantizedModel model, long[] input) {
        checkInput(model, input);
        List<long[]> outputs = new ArrayList<>(model.layers().size());
        long[] x = input;
        for (int k = 0; k < model.layers().size(); k++) {
            x = step(model, k, x);
            outputs.add(x);
        }
        return new Trace(input, outputs);
    }

    /** The logits (the vector read by the final argmax) for one input, without recording a trace. */
    public static long[] logits(QuantizedModel model, long[] input) {
        checkInput(model, input);
        long[] x = input;
        for (int k = 0; k < model.layers().size() - 1; k++) x = step(model, k, x);
        return x == input ? input.clone() : x;
    }

    /** The predicted class for one input, without recording a trace. */
    public static int predict(QuantizedModel model, long[] input) {
        return Argmax.of(logits(model, input));
    }

    private static void checkInput(QuantizedModel model, long[] input) {
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
    }

    /** Layer k on x, with every output checked against the layer's static bound. */
    private static long[] step(QuantizedModel model, int k, long[] x) {
        long[] y = apply(model.layers().get(k), x);
        long bound = model.bound(k);
        for (long v : y) {
            if (v > bound || v < -bound) {
                throw new ArithmeticException("layer " + k + " produced " + v + ", outside its bound ±" + bound);
            }
        }
        return y;
    }

    /** Applies one layer to a vector (exact arithmetic; overflow throws). */
    public static long[] apply(Layer layer, long[] x) {
        return layer.accept(new Layer.Visitor<long[]>() {
            @Override
            public long[] visitDense(Dense d) {
                if (x.length != d.inputWidth()) {
                    throw new IllegalArgumentException("dense layer takes width " + d.inputWidth() + ", got " + x.length);
                }
                long[] y = new long[d.outputs()];
                for (int j = 0; j < y.length; j++) y[j] = d.accumulate(j, x);
                return y;
            }

            @Override
            public long[] visitRelu(Relu relu) {
                long[] y = new long[x.length];
                for (int i = 0; i < x.length; i++) y[i] = Math.max(0, x[i]);
                return y;
            }

            @Override
            public long[] visitRequantize(Requantize q) {
                long[] y = new long[x.length];
                for (int i = 0; i < x.length; i++) y[i] = q.apply(x[i]);
                return y;
            }

            @Override
            public long[] visitDecisionTree(DecisionTree t) {
                return t.nodes().get(t.leafIndex(x)).leaf();
            }

            @Override
            public long[] visitArgmax(Argmax argmax) {
                return new long[] {Argmax.of(x)};
            }

            @Override
            public long[] visitEmbedding(Embedding e) {
                return e.embed(x);
            }

            @Override
            public long[] visitTransformerBlock(TransformerBlock b) {
                return b.forward(x);
            }

            @Override
            public long[] visitLmHead(LmHead h) {
                return h.logits(x);
            }
        });
    }
}
