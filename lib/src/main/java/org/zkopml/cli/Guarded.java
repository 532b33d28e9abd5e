package org.zkopml.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.zkopml.chain.ChainException;
import picocli.CommandLine;

/**
 * How every command fails on a rejected input: one line on stderr, prefixed with the full command
 * ({@code kit op run: …}, {@code kit chain zk: …}), exit code 1, never a stack trace.
 */
final class Guarded {
    private Guarded() {}

    /** Runs a command's body; an exception of a rejected input, an unreachable node or a lack of memory becomes one line and exit 1. */
    static int run(CommandLine.Model.CommandSpec spec, Callable<Integer> body) {
        try {
            return body.call();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | ChainException e) {
            return fail(spec, e.getMessage());
        } catch (OutOfMemoryError e) {
            return fail(spec, "out of memory (give the JVM more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g)");
        } catch (Exception e) {
            return fail(spec, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static int fail(CommandLine.Model.CommandSpec spec, String message) {
        String line = message == null ? "failed" : message.replace('\n', ' ');
        String command = spec.qualifiedName(" ");   // "kit zk prove" (or "zk prove" when a test runs a subcommand alone)
        spec.commandLine().getErr().println((command.startsWith("kit") ? command : "kit " + command) + ": " + line);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
