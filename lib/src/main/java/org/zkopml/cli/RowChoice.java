package org.zkopml.cli;

import org.zkopml.model.Gpts;
import org.zkopml.model.Recipes;
import org.zkopml.model.SortingTask;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Which input a command works on: {@code --input ROW}, a row of the model's test set (for a synthetic VM program, the
 * seed of its random input). Declared here once; {@link #of} checks it against the recipe's test rows before anything
 * is trained, so a wrong row is rejected at once (exit 1).
 */
final class RowChoice {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--input", paramLabel = "ROW", description = "The test row (gpt-tiny: its test prompt; a synthetic model: its input's seed). Default: ${DEFAULT-VALUE}.")
    int row = 0;

    /** Whether {@code --input} was given. */
    boolean given() {
        return command.commandLine().getParseResult() != null && command.commandLine().getParseResult().hasMatchedOption("--input");
    }

    /** The row, checked against the test rows of recipe {@code model} (IllegalArgumentException: not one of them). */
    int of(String model) {
        int rows = Recipes.get(model).testRows();
        if (row < 0 || row >= rows) throw new IllegalArgumentException("--input " + row + " is not a test row of " + model + " (0.." + (rows - 1) + ")");
        return row;
    }

    /** The row, for {@code model}: a recipe's test row ({@link #of}), or any row ≥ 0 for a synthetic program (its input's seed). */
    int forTask(String model) {
        if (model.equals(Gpts.TINY)) {
            int prompts = SortingTask.TEST * SortingTask.DIGITS;
            if (row < 0 || row >= prompts) throw new IllegalArgumentException("--input " + row + " is not a test prompt of gpt-tiny (0.." + (prompts - 1) + ")");
            return row;
        }
        if (!model.startsWith("synthetic-") && !Gpts.isGpt(model)) {
            if (!Recipes.names().contains(model)) {
                throw new IllegalArgumentException("unknown model \"" + model + "\" (known: " + String.join(", ", Recipes.names()) + ", "
                        + String.join(", ", Gpts.names()) + ", synthetic-N)");
            }
            return of(model);
        }
        if (row < 0) throw new IllegalArgumentException("--input must be ≥ 0, got " + row);
        return row;
    }
}
