package org.zkopml.kernel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.zkopml.session.JShellSession;

/**
 * The Java behind the notebook: one JShell session ({@link JShellSession}, shared with the kit's strict script
 * runner), executing in this JVM so that {@link Notebook#display} reaches the kernel, with the kit's class path.
 * A cell is split into snippets with JShell's own analysis and evaluated one by one, stopping at the first that
 * fails; a line starting with
 * {@code %} between complete snippets, or a first line starting with {@code %%}, is a magic ({@link Magics}).
 * Inspection shows the signatures and Javadoc JShell finds for the expression at the cursor
 * ({@link JavaSources} says where it reads the Javadoc).
 */
final class Repl implements AutoCloseable {

    /** A cell's outcome: the value of its last snippet if that is an expression (or null), or a failure. */
    record Outcome(String value, Failure failure) {
        /** Ran, and shows no value. */
        static final Outcome NOTHING = new Outcome(null, null);
    }

    /** A failing cell as Jupyter shows it: exception name, message and traceback lines. */
    record Failure(String name, String message, List<String> traceback) {
    }

    /** Completion candidates replacing the code between {@code start} and {@code end} (UTF-16 indices). */
    record Completion(List<String> matches, int start, int end) {
    }

    private final JShellSession session;
    private final SourceCodeAnalysis analysis;
    private final Magics magics;
    private final List<String> classPath;
    private volatile boolean interrupted;

    /**
     * A session compiling against {@code classPath}, whose entries must also be on this JVM's class path (the
     * snippets run here and load classes from it); the kernel's own jar stays out of the notebook's compilation
     * (see {@link JShellSession}), and {@code %classpath} and {@code %maven} add to it.
     */
    Repl(List<String> classPath, PrintStream out, PrintStream err) {
        this(classPath, out, err, MavenArtifacts.fromSystemProperties());
    }

    /** As above, with {@code %maven} resolving through {@code maven}. */
    Repl(List<String> classPath, PrintStream out, PrintStream err, MavenArtifacts maven) {
        session = new JShellSession(classPath, out, err);
        analysis = session.analysis();
        this.classPath = new ArrayList<>(classPath);
        this.magics = new Magics(this, out, maven);
    }

    /**
     * Runs a cell: a cell magic if its first line starts with {@code %%}, otherwise its snippets and line
     * magics in order; stops at the first failure.
     */
    Outcome execute(String cell) {
        interrupted = false;
        String stripped = cell.stripLeading();
        if (stripped.startsWith("%%")) {
            int end = stripped.indexOf('\n');
            return magics.cell(end < 0 ? stripped : stripped.substring(0, end), end < 0 ? "" : stripped.substring(end + 1));
        }
        return run(cell);
    }

