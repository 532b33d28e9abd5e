package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic MLPs as quantized models, for measuring how the proofs and the VM scale with the number of
 * parameters: dense layers with weights uniform in [−127, 127] and biases in [−2^12, 2^12), a requantization by
 * 8 bits after each, ReLU between layers, argmax at the end — the shape of {@code digits-mlp} (the distribution of {@code vm.SyntheticModels}, here as a
 * {@link QuantizedModel} that the circuits, the sumcheck prover and the VM compiler all take). Inputs are 8-bit.
 */
public final class RandomMlp {
    /** The requantization shift between layers, and the fixed-point scale the model declares. */
    public static final int SHIFT = 8;

    private RandomMlp() {}

    /**
     * The dense layers of a seeded MLP with the given widths (widths[0] = input): weights uniform in [−127, 127],
     * biases in [−2^12, 2^12), drawn row by row from one {@link SplittableRandom}. The VM's synthetic programs
     * ({@code vm.SyntheticModels}) draw the same layers.
     */
    public static List<Dense> denseLayers(long seed, int... widths) {
        if (widths.length < 2) throw new IllegalArgumentException("an MLP needs an input and an output width");
        for (int w : widths) if (w < 1) throw new IllegalArgumentException("widths must be ≥ 1, got " + java.util.Arrays.toString(widths));
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Dense> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            long[][] w = new long[widths[l]][widths[l - 1]];
            long[] b = new long[widths[l]];
            for (int j = 0; j < widths[l]; j++) {
                for (int i = 0; i < widths[l - 1]; i++) w[j][i] = rnd.nextInt(-127, 128);
                b[j] = rnd.nextInt(-1 << 12, 1 << 12);
            }
            layers.add(new Dense(w, b));
        }
        return layers;
    }

    /** An MLP with the given widths (widths[0] = input, the last = classes), drawn from {@code seed}. */
    public static QuantizedModel of(long seed, int... widths) {
        List<Dense> dense = denseLayers(seed, widths);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < dense.size(); l++) {
            layers.add(dense.get(l));
            layers.add(new Requantize(SHIFT));
            if (l < dense.size() - 1) layers.add(new Relu());
        }
        layers.add(new Argmax());
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < widths[widths.length - 1]; c++) labels.add("class" + c);
        StringBuilder name = new StringBuilder("random-mlp");
        for (int w : widths) name.append('-').append(w);
        return new QuantizedModel(name.toString(), labels, SHIFT, widths[0], 8, layers);
    }

    /**
     * A two-layer MLP (input n, hidden n, 10 classes) with about {@code parameters} parameters: n is the
     * positive root of n² + n + 10n + 10 = parameters, rounded, at least 1.
     */
    public static QuantizedModel withParameters(long seed, long parameters) {
        double n = (-11 + Math.sqrt(121 + 4.0 * (parameters - 10))) / 2;
        int width = (int) Math.max(1, Math.round(n));
        return of(seed, width, width, 10);
    }

    /** A seeded input of {@code n} 8-bit values in [−127, 127]. */
    public static long[] input(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] x = new long[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextInt(-127, 128);
        return x;
    }
}
