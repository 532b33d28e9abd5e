package org.zkopml.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * A strict, non-interactive JShell: evaluates scripts snippet by snippet and stops at the first
 * snippet that is rejected, left unresolved, or throws — naming the file and line. Plain
 * {@code jshell FILE} carries on and exits 0 after such errors, which is no use for tests.
 *
 * <p>Scripts are plain JShell snippets. The only commands understood are {@code /exit} (stop
 * here, successfully) and comment lines; any other {@code /command} is an error.
 */
public final class JShellScript implements AutoCloseable {
    /** The imports of JShell's DEFAULT startup, so that scripts see what interactive JShell sees. */
    static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*",
            "java.util.prefs.*", "java.util.regex.*", "java.util.stream.*");

    private final JShell shell;
    private final PrintStream err;

    /** Creates a shell that runs in this JVM with the given class path entries added. */
    public JShellScript(List<String> classPath, PrintStream out, PrintStream err) {
        this.shell = JShell.builder().out(out).err(err).executionEngine("local").build();
        this.err = err;
        for (String entry : classPath) {
            shell.addToClasspath(entry);
        }
        for (String imported : DEFAULT_IMPORTS) {
            shell.eval("import " + imported + ";");
        }
    }

    /**
     * Evaluates one script file. Returns {@code true} when every snippet was accepted and ran
     * without an exception; otherwise prints one line naming file, line and reason, and returns false.
     */
    public boolean run(Path file) throws IOException {
        String source = Files.readString(file);
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            int line = lineOf(source, source.length() - remaining.length() + leadingBlankAndComments(remaining));
            String trimmed = remaining.stripLeading();
            if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
                String command = trimmed.lines().findFirst().orElse("").strip();
                if (command.equals("/exit") || command.startsWith("/exit ")) {
                    return true;
                }
                return fail(file, line, "JShell command '" + command + "' is not supported in scripts");
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                return fail(file, line, "incomplete snippet at end of file");
            }
            String snippet = info.source();
            remaining = info.remaining();
            if (snippet == null || snippet.isBlank()) {
                continue;
            }
            for (SnippetEvent event : shell.eval(snippet)) {
                String problem = problem(event);
                if (problem != null) {
                    return fail(file, line, problem);
                }
            }
        }
        return true;
    }

    private String problem(SnippetEvent event) {
        if (event.exception() != null) {
            Throwable ex = event.exception();
            if (ex instanceof EvalException eval) {
                return "exception " + eval.getExceptionClassName() + ": " + eval.getMessage();
            }
            if (ex instanceof UnresolvedReferenceException unresolved) {
                return "unresolved reference in " + unresolved.getSnippet().source().strip();
            }
            return "exception " + ex;
        }
        if (event.causeSnippet() != null) {
            return null; // a side effect on another snippet, reported with that snippet
        }
        Snippet.Status status = event.status();
        if (status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED
                || status == Snippet.Status.RECOVERABLE_DEFINED && !shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) event.snippet()).toList().isEmpty()) {
            StringBuilder why = new StringBuilder("rejected snippet: ");
            why.append(firstLine(event.snippet().source()));
            shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).findFirst().ifPresent(m -> why.append(" — ").append(firstLine(m)));
            if (status != Snippet.Status.REJECTED) {
                why.append(" — unresolved: ").append(String.join(", ", shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) event.snippet()).toList()));
            }
            return why.toString();
        }
        return null;
    }

    private boolean fail(Path file, int line, String reason) {
        err.println(file + ":" + line + ": " + reason);
        return false;
    }

    private static String firstLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    /** Length of the white space and comments before the first code of {@code s} (to name a snippet's line). */
    private static int leadingBlankAndComments(String s) {
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') line++;
        }
        return line;
    }

    @Override
    public void close() {
        shell.close();
    }
}
