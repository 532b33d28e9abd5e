package org.zkopml.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * A strict, non-interactive JShell: evaluates scripts snippet by snippet in a {@link JShellSession} and stops at
 * the first snippet that is rejected, left unresolved, or throws — naming the file and line. Plain
 * {@code jshell FILE} carries on and exits 0 after such errors, which is no use for tests.
 *
 * <p>Scripts are plain JShell snippets. The only commands understood are {@code /exit} (stop here,
 * successfully) and comment lines; any other {@code /command} is an error. A declaration may refer to one
 * further down the file (a forward reference); it must be resolved by the end of the file.
 */
public final class JShellScript implements AutoCloseable {

    private final JShellSession session;
    private final PrintStream err;

    /** A shell that runs in this JVM, compiling against {@code classPath} (see {@link JShellSession}). */
    public JShellScript(List<String> classPath, PrintStream out, PrintStream err) {
        this.session = new JShellSession(classPath, out, err);
        this.err = err;
    }

    /** Why a script stopped: where (file and 1-based line), what kind of problem, and the message. */
    public record Failure(Path file, int line, Kind kind, String message) {
        /** The kinds of problem a script can stop at. */
        public enum Kind {
            /** A snippet did not compile (or refers to something undefined). */
            COMPILE,
            /** A snippet compiled but threw; {@code message} starts with "exception" and the exception's class name. */
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
     * Evaluates one script file. Returns {@code true} when every snippet was accepted and ran without an
     * exception; otherwise prints one line naming file, line and reason, and returns false.
     */
    public boolean run(Path file) throws IOException {
        Failure failure = evaluate(file, Files.readString(file), snippet -> { });
        if (failure != null) {
            err.println(failure);
        }
        return failure == null;
    }

    /**
     * Evaluates {@code source} (named {@code file} in messages) snippet by snippet, telling {@code beforeEach}
     * the source of each snippet before it runs. Returns null when every snippet was accepted and ran,
     * otherwise the first failure (nothing is printed).
     */
    public Failure evaluate(Path file, String source, Consumer<String> beforeEach) {
        String remaining = source;
        Map<Snippet, Integer> pending = new LinkedHashMap<>(); // forward references, resolved by the end
        JShellSession.Piece piece;
        while ((piece = nextOrCommand(remaining)) != null) {
            int rawStart = source.length() - remaining.length(); // where the snippet's text (with comments) starts
            int line = lineOf(source, rawStart + piece.start());
            String code = piece.source().substring(Math.min(piece.start(), piece.source().length()));
            if (code.startsWith("/") && !code.startsWith("//") && !code.startsWith("/*")) {
                String command = code.lines().findFirst().orElse("").strip();
                if (command.equals("/exit") || command.startsWith("/exit ")) {
                    return null;
                }
                return new Failure(file, line, Failure.Kind.SCRIPT, "JShell command '" + command + "' is not supported in scripts");
            }
            if (piece.completeness() == Completeness.DEFINITELY_INCOMPLETE) {
                return new Failure(file, line, Failure.Kind.SCRIPT, "incomplete snippet at end of file (a missing '}' or ';'?)");
            }
            remaining = piece.remaining();
            beforeEach.accept(piece.source());
            for (SnippetEvent event : session.eval(piece.source())) {
                if (event.causeSnippet() == null && event.status() == Snippet.Status.RECOVERABLE_DEFINED
                        && event.exception() == null) {
                    pending.put(event.snippet(), line);
                    continue;
                }
                Failure failure = failure(file, source, rawStart, line, event);
                if (failure != null) {
                    return failure;
                }
            }
        }
        for (Map.Entry<Snippet, Integer> e : pending.entrySet()) {
            if (session.status(e.getKey()) == Snippet.Status.RECOVERABLE_DEFINED) {
                return new Failure(file, e.getValue(), Failure.Kind.COMPILE, "cannot find symbol (unresolved reference) — "
                        + firstLine(e.getKey().source()) + " uses " + String.join(", ",
                        session.undefined((DeclarationSnippet) e.getKey())) + ", which is not defined");
            }
        }
        return null;
    }

