package org.zkopml.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * The Java behind the notebook: one JShell, executing in this JVM ("local" engine) so that
 * {@link Notebook#display} reaches the kernel, with the kit's class path. A cell is split into snippets
 * with JShell's own analysis and evaluated one by one, stopping at the first that fails; the line
 * {@code %load FILE} evaluates a file's snippets (relative to the notebook's folder).
 */
final class Repl implements AutoCloseable {

    /** The imports of JShell's DEFAULT startup, which the jshell tool (and so ./kit jshell) has too. */
    private static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    /** A cell's outcome: the value of its last snippet if that is an expression (or null), or a failure. */
    record Outcome(String value, Failure failure) {
    }

    /** A failing cell as Jupyter shows it: exception name, message and traceback lines. */
    record Failure(String name, String message, List<String> traceback) {
    }

    /** Completion candidates replacing the code between {@code start} and {@code end} (UTF-16 indices). */
    record Completion(List<String> matches, int start, int end) {
    }

    private final JShell jshell;
    private final SourceCodeAnalysis analysis;
    private volatile boolean interrupted;

    /**
     * A JShell compiling against {@code classPath}, whose entries must also be on this JVM's class path (the
     * snippets run here and load classes from it). The class path is fixed when JShell is built: adding to
     * it later ({@code addToClasspath}) made a package import fail now and then when the first cell came
     * right after start-up ("package org.knowm.xchart does not exist", 2 of 4 starts here).
     */
    Repl(List<String> classPath, PrintStream out, PrintStream err) {
        JShell.Builder builder = JShell.builder().executionEngine("local").out(out).err(err).in(InputStream.nullInputStream());
        if (!classPath.isEmpty()) {
            builder.compilerOptions("--class-path", String.join(java.io.File.pathSeparator, classPath));
        }
        jshell = builder.build();
        for (String imported : DEFAULT_IMPORTS) {
            jshell.eval("import " + imported + ";");
        }
        analysis = jshell.sourceCodeAnalysis();
    }

