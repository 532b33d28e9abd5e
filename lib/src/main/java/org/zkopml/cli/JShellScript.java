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

    /** Why a script stopped: where (file and 1-based line), what kind of problem, and the message. */
    public record Failure(Path file, int line, Kind kind, String message) {
        /** The kinds of problem a script can stop at. */
        public enum Kind {
            /** A snippet did not compile (or refers to something undefined). */
            COMPILE,
            /** A snippet compiled but threw; {@code message} starts with the exception's class name. */
            EXCEPTION,
            /** A JShell command other than {@code /exit}, or an incomplete snippet at the end. */
            SCRIPT
        }

        /** One line: {@code file:line: message}. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /**
     * Evaluates one script file. Returns {@code true} when every snippet was accepted and ran
     * without an exception; otherwise prints one line naming file, line and reason, and returns false.
     */
    public boolean run(Path file) throws IOException {
        Failure failure = evaluate(file, Files.readString(file), snippet -> { });
        if (failure != null) {
            err.println(failure);
        }
        return failure == null;
    }

    /**
     * Evaluates {@code source} (named {@code file} in messages) snippet by snippet, telling
     * {@code beforeEach} the source of each snippet before it runs. Returns null when every snippet
     * was accepted and ran, otherwise the first failure (nothing is printed).
     */
    public Failure evaluate(Path file, String source, java.util.function.Consumer<String> beforeEach) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        // Declarations that refer to something defined further down (a forward reference) are
        // allowed; they must be resolved by the end of the file.
        java.util.Map<Snippet, Integer> pending = new java.util.LinkedHashMap<>();
        while (!remaining.isBlank()) {
            int rawStart = source.length() - remaining.length();   // where the snippet's text (with comments) starts
            int start = rawStart + leadingBlankAndComments(remaining);
            int line = lineOf(source, start);
            String trimmed = remaining.stripLeading();
            if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
                String command = trimmed.lines().findFirst().orElse("").strip();
                if (command.equals("/exit") || command.startsWith("/exit ")) {
                    return null;
                }
                return new Failure(file, line, Failure.Kind.SCRIPT, "JShell command '" + command + "' is not supported in scripts");
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                return new Failure(file, line, Failure.Kind.SCRIPT, "incomplete snippet at end of file (a missing '}' or ';'?)");
            }
            String snippet = info.source();
            remaining = info.remaining();
            if (snippet == null || snippet.isBlank()) {
                continue;
            }
            beforeEach.accept(snippet);
            for (SnippetEvent event : shell.eval(snippet)) {
                if (event.causeSnippet() == null && event.status() == Snippet.Status.RECOVERABLE_DEFINED
                        && event.exception() == null) {
                    pending.put(event.snippet(), line);
                    continue;
                }
                Failure failure = problem(file, source, rawStart, line, event);
                if (failure != null) {
                    return failure;
                }
            }
        }
        for (java.util.Map.Entry<Snippet, Integer> e : pending.entrySet()) {
            if (shell.status(e.getKey()) == Snippet.Status.RECOVERABLE_DEFINED) {
                return new Failure(file, e.getValue(), Failure.Kind.COMPILE, "cannot find symbol (unresolved reference) — "
                        + firstLine(e.getKey().source()) + " uses " + String.join(", ",
                        shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.getKey()).toList())
                        + ", which is not defined");
            }
        }
        return null;
    }

    private Failure problem(Path file, String source, int start, int line, SnippetEvent event) {
        if (event.exception() != null) {
            Throwable ex = event.exception();
            if (ex instanceof EvalException eval) {
                String message = eval.getMessage();
                return new Failure(file, line, Failure.Kind.EXCEPTION, "exception " + eval.getExceptionClassName()
                        + (message == null ? "" : ": " + message));
            }
            if (ex instanceof UnresolvedReferenceException unresolved) {
                return new Failure(file, line, Failure.Kind.COMPILE, "unresolved reference in "
                        + firstLine(unresolved.getSnippet().source()) + " — undefined: " + String.join(", ",
                        shell.unresolvedDependencies(unresolved.getSnippet()).toList()));
            }
            return new Failure(file, line, Failure.Kind.EXCEPTION, "exception " + ex);
        }
        if (event.causeSnippet() != null) {
            return null; // a side effect on another snippet, reported with that snippet
        }
        Snippet.Status status = event.status();
        if (status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED
                || status == Snippet.Status.RECOVERABLE_DEFINED && !shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) event.snippet()).toList().isEmpty()) {
            String snippetSource = event.snippet().source();
            int errorLine = line;
            StringBuilder why = new StringBuilder();
            java.util.Optional<jdk.jshell.Diag> diag = shell.diagnostics(event.snippet()).filter(jdk.jshell.Diag::isError).findFirst();
            if (diag.isPresent()) {
                why.append("rejected snippet: ").append(oneLine(diag.get().getMessage(null)));
                long position = diag.get().getStartPosition();
                String head = firstLine(snippetSource);
                int at = head.isEmpty() ? -1 : source.indexOf(head, start);
                if (position >= 0 && at >= 0 && position <= snippetSource.length()) {
                    int within = snippetSource.strip().isEmpty() ? 0 : snippetSource.indexOf(head);
                    errorLine = lineOf(source, at + (int) Math.max(0, position - Math.max(0, within)));
                }
                why.append(" — in: ").append(firstLine(lineText(source, errorLine)));
            } else {
                why.append("rejected snippet: ").append(firstLine(snippetSource));
            }
            if (status != Snippet.Status.REJECTED) {
                why.append(" — undefined: ").append(String.join(", ", shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) event.snippet()).toList()));
            }
            return new Failure(file, errorLine, Failure.Kind.COMPILE, why.toString());
        }
        return null;
    }

    private static String oneLine(String message) {
        return String.join("; ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String lineText(String source, int line) {
        return source.lines().skip(Math.max(0, line - 1)).findFirst().orElse("");
    }

    private static String firstLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }

    /** Length of the white space and comments before the first code of {@code s} (to name a snippet's line). */
    static int leadingBlankAndComments(String s) {
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

    /** The snippets defined so far (to drop, later, what a script added). */
    java.util.Set<Snippet> snippets() {
        return new java.util.HashSet<>(shell.snippets().toList());
    }

    /**
     * Forgets every snippet not in {@code keep}, newest first; returns false if one of {@code keep}
     * is no longer valid (a script redefined it), so that the caller can start a fresh shell.
     */
    boolean dropAllBut(java.util.Set<Snippet> keep) {
        List<Snippet> added = shell.snippets().filter(s -> !keep.contains(s)).toList();
        for (int i = added.size() - 1; i >= 0; i--) {
            if (shell.status(added.get(i)).isActive()) {
                shell.drop(added.get(i));
            }
        }
        return keep.stream().allMatch(s -> shell.status(s) == Snippet.Status.VALID);
    }

    @Override
    public void close() {
        shell.close();
    }
}
