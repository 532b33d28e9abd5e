package org.zkopml.compare;

import org.zkopml.dispute.Task;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipe;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.ModelCompiler;
import org.zkopml.vm.SyntheticModels;

/** The models every flow starts from, by name: a built-in recipe, trained once and then cached, or a synthetic VM program. */
public final class Models {
    private Models() {}

    /** The trained recipe (from memory, the disk cache, or training now), reporting the training and its duration. */
    public static TrainedModel train(String name, Progress progress) {
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
        TrainedModel trained = train(model, progress);
        QuantizedModel m = trained.quantized();
        if (row >= trained.testRows()) throw new IllegalArgumentException("--input " + row + " is past the " + trained.testRows() + " test rows of " + model);
        return new Task(ModelCompiler.compile(m), trained.testInput(row, m.scaleBits()), m.commitment());
    }
}
