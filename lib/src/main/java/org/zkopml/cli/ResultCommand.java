package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zkopml.compare.Models;
import org.zkopml.dispute.Task;
import picocli.CommandLine;

/**
 * A command that prints one {@link CommandResult}: readable text, or one JSON object with {@code --json} ({@link Output}).
 * A subclass says what it computes ({@link #result()}); failures are exceptions, turned into one line by {@link Main}.
 */
abstract class ResultCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Output output;

    /** What the command computed. */
    abstract CommandResult result();

    @Override
    public final Integer call() {
        return output.print(spec, result());
    }

    /** The command's stderr: progress bars, durations. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress bars and notes on stderr. */
    BarProgress progress() {
        return new BarProgress(err());
    }

    /** A command on one of the built-in models ({@code --model}). */
    abstract static class OnModel extends ResultCommand {
        @CommandLine.Mixin
        ModelChoice model;
    }

    /** A command on one input of a built-in model ({@code --model}, {@code --input}). */
    abstract static class OnModelRow extends OnModel {
        @CommandLine.Mixin
        RowChoice row;

        /** The test row, checked against the recipe's test rows before anything is trained. */
        int row() {
            return row.of(model.name());
        }

        /** The opML task of the model on the row (a recipe's test row, or a synthetic program's input seed). */
        Task task() {
            String name = model.name();
            return Models.task(name, row.forTask(name), progress());
        }
    }
}
