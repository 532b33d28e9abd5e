package org.zkopml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.zkopml.chain.ChainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The kit's one command-line entry point: {@code ./kit <command>} for every command that is not
 * the launcher's own (setup, lab, test, jshell). Readable text by default, one JSON object with
 * {@code --json}; exit 0 on success, 1 on a rejected input, 2 on wrong usage.
 *
 * <p>The one failure path: a command throws, and {@link #fail} prints one line {@code kit <full command>: <reason>}
 * and returns 1 (with {@code --debug}, the stack trace follows). Wrong usage is picocli's: the message and the
 * usage, exit 2; an unknown option is named as such, with picocli's suggestions, even when a required option is
 * missing too.
 */
@Command(name = "kit", mixinStandardHelpOptions = true, version = "zkopml lab 0.1.0",
        description = "zkopml lab: zkML and opML, explained and measured.",
        subcommands = {CommandLine.HelpCommand.class, MachineCommand.class, JShellScriptCommand.class, ExerciseCommand.class, ModelCommand.class, OpCommand.class, ChainCommand.class, ZkCommand.class, TourCommand.class},
        footer = {"", "Launcher commands: setup, lab, test, jshell [FILE.jsh] (see ./kit --help)."})
public final class Main implements Runnable {
    /** What a JVM out of heap is told to do. */
    static final String OUT_OF_MEMORY = "out of memory (give the JVM more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g)";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, print the full stack trace after the one-line reason.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionStrategy(Main::runLast);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> fail(ex, cmd, debug(parsed)));
        cli.setParameterExceptionHandler(Main::wrongUsage);
        return cli.execute(args);
    }

    /** Runs the chosen command; a JVM out of heap fails like any rejected input, with what to do about it. */
    private static int runLast(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            List<CommandLine> chosen = parsed.asCommandLineList();
            throw new CommandLine.ExecutionException(chosen.get(chosen.size() - 1), OUT_OF_MEMORY, new IllegalStateException(OUT_OF_MEMORY, e));
        }
    }

    /**
     * The one failure path: one line {@code kit <full command>: <reason>} on stderr and exit 1. A rejected input
     * (an argument, a file, a node that does not answer) is its message; anything else is a bug, shown with its
     * type. With {@code --debug} the stack trace follows.
     */
    static int fail(Exception ex, CommandLine cmd, boolean debug) {
        String command = cmd.getCommandSpec().qualifiedName(" ");   // "kit zk prove" (or "zk prove" when a test runs a subcommand alone)
        boolean rejected = ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof UncheckedIOException || ex instanceof IOException || ex instanceof ChainException;
        String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().replace('\n', ' ');
        PrintWriter err = cmd.getErr();
        err.println((command.startsWith("kit") ? command : "kit " + command) + ": "
                + (rejected ? reason : ex.getClass().getSimpleName() + ": " + reason + (debug ? "" : " (--debug shows where)")));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return 1;
    }

    /** Whether {@code --debug} was given, on the top command or any subcommand. */
    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    /**
     * Wrong usage: picocli's message and the command's usage, exit 2. Unknown options and arguments come first (picocli
     * checks required options before them), with picocli's suggestions instead of the usage.
     */
    private static int wrongUsage(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        ParameterException shown = ex;
        if (!(ex instanceof UnmatchedArgumentException) && !cmd.getUnmatchedArguments().isEmpty()) {
            shown = new UnmatchedArgumentException(cmd, cmd.getUnmatchedArguments());
        }
        PrintWriter err = cmd.getErr();
        err.println(shown.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(shown, err)) cmd.usage(err);
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
