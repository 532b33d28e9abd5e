package org.zkopml.model;

import java.util.List;

/**
 * A recipe's outcome: the split, the standardiser fitted on the training rows, the float model and
 * its training provenance. From here {@link #quantize(int)} gives the integer model and
 * {@link #testInputs(int)} the quantized test rows that every engine (reference, VM, circuit) runs.
 *
 * @param recipe       the recipe
 * @param split        the raw train/test split
 * @param standardizer μ, σ fitted on the training rows
 * @param model        the float model (on standardised inputs)
 * @param provenance   Tribuo's model provenance, or the kit trainer's description, as text
 * @param trainNanos   training time in nanoseconds (0 when loaded from the cache)
 * @param loss         per-epoch training loss (MLP), empty otherwise
 */
public record TrainedModel(Recipe recipe, Split split, Standardizer standardizer, FloatModel model, String provenance,
                           long trainNanos, LossCurve loss) {
    /** The default fixed-point scale: {@value}. */
    public static final int DEFAULT_SCALE_BITS = 8;

    /** Recipe name. */
    public String name() {
        return recipe.name();
    }

    /** Class names, in output order. */
    public List<String> labels() {
        return split.test().classNames();
    }

    /** The integer model at scale {@code 2^scaleBits}. */
    public QuantizedModel quantize(int scaleBits) {
        return model.quantize(recipe.name(), labels(), scaleBits);
    }

    /** The integer model at {@link #DEFAULT_SCALE_BITS}. */
    public QuantizedModel quantized() {
        return quantize(DEFAULT_SCALE_BITS);
    }

    /** Number of test rows. */
    public int testRows() {
        return split.test().rows();
    }

    /** Test row r, standardised (the float model's input). */
    public double[] testFeatures(int r) {
        return standardizer.apply(split.test().row(r));
    }

    /** Test row r as an integer input at the given scale. */
    public long[] testInput(int r, int scaleBits) {
        if (r < 0 || r >= testRows()) throw new IllegalArgumentException("test row " + r + " is outside 0.." + (testRows() - 1));
        return Quantizer.input(testFeatures(r), scaleBits);
    }

    /** Every test row as an integer input at the given scale. */
    public long[][] testInputs(int scaleBits) {
        long[][] inputs = new long[testRows()][];
        for (int r = 0; r < inputs.length; r++) inputs[r] = testInput(r, scaleBits);
        return inputs;
    }

    /** The true class of every test row. */
    public int[] testLabels() {
        return split.test().labels();
    }

    /** Float accuracy on the test rows. */
    public double floatAccuracy() {
        int correct = 0;
        for (int r = 0; r < testRows(); r++) if (model.predict(testFeatures(r)) == split.test().label(r)) correct++;
        return (double) correct / testRows();
    }

    /** Float versus integer inference on the test rows at a scale. */
    public Evaluation evaluate(int scaleBits) {
        QuantizedModel q = quantize(scaleBits);
        int floatCorrect = 0;
        int fixedCorrect = 0;
        int agree = 0;
        for (int r = 0; r < testRows(); r++) {
            int truth = split.test().label(r);
            int f = model.predict(testFeatures(r));
            int i = q.predict(testInput(r, scaleBits));
            if (f == truth) floatCorrect++;
            if (i == truth) fixedCorrect++;
            if (f == i) agree++;
        }
        double n = testRows();
        return new Evaluation(name(), scaleBits, model.parameters(), model.macs(), q.accumulatorBits(), testRows(),
                floatCorrect / n, fixedCorrect / n, agree / n);
    }
}