    /**
     * Java with line magics: a line starting with {@code %} where a snippet may start (not inside a text block
     * or an unfinished statement) is a magic; the value is the last snippet's or the last magic's.
     */
    Outcome run(String cell) {
        String value = null;
        StringBuilder code = new StringBuilder();
        for (String line : cell.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("%") || !(code.toString().isBlank() || completeness(code.toString()).equals("complete"))) {
                code.append(line).append('\n');
                continue;
            }
            Outcome before = evaluate(code.toString());
            code.setLength(0);
            if (before.failure() != null) {
                return before;
            }
            Outcome magic = magics.line(trimmed);
            if (magic.failure() != null) {
                return magic;
            }
            value = magic.value();
        }
        Outcome rest = evaluate(code.toString());
        return rest.failure() == null && rest.value() == null && code.toString().isBlank() ? new Outcome(value, null) : rest;
    }

    /** The class path entries of this session: the kit's, then what {@code %classpath} and {@code %maven} added. */
    List<String> classPath() {
        synchronized (classPath) {
            return List.copyOf(classPath);
        }
    }

    /** Adds the entries not already there, in order; returns those added. */
    List<Path> addToClassPath(List<Path> entries) {
        List<Path> added = new ArrayList<>();
        synchronized (classPath) {
            for (Path entry : entries) {
                String name = entry.toAbsolutePath().normalize().toString();
                if (!classPath.contains(name)) {
                    session.addToClasspath(name);
                    classPath.add(name);
                    added.add(entry);
                }
            }
        }
        return added;
    }

    /** Java only: the snippets of {@code source} in order, stopping at the first failure. */
    Outcome evaluate(String source) {
        String remaining = source;
        String value = null;
        JShellSession.Piece piece;
        while ((piece = session.next(remaining)) != null) {
            if (interrupted) {
                return failure("Interrupted", "the cell was interrupted");
            }
            remaining = piece.remaining();
            value = null;
            for (SnippetEvent event : session.eval(piece.source())) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                JShellSession.Problem problem = session.problemOf(event);
                if (problem != null) {
                    return new Outcome(null, problem.accept(new Failures(event.snippet().source())));
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

    /** A failed snippet as Jupyter shows an error: exception name, message, traceback lines. */
    private record Failures(String source) implements JShellSession.Problem.Visitor<Failure> {
        @Override
        public Failure rejected(JShellSession.Rejected rejected) {
            List<String> lines = new ArrayList<>();
            for (JShellSession.Rejected.Error error : rejected.errors()) {
                lines.add(error.message());
                lines.add("    " + lineAt(source, (int) error.position()));
            }
            String first = lines.isEmpty() ? "the snippet was rejected: " + source.strip() : lines.get(0);
            return new Failure("CompilationError", first, lines);
        }

        @Override
        public Failure thrown(JShellSession.Thrown thrown) {
            return new Failure(thrown.exceptionClass(), thrown.message() == null ? "" : thrown.message(), thrown.trace());
        }

        @Override
        public Failure unresolved(JShellSession.Unresolved unresolved) {
            return new Failure("UnresolvedReference", "this uses " + unresolved.declaration()
                    + ", which cannot run until what it refers to is declared", List.of());
        }
    }

    private static String lineAt(String source, int position) {
        int at = Math.max(0, Math.min(position, source.length()));
        int start = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = source.indexOf('\n', at);
        return source.substring(start, end < 0 ? source.length() : end).strip();
    }

    /** A failure shown as one line, {@code name: message}. */
    static Outcome failure(String name, String message) {
        return new Outcome(null, new Failure(name, message, List.of(name + ": " + message)));
    }

    /** Stops the running snippet (called from the control thread). */
    void interrupt() {
        interrupted = true;
        session.stop();
    }

    /**
     * Completions at {@code cursor} (a UTF-16 index) within the snippet the cursor is in; on a magic's name
     * (after {@code %} at a line's start), the magics.
     */
    Completion complete(String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        String line = code.substring(lineStart, cursor);
        if (line.stripLeading().startsWith("%")) {
            int nameStart = lineStart + (line.length() - line.stripLeading().length());
            String typed = code.substring(nameStart, cursor);
            if (typed.chars().anyMatch(Character::isWhitespace)) {
                return new Completion(List.of(), cursor, cursor); // a magic's arguments: nothing to offer
            }
            boolean firstLine = code.substring(0, nameStart).isBlank();
            List<String> names = magics.names().stream()
                    .filter(name -> name.startsWith(typed) && (firstLine || !name.startsWith("%%"))).toList();
            return new Completion(names, nameStart, cursor);
        }
        int start = snippetStart(code, cursor);
        String part = code.substring(start, cursor);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        for (SourceCodeAnalysis.Suggestion suggestion : analysis.completionSuggestions(part, part.length(), anchor)) {
            matches.add(suggestion.continuation());
        }
        return new Completion(List.copyOf(matches), start + anchor[0], cursor);
    }

    /**
     * What inspection shows for the code at {@code cursor} (a UTF-16 index): each signature JShell finds for the
     * name or call there, with its Javadoc (detail 0: the first sentence of each, or the whole Javadoc of a
     * single one; detail 1: all of it); a magic's usage on a magic line; null when there is nothing to show.
     */
    String inspect(String code, int cursor, int detail) {
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++; // the whole name under the cursor, as a reader means it
        }
        int lineStart = code.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        String line = code.substring(lineStart, end).stripLeading();
        if (line.startsWith("%")) {
            Magics.Help help = magics.help(line.split("\\s+", 2)[0]);
            return help == null ? null : help.usage() + "\n    " + help.what();
        }
        int start = snippetStart(code, end);
        String part = code.substring(start, end);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(part, part.length(), true);
        if (docs.isEmpty() && !part.isEmpty() && Character.isJavaIdentifierPart(part.charAt(part.length() - 1))) {
            docs = analysis.documentation(part + "(", part.length() + 1, true); // a method's name: its overloads
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            JavadocText javadoc = JavadocText.of(doc.javadoc());
            if (!text.isEmpty()) {
                text.append(detail > 0 || docs.size() == 1 ? "\n\n" : "\n");
            }
            text.append(doc.signature());
            String body = detail > 0 || docs.size() == 1 ? javadoc.full() : javadoc.summary();
            if (!body.isBlank()) {
                text.append('\n').append(JavadocText.indent(detail > 0 || docs.size() == 1 ? body
                        : JavadocText.wrap(body, JavadocText.WIDTH - 4), "    "));
            }
        }
        return text.toString();
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
        if (code.stripLeading().startsWith("%%")) {
            return "complete"; // a cell magic's body is not necessarily Java
        }
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
        session.close();
    }
}