    /** Runs a cell: its snippets in order, {@code %load} lines included; stops at the first failure. */
    Outcome execute(String cell) {
        interrupted = false;
        String value = null;
        StringBuilder code = new StringBuilder();
        for (String line : cell.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("%")) {
                code.append(line).append('\n');
                continue;
            }
            Outcome before = evaluate(code.toString());
            code.setLength(0);
            if (before.failure() != null) {
                return before;
            }
            Outcome magic = magic(trimmed);
            if (magic.failure() != null) {
                return magic;
            }
            value = null;
        }
        Outcome rest = evaluate(code.toString());
        return rest.failure() == null && rest.value() == null && code.toString().isBlank() ? new Outcome(value, null) : rest;
    }

    private Outcome magic(String line) {
        String[] words = line.split("\\s+", 2);
        if (!words[0].equals("%load") || words.length < 2) {
            return failure("UnknownMagic", "the kernel knows one magic, %load FILE; not: " + line);
        }
        Path file = Path.of(words[1].strip());
        try {
            Outcome loaded = evaluate(Files.readString(file));
            return loaded.failure() == null ? new Outcome(null, null) : loaded;
        } catch (IOException e) {
            return failure("java.io.IOException", "%load: cannot read " + file.toAbsolutePath().normalize() + " (" + e + ")");
        }
    }

    private Outcome evaluate(String source) {
        String remaining = source;
        String value = null;
        while (!remaining.isBlank()) {
            if (interrupted) {
                return failure("Interrupted", "the cell was interrupted");
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            String snippet = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            value = null;
            for (SnippetEvent event : jshell.eval(snippet)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                Failure failure = failureOf(event);
                if (failure != null) {
                    return new Outcome(null, failure);
                }
                if (showsValue(event.snippet()) && event.value() != null) {
                    value = event.value();
                }
            }
            if (interrupted) {
                return failure("Interrupted", "the cell was interrupted");
            }
        }
        return new Outcome(value, null);
    }

    /**
     * An expression (or its temporary variable {@code $n}) shows its value; declarations and statements do not,
     * and neither does the stream a print returns ({@code System.out.printf(…)} evaluates to {@code System.out}:
     * what it printed is the cell's output, {@code java.io.PrintStream@…} is not).
     */
    private static boolean showsValue(Snippet snippet) {
        if (snippet instanceof ExpressionSnippet expression) {
            return showsType(expression.typeName());
        }
        return snippet instanceof VarSnippet variable
                && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                && showsType(variable.typeName());
    }

    private static boolean showsType(String typeName) {
        return !typeName.equals("void") && !PRINT_STREAMS.contains(typeName);
    }

    /** The types a print call returns (itself), by the names JShell gives them. */
    private static final java.util.Set<String> PRINT_STREAMS =
            java.util.Set.of("PrintStream", "java.io.PrintStream", "PrintWriter", "java.io.PrintWriter");

    private Failure failureOf(SnippetEvent event) {
        if (event.exception() instanceof EvalException thrown) {
            return thrownFailure(thrown);
        }
        if (event.exception() instanceof UnresolvedReferenceException unresolved) {
            return new Failure("UnresolvedReference", "this uses " + unresolved.getSnippet().source().strip()
                    + ", which cannot run until what it refers to is declared", List.of());
        }
        if (event.exception() != null) {
            return new Failure(event.exception().getClass().getName(), String.valueOf(event.exception().getMessage()), List.of());
        }
        if (event.status() == Snippet.Status.REJECTED) {
            List<String> lines = new ArrayList<>();
            String source = event.snippet().source();
            jshell.diagnostics(event.snippet()).filter(Diag::isError).forEach(d -> {
                lines.add(d.getMessage(Locale.ROOT));
                lines.add("    " + lineAt(source, (int) d.getStartPosition()));
            });
            String first = lines.isEmpty() ? "the snippet was rejected: " + source.strip() : lines.get(0);
            return new Failure("CompilationError", first, lines);
        }
        return null;
    }

    private static Failure thrownFailure(EvalException thrown) {
        List<String> traceback = new ArrayList<>();
        Throwable current = thrown;
        String prefix = "";
        while (current != null) {
            String name = current instanceof EvalException e ? e.getExceptionClassName() : current.getClass().getName();
            traceback.add(prefix + name + (current.getMessage() == null ? "" : ": " + current.getMessage()));
            for (StackTraceElement frame : current.getStackTrace()) {
                String at = frame.getClassName();
                if (at.startsWith("jdk.jshell.") || at.startsWith("jdk.internal.reflect.") || at.startsWith("java.lang.reflect.")) {
                    break;
                }
                traceback.add("\tat " + frame);
            }
            current = current.getCause();
            prefix = "Caused by: ";
        }
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        return new Failure(thrown.getExceptionClassName(), message, traceback);
    }

    private static String lineAt(String source, int position) {
        int at = Math.max(0, Math.min(position, source.length()));
        int start = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = source.indexOf('\n', at);
        return source.substring(start, end < 0 ? source.length() : end).strip();
    }

    private static Outcome failure(String name, String message) {
        return new Outcome(null, new Failure(name, message, List.of(name + ": " + message)));
    }

    /** Stops the running snippet (called from the control thread). */
    void interrupt() {
        interrupted = true;
        jshell.stop();
    }

    /** Completions at {@code cursor} (a UTF-16 index) within the snippet the cursor is in. */
    Completion complete(String code, int cursor) {
        int start = snippetStart(code, cursor);
        String part = code.substring(start, cursor);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion : analysis.completionSuggestions(part, part.length(), anchor)) {
            matches.add(suggestion.continuation());
        }
        return new Completion(List.copyOf(matches), start + anchor[0], cursor);
    }

    private int snippetStart(String code, int cursor) {
        String prefix = code.substring(0, cursor);
        int offset = 0;
        int magic = Math.max(prefix.lastIndexOf("\n%"), prefix.startsWith("%") ? 0 : -1);
        if (magic >= 0) {
            int lineEnd = prefix.indexOf('\n', magic + 1);
            offset = lineEnd < 0 ? prefix.length() : lineEnd + 1;
        }
        while (offset < prefix.length()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(prefix.substring(offset));
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                break;
            }
            int next = prefix.length() - info.remaining().length();
            if (next <= offset) {
                break;
            }
            offset = next;
        }
        return offset;
    }

    /** Jupyter's is_complete: "complete", "incomplete" (wants another line) or "invalid". */
    String completeness(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            if (remaining.strip().startsWith("%")) {
                int end = remaining.indexOf('\n');
                remaining = end < 0 ? "" : remaining.substring(end + 1);
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> remaining = info.remaining();
                case EMPTY -> remaining = "";
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return "incomplete";
                }
                default -> {
                    return "invalid";
                }
            }
        }
        return "complete";
    }

    @Override
    public void close() {
        jshell.close();
    }
}
