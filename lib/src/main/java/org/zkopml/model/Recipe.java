package org.zkopml.model;

import java.util.Arrays;

/**
 * A built-in model recipe {@code <dataset>-<family>}: which dataset, which trainer and its
 * hyper-parameters, and the seed that makes training reproducible. {@link Recipes} holds the list.
 *
 * @param name         {@code <dataset>-<family>}, e.g. {@code iris-linear}
 * @param dataset      one of {@link Datasets#NAMES}
 * @param family       {@code linear} (Tribuo SGD), {@code tree} (Tribuo CART) or {@code mlp} (the kit's trainer)
 * @param seed         the seed of the split and of training
 * @param testFraction share of each class held out for testing
 * @param epochs       training epochs (linear, mlp)
 * @param learningRate step size (AdaGrad for linear, Adam for mlp)
 * @param maxDepth     maximum tree depth (tree)
 * @param hidden       hidden layer widths (mlp)
 * @param batchSize    mini-batch size (mlp)
 * @param l2           weight decay (mlp)
 */
public record Recipe(String name, String dataset, String family, long seed, double testFraction, int epochs,
                     double learningRate, int maxDepth, int[] hidden, int batchSize, double l2) {
    /** Validates the family and dataset and copies {@code hidden}. */
    public Recipe {
        Datasets.fileName(dataset);
        if (!family.equals("linear") && !family.equals("tree") && !family.equals("mlp")) {
            throw new IllegalArgumentException("unknown model family \"" + family + "\" (linear, tree, mlp)");
        }
        hidden = hidden.clone();
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** Units of training work, for a progress bar: epochs for an MLP, 1 otherwise. */
    public int steps() {
        return family.equals("mlp") ? epochs : 1;
    }

    /** The hyper-parameters as text (also the cache key's input). */
    public String describe() {
        String common = name + ": dataset=" + dataset + " family=" + family + " seed=" + seed + " testFraction=" + testFraction;
        switch (family) {
            case "linear": return common + " trainer=tribuo LinearSGDTrainer(LogMulticlass, AdaGrad(" + learningRate + ", 0.1)) epochs=" + epochs;
            case "tree": return common + " trainer=tribuo CARTClassificationTrainer(maxDepth=" + maxDepth + ", gini)";
            default: return common + " trainer=zkopml MlpTrainer(hidden=" + Arrays.toString(hidden) + ", Adam(" + learningRate
                    + "), batch=" + batchSize + ", l2=" + l2 + ") epochs=" + epochs;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipe r && describe().equals(r.describe());
    }

    @Override
    public int hashCode() {
        return describe().hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
