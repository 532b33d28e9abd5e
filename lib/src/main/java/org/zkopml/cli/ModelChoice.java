package org.zkopml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which model a command works on: {@code --model NAME}, a built-in recipe (or, for the opML commands, a synthetic VM
 * program). Declared here once for every command; a command that needs a model calls {@link #name()}, which makes a
 * missing {@code --model} wrong usage (exit 2).
 */
final class ModelChoice {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--model", paramLabel = "NAME",
            description = "A built-in recipe, e.g. iris-linear (see: model list); op run, op dispute and chain op also take synthetic-20 / "
                    + "synthetic-24 (random MLPs of ≈ 2^20 / 2^24 VM steps).")
    String model;

    /** Whether {@code --model} was given. */
    boolean given() {
        return model != null;
    }

    /** The model's name; ParameterException (wrong usage) when {@code --model} is missing. */
    String name() {
        if (model == null) throw new ParameterException(command.commandLine(), "Missing required option: '--model=NAME'");
        return model;
    }

    /** The model's name, or {@code fallback} when {@code --model} is missing. */
    String nameOr(String fallback) {
        return model == null ? fallback : model;
    }
}