    /** The next snippet, or a {@code /command} line (which JShell's analysis does not cut as a snippet). */
    private JShellSession.Piece nextOrCommand(String remaining) {
        int start = JShellSession.leadingBlankAndComments(remaining);
        if (start < remaining.length() && remaining.charAt(start) == '/') {
            int end = remaining.indexOf('\n', start);
            return new JShellSession.Piece(remaining, start, end < 0 ? "" : remaining.substring(end + 1), Completeness.COMPLETE);
        }
        return session.next(remaining);
    }

    private Failure failure(Path file, String source, int start, int line, SnippetEvent event) {
        JShellSession.Problem problem = session.problemOf(event);
        if (problem == null && event.causeSnippet() == null && (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
                || event.status() == Snippet.Status.RECOVERABLE_DEFINED
                && !session.undefined((DeclarationSnippet) event.snippet()).isEmpty())) {
            problem = new JShellSession.Rejected(List.of()); // compiled, but refers to what is not defined
        }
        if (problem == null || event.causeSnippet() != null && problem instanceof JShellSession.Rejected) {
            return null; // fine, or a side effect on another snippet, reported with that snippet
        }
        return problem.accept(new JShellSession.Problem.Visitor<>() {
            @Override
            public Failure thrown(JShellSession.Thrown thrown) {
                return new Failure(file, line, Failure.Kind.EXCEPTION, "exception " + thrown.exceptionClass()
                        + (thrown.message() == null ? "" : ": " + thrown.message()));
            }

            @Override
            public Failure unresolved(JShellSession.Unresolved unresolved) {
                return new Failure(file, line, Failure.Kind.COMPILE, "unresolved reference in "
                        + firstLine(unresolved.declaration()) + " — undefined: " + String.join(", ", unresolved.undefined()));
            }

            @Override
            public Failure rejected(JShellSession.Rejected rejected) {
                return compileFailure(file, source, start, line, event, rejected.errors());
            }
        });
    }

    /** A snippet that did not compile, or refers to something undefined: the first error, at its own line. */
    private Failure compileFailure(Path file, String source, int start, int line, SnippetEvent event,
                                   List<JShellSession.Rejected.Error> errors) {
        String snippetSource = event.snippet().source();
        int errorLine = line;
        StringBuilder why = new StringBuilder();
        if (!errors.isEmpty()) {
            JShellSession.Rejected.Error error = errors.get(0);
            why.append("rejected snippet: ").append(oneLine(error.message()));
            String head = firstLine(snippetSource);
            int at = head.isEmpty() ? -1 : source.indexOf(head, start);
            if (error.position() >= 0 && at >= 0 && error.position() <= snippetSource.length()) {
                int within = snippetSource.strip().isEmpty() ? 0 : snippetSource.indexOf(head);
                errorLine = lineOf(source, at + (int) Math.max(0, error.position() - Math.max(0, within)));
            }
            why.append(" — in: ").append(firstLine(lineText(source, errorLine)));
        } else {
            why.append("rejected snippet: ").append(firstLine(snippetSource));
        }
        if (event.status() != Snippet.Status.REJECTED) {
            why.append(" — undefined: ").append(String.join(", ", session.undefined((DeclarationSnippet) event.snippet())));
        }
        return new Failure(file, errorLine, Failure.Kind.COMPILE, why.toString());
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

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The snippets defined so far (to drop, later, what a script added). */
    public Set<Snippet> snippets() {
        return session.snippets();
    }

    /**
     * Forgets every snippet not in {@code keep}, newest first; returns false if one of {@code keep} is no longer
     * valid (a script redefined it), so that the caller can start a fresh shell.
     */
    public boolean dropAllBut(Set<Snippet> keep) {
        return session.dropAllBut(keep);
    }

    @Override
    public void close() {
        session.close();
    }
}
