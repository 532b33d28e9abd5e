package org.zkopml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The kit's one command-line entry point: {@code ./kit <command>} for every command that is not
 * the launcher's own (setup, lab, test, jshell). Readable text by default, one JSON object with
 * {@code --json}; exit 0 on success, 1 on a rejected input, 2 on wrong usage.
 */
@Command(name = "kit", mixinStandardHelpOptions = true, version = "zkopml lab 0.1.0",
        description = "zkopml lab: zkML and opML, explained and measured.",
        subcommands = {CommandLine.HelpCommand.class, MachineCommand.class, JShellScriptCommand.class, ExerciseCommand.class, ModelCommand.class, OpCommand.class, ChainCommand.class, ZkCommand.class, TourCommand.class},
        footer = {"", "Launcher commands: setup, lab, test, jshell [FILE.jsh] (see ./kit --help)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
                    || ex instanceof java.io.IOException) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName(" ") + ": " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
