package org.zkopml.model;

/**
 * A built-in model recipe {@code <dataset>-<family>}: which dataset, which trainer with which
 * hyper-parameters ({@link TrainerConfig}, one immutable type per family), and the seed that makes the
 * split and the training reproducible. {@link Recipes} holds the list.
 *
 * @param dataset      one of {@link Datasets#NAMES}
 * @param trainer      the family's trainer and its hyper-parameters
 * @param seed         the seed of the split and of training
 * @param testFraction share of each class held out for testing, in (0, 1)
 */
public record Recipe(String dataset, TrainerConfig trainer, long seed, double testFraction) {
    /** Validates the dataset and the test fraction. */
    public Recipe {
        Datasets.fileName(dataset);
        if (trainer == null) throw new IllegalArgumentException("a recipe needs a trainer");
        if (!(testFraction > 0 && testFraction < 1)) throw new IllegalArgumentException("test fraction in (0, 1), got " + testFraction);
    }

    /** {@code <dataset>-<family>}, e.g. {@code iris-linear}. */
    public String name() {
        return dataset + "-" + trainer.family();
    }

    /** The family: {@code linear}, {@code tree} or {@code mlp}. */
    public String family() {
        return trainer.family();
    }

    /** Units of training work, for a progress bar: epochs for an MLP, 1 otherwise. */
    public int steps() {
        return trainer.steps();
    }

    /** The number of test rows of the recipe's split, from the dataset alone (no training needed). */
    public int testRows() {
        return Datasets.load(dataset).split(testFraction, seed).test().rows();
    }

    /** The hyper-parameters as text (also the cache key's input). */
    public String describe() {
        return name() + ": dataset=" + dataset + " family=" + family() + " seed=" + seed + " testFraction=" + testFraction + " "
                + trainer.describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
