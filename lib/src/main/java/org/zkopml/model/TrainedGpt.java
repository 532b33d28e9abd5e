package org.zkopml.model;

import java.util.List;

/**
 * A trained GPT: its recipe, the float model, the loss curve and the training time (0 when loaded from the cache).
 * {@link #quantized()} is the integer model every engine runs; {@link #testPrompts()} its held-out prompts.
 *
 * @param recipe     the recipe
 * @param model      the float model
 * @param loss       the mean loss of each step
 * @param trainNanos training time in nanoseconds (0 when loaded from the cache)
 */
public record TrainedGpt(GptRecipe recipe, FloatTransformer model, LossCurve loss, long trainNanos) {
    /** The model's name. */
    public String name() {
        return recipe.name();
    }

    /** The integer model. */
    public QuantizedModel quantized() {
        return model.quantize(recipe.name(), SortingTask.labels());
    }

    /** The held-out prompts and their next tokens. */
    public List<SortingTask.Example> testPrompts() {
        return SortingTask.load().test();
    }

    /** Float versus integer next-token prediction on the test prompts. */
    public GptEvaluation evaluate() {
        QuantizedModel q = quantized();
        List<SortingTask.Example> test = testPrompts();
        int f = 0, i = 0, agree = 0;
        double err = 0;
        long logits = 0;
        int logitShift = TransformerArithmetic.ACTIVATION_BITS + ((LmHead) q.layers().get(q.layers().size() - 2)).unembedding().shift();
        for (SortingTask.Example e : test) {
            double[] zf = model.logits(e.ids());
            long[] zi = q.logits(e.input());
            int pf = argmax(zf), pi = Argmax.of(zi);
            if (pf == e.target()) f++;
            if (pi == e.target()) i++;
            if (pf == pi) agree++;
            for (int k = 0; k < zf.length; k++) err += Math.abs(zf[k] - Math.scalb((double) zi[k], -logitShift));
            logits += zf.length;
        }
        double n = test.size();
        return new GptEvaluation(name(), q.parameters(), q.macs(), test.size(), f / n, i / n, agree / n, err / logits);
    }

    private static int argmax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) if (z[k] > z[best]) best = k;
        return best;
    }
}
