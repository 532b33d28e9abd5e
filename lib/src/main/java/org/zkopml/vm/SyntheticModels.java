package org.zkopml.vm;

import org.zkopml.model.Dense;
import org.zkopml.model.RandomMlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic models for measuring the VM and the dispute game at sizes the built-in models do
 * not reach: an MLP of dense layers with small random integer weights, requantization by {@code shift}
 * bits and ReLU between them, and argmax at the end.
 */
public final class SyntheticModels {
    private SyntheticModels() {}

    /**
     * A random MLP with the given layer widths (widths[0] = input). About 7 VM steps per
     * multiply-accumulate: {@code mlp(seed, 1024, 1024, 1024, 256)} runs ≈ 2^24 steps.
     */
    public static LayeredProgram mlp(long seed, int... widths) {
        List<Dense> dense = RandomMlp.denseLayers(seed, widths);
        List<Kernel> kernels = new ArrayList<>();
        for (int l = 0; l < dense.size(); l++) {
            Dense d = dense.get(l);
            kernels.add(new DenseKernel(d));
            if (l < dense.size() - 1) {
                kernels.add(new ShiftKernel(d.outputs(), 8));
                kernels.add(new ReluKernel(d.outputs()));
            }
        }
        kernels.add(new ArgmaxKernel(widths[widths.length - 1]));
        StringBuilder name = new StringBuilder("synthetic-mlp");
        for (int w : widths) name.append('-').append(w);
        return Linker.link(name.toString(), kernels);
    }

    /** The counting loop ({@link CountdownKernel}) as a one-layer model: input n, output 3n, N = 4n + 6 steps. */
    public static LayeredProgram countdown() {
        return Linker.link("countdown", List.of(new CountdownKernel()));
    }

    /** Names of the built-in synthetic models: {@code synthetic-20} (≈ 2^20 steps) and {@code synthetic-24} (≈ 2^24 steps). */
    public static java.util.List<String> names() {
        return java.util.List.of("synthetic-20", "synthetic-24");
    }

    /** The synthetic model with this name (seed 1), or IllegalArgumentException. */
    public static LayeredProgram named(String name) {
        return switch (name) {
            case "synthetic-20" -> mlp(1, 256, 256, 256, 64);
            case "synthetic-24" -> mlp(1, 1024, 1024, 1024, 256);
            default -> throw new IllegalArgumentException("unknown synthetic model " + name + " (known: " + names() + ")");
        };
    }

    /** A seeded input vector of {@code n} values in [−128, 128). */
    public static long[] input(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] x = new long[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextInt(-128, 128);
        return x;
    }
}
