package org.zkopml.session;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * One JShell evaluating in this JVM (JShell's "local" execution engine: snippets print to {@code System.out}
 * and load classes from this JVM's class path), compiling against a given class path, with the imports of
 * JShell's DEFAULT startup (what {@code jshell} itself has). It cuts source into snippets with JShell's own
 * analysis and says why a snippet failed, as a value the caller words: the notebook kernel's {@code Repl} and
 * the kit's strict script runner ({@link JShellScript}: {@code ./kit jshell FILE}, the exercises) are both
 * built on it.
 */
public final class JShellSession implements AutoCloseable {

    /** The imports of JShell's DEFAULT startup. */
    public static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    /**
     * The next snippet of some source: its text, where its code starts (after white space and comments), what
     * follows it, and whether JShell found it complete.
     */
    public record Piece(String source, int start, String remaining, Completeness completeness) {
        /** A whole snippet (otherwise {@code source} is all that was left, unfinished or not Java). */
        public boolean complete() {
            return completeness.isComplete();
        }
    }

    /** Why a snippet failed: rejected, thrown or unresolved, each worded by its caller through a {@link Visitor}. */
    public sealed interface Problem {
        /** Calls the visitor's method for this kind of problem. */
        <R> R accept(Visitor<R> visitor);

        /** One method per kind of problem. */
        interface Visitor<R> {
            /** The snippet did not compile. */
            R rejected(Rejected rejected);

            /** The snippet threw. */
            R thrown(Thrown thrown);

            /** The snippet used a declaration that cannot run yet. */
            R unresolved(Unresolved unresolved);
        }
    }

    /** The snippet did not compile: JShell's error diagnostics, each with its message and position in the snippet. */
    public record Rejected(List<Error> errors) implements Problem {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejected(this);
        }

        /** One compiler error: its message and where it starts in the snippet's source. */
        public record Error(String message, long position) {
        }
    }

    /**
     * The snippet threw: the exception's class and message, and its stack as Java prints it (cause chain included),
     * without JShell's own frames.
     */
    public record Thrown(String exceptionClass, String message, List<String> trace) implements Problem {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.thrown(this);
        }
    }

    /** The snippet used a declaration that cannot run until what it refers to is declared. */
    public record Unresolved(String declaration, List<String> undefined) implements Problem {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unresolved(this);
        }
    }

    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /**
     * A session compiling against {@code classPath}, whose entries must also be on this JVM's class path (the
     * snippets run here and load classes from it). JShell's compiler takes its class path from the system
     * property {@code java.class.path}, read when JShell is built and when it first compiles (and
     * {@link #addToClasspath} appends to it), so the property holds exactly {@code classPath} until the default
     * imports have compiled: a program's own jars (the kernel's) stay out of the session's compilation, and
     * entries added later count. (A {@code --class-path} compiler option instead would be passed to every
     * compilation after the path that {@code addToClasspath} sets, and so hide whatever it adds.)
     */
    public JShellSession(List<String> classPath, PrintStream out, PrintStream err) {
        JShell.Builder builder = JShell.builder().executionEngine("local").out(out).err(err).in(InputStream.nullInputStream());
        synchronized (JShellSession.class) {
            String jvmClassPath = System.getProperty("java.class.path");
            System.setProperty("java.class.path", String.join(File.pathSeparator, classPath));
            try {
                shell = builder.build();
                for (String imported : DEFAULT_IMPORTS) {
                    shell.eval("import " + imported + ";");
                }
            } finally {
                System.setProperty("java.class.path", jvmClassPath);
            }
        }
        analysis = shell.sourceCodeAnalysis();
    }

    /** JShell's analysis of source: completion, completeness, documentation. */
    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    /**
     * The first snippet of {@code remaining}, or null when there is only white space and comments: a complete
     * snippet, or all of it when it is not complete (a missing brace or semicolon, or code JShell cannot make
     * sense of: evaluating it reports why).
     */
    public Piece next(String remaining) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.completeness() == Completeness.EMPTY || remaining.isBlank()) {
            return null;
        }
        int start = leadingBlankAndComments(remaining);
        if (!info.completeness().isComplete()) {
            return new Piece(remaining, start, "", info.completeness());
        }
        return new Piece(info.source(), start, info.remaining(), info.completeness());
    }

    /** Evaluates one snippet; its events, the snippet's own first. */
    public List<SnippetEvent> eval(String snippet) {
        return shell.eval(snippet);
    }

    /**
     * Why {@code event} is a failure, or null: it threw, it used an unresolved declaration, or it was rejected. An
     * event caused by another snippet (a dependent updated) is never the failure.
     */
    public Problem problemOf(SnippetEvent event) {
        if (event.exception() instanceof EvalException thrown) {
            return thrown(thrown);
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            return new Unresolved(unresolved.getSnippet().source().strip(), undefined(unresolved.getSnippet()));
        }
        if (event.exception() != null) {
            return new Thrown(event.exception().getClass().getName(), event.exception().getMessage(),
                    List.of(event.exception().toString()));
        }
        if (event.causeSnippet() == null && event.status() == Snippet.Status.REJECTED) {
            List<Rejected.Error> errors = new ArrayList<>();
            shell.diagnostics(event.snippet()).filter(Diag::isError)
                    .forEach(d -> errors.add(new Rejected.Error(d.getMessage(Locale.ROOT), d.getStartPosition())));
            return new Rejected(List.copyOf(errors));
        }
        return null;
    }

    /** What a declaration still needs before it can run (empty when nothing). */
    public List<String> undefined(DeclarationSnippet declaration) {
        return shell.unresolvedDependencies(declaration).toList();
    }

    /** The snippet's status now (a declaration may become valid when what it needs is declared). */
    public Snippet.Status status(Snippet snippet) {
        return shell.status(snippet);
    }

    /** Adds a jar or class folder to the compilation and to the running snippets' class loader. */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /** Stops the running snippet (from another thread). */
    public void stop() {
        shell.stop();
    }

    /** The snippets defined so far (to drop, later, what a run added). */
    public Set<Snippet> snippets() {
        return new HashSet<>(shell.snippets().toList());
    }

    /**
     * Forgets every snippet not in {@code keep}, newest first; returns false if one of {@code keep} is no longer
     * valid (something redefined it), so that the caller can start a fresh session.
     */
    public boolean dropAllBut(Set<Snippet> keep) {
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

    private static Thrown thrown(EvalException thrown) {
        List<String> trace = new ArrayList<>();
        Throwable current = thrown;
        String prefix = "";
        while (current != null) {
            String name = current instanceof EvalException e ? e.getExceptionClassName() : current.getClass().getName();
            trace.add(prefix + name + (current.getMessage() == null ? "" : ": " + current.getMessage()));
            for (StackTraceElement frame : current.getStackTrace()) {
                String at = frame.getClassName();
                if (at.startsWith("jdk.jshell.") || at.startsWith("jdk.internal.reflect.") || at.startsWith("java.lang.reflect.")) {
                    break; // below here: JShell running the snippet
                }
                trace.add("\tat " + frame);
            }
            current = current.getCause();
            prefix = "Caused by: ";
        }
        return new Thrown(thrown.getExceptionClassName(), thrown.getMessage(), List.copyOf(trace));
    }

    private List<String> undefined(Snippet snippet) {
        return snippet instanceof DeclarationSnippet declaration ? undefined(declaration) : List.of();
    }

    /** Length of the white space and comments before the first code of {@code s} (to name a snippet's line). */
    public static int leadingBlankAndComments(String s) {
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
}
