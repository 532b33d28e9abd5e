package org.zkopml.compare;

import org.zkopml.dispute.Task;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.RandomGpt;
import org.zkopml.model.TrainedGpt;
import org.zkopml.model.Recipe;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.ModelCompiler;
import org.zkopml.vm.SyntheticModels;

/**
 * The models every flow starts from, by name: a built-in recipe, trained once and then cached, a synthetic VM program,
 * or a transformer ({@link Gpts}: gpt-tiny trained and cached, gpt-1m … gpt-1b generated from their seed).
 */
public final class Models {
    private Models() {}

    /** The trained recipe (from memory, the disk cache, or training now), reporting the training and its duration. */
    public static TrainedModel train(String name, Progress progress) {
        if (Gpts.isGpt(name)) throw notARecipe(name);
        Recipe recipe = Recipes.get(name);
        long start = System.nanoTime();
        TrainedModel trained;
        try (Progress.Task task = progress.task("train " + name, recipe.steps())) {
            trained = Recipes.train(name, task::stepTo);
        }
        long nanos = System.nanoTime() - start;
        progress.note(trained.trainNanos() > 0
                ? "trained " + name + " in " + Stopwatch.format(trained.trainNanos()) + " (" + recipe.describe() + ")"
                : "loaded " + name + " in " + Stopwatch.format(nanos) + " (cached; " + recipe.describe() + ")");
        return trained;
    }

    /** The refusal of a command that takes a recipe (an MLP, linear model or tree) when given a transformer. */
    public static IllegalArgumentException notARecipe(String name) {
        return new IllegalArgumentException(name + " is a transformer: this command takes the built-in recipes (MLPs, linear models, trees); "
                + "transformers run and are disputed on the VM (op run, op dispute, model eval), one attention head is proven with Groth16 "
                + "(circuit.AttentionHeadCircuit, notebook 11), and their whole forward pass is proven by sumcheck (zk sumcheck --model " + name + ")");
    }

    /**
     * A transformer by name: gpt-tiny trained (or loaded from the cache) with its progress shown, or a synthetic
     * instance ({@code gpt-1m} … {@code gpt-1b}) generated from its seed.
     */
    public static QuantizedModel gpt(String name, Progress progress) {
        long start = System.nanoTime();
        if (name.equals(Gpts.TINY)) {
            TrainedGpt trained;
            try (Progress.Task task = progress.task("train " + name, Gpts.TINY_RECIPE.steps())) {
                trained = Gpts.train(task::stepTo);
            }
            progress.note(trained.trainNanos() > 0 ? "trained " + name + " in " + Stopwatch.format(trained.trainNanos()) + " (" + Gpts.TINY_RECIPE.describe() + ")"
                    : "loaded " + name + " in " + Stopwatch.format(System.nanoTime() - start) + " (cached; " + Gpts.TINY_RECIPE.describe() + ")");
            return trained.quantized();
        }
        QuantizedModel m = RandomGpt.build(name);
        progress.note("generated " + name + " (" + String.format("%,d", m.parameters()) + " parameters, " + RandomGpt.named(name).description()
                + ", seed " + RandomGpt.SEED + ") in " + Stopwatch.format(System.nanoTime() - start));
        return m;
    }

    /**
     * The opML task of a model on one input: a recipe ({@link #train}ed, compiled for the VM, on test row {@code row},
     * with the model's commitment) or a synthetic MLP ({@code synthetic-20}, {@code synthetic-24}; {@code row} seeds its
     * random input).
     */
    public static Task task(String model, int row, Progress progress) {
        if (row < 0) throw new IllegalArgumentException("--input must be ≥ 0, got " + row);
        if (model.startsWith("synthetic-")) {
            LayeredProgram p = SyntheticModels.named(model);
            return Task.of(p, SyntheticModels.input(row, p.whole().inputLength()));
        }
        if (Gpts.isGpt(model)) {
            QuantizedModel m = gpt(model, progress);
            long start = System.nanoTime();
            LayeredProgram p = ModelCompiler.compile(m);
            Task task = new Task(p, Gpts.prompt(model, row), m.commitment());
            progress.note("compiled " + model + " for the VM in " + Stopwatch.format(System.nanoTime() - start) + " ("
                    + String.format("%,d", p.whole().imageWords()) + " words of code and packed weights)");
            return task;
        }
        TrainedModel trained = train(model, progress);
        QuantizedModel m = trained.quantized();
        if (row >= trained.testRows()) throw new IllegalArgumentException("--input " + row + " is past the " + trained.testRows() + " test rows of " + model);
        return new Task(ModelCompiler.compile(m), trained.testInput(row, m.scaleBits()), m.commitment());
    }
}
