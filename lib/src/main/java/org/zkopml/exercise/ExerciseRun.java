package org.zkopml.exercise;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import org.zkopml.session.JShellScript;
import org.zkopml.session.JShellSession;

/**
 * One run of an exercise's staged checks against one file of student code (the skeleton, the
 * reference solution, a mutant or the student's own work), each in a fresh JShell so runs cannot
 * see each other's definitions. The checks run after the work; the stage in force when a check
 * fails is the failing stage.
 */
public final class ExerciseRun {
    private ExerciseRun() {}

    /** Where a run stopped. */
    public enum Where {
        /** Nowhere: every stage passed. */
        NONE,
        /** The kit's own preamble ({@code jshell/kit.jsh}) failed: a broken installation. */
        KIT,
        /** The student's file did not compile, or threw while being loaded. */
        WORK,
        /** A stage of the checks failed (a check was false, or the student's code threw). */
        CHECKS
    }

    /**
     * The result of one run: how many stages passed, and if one failed, which one and why.
     * {@code failingStage} is 0 when the work itself did not load.
     */
    public record Outcome(Exercise exercise, Path work, Where where, int passed, int failingStage, JShellScript.Failure failure) {
        /** True when every stage passed. */
        public boolean passedAll() {
            return where == Where.NONE;
        }

        /** True when the student's code threw the skeleton's "TODO" exception before any stage passed. */
        public boolean notStarted() {
            return where == Where.CHECKS && passed == 0 && failure != null
                    && failure.message().contains("UnsupportedOperationException") && failure.message().contains("TODO");
        }

        /** The failure's message without JShell's "exception java.lang.AssertionError: " prefix. */
        public String reason() {
            if (failure == null) return "";
            String m = failure.message().replaceFirst("^rejected snippet: ", "");
            return m.startsWith("exception java.lang.AssertionError: ") ? m.substring("exception java.lang.AssertionError: ".length()) : m;
        }
    }

    /**
     * A JShell with the kit loaded, reused by many runs: after each run, every snippet it added is
     * dropped, so runs cannot see each other's definitions (a fresh shell is started when a run
     * redefined one of the kit's own).
     */
    public static final class Session implements AutoCloseable {
        private final Path kitJsh;
        private final List<String> classPath;
        private final PrintStream quietOut = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        private JShellScript shell;
        private java.util.Set<jdk.jshell.Snippet> base;
        private JShellScript.Failure kitFailure;

        /** A session whose shell has {@code kitJsh} loaded, with {@code classPath}. */
        public Session(Path kitJsh, List<String> classPath) {
            this.kitJsh = kitJsh;
            this.classPath = classPath;
        }

        private void open() throws IOException {
            // The shell's own streams are unused: with the local engine, snippets print to System.out.
            shell = new JShellScript(classPath, quietOut, quietOut);
            kitFailure = shell.evaluate(kitJsh, Files.readString(kitJsh), s -> { });
            base = shell.snippets();
        }

        /**
         * Runs {@code work} and then the checks of {@code exercise}. With {@code quiet}, everything the
         * scripts print is dropped; otherwise it goes to standard output, and {@code onStage} is
         * told each stage as it starts.
         */
        public Outcome run(Exercise exercise, Path work, boolean quiet, IntConsumer onStage) {
            PrintStream original = System.out;
            if (quiet) System.setOut(quietOut);
            try {
                if (shell == null) open();
                if (kitFailure != null) return new Outcome(exercise, work, Where.KIT, 0, 0, kitFailure);
                return runIn(shell, exercise, work, onStage);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (quiet) System.setOut(original);
                if (shell != null && !shell.dropAllBut(base)) {
                    shell.close();
                    shell = null;
                }
            }
        }

        @Override
        public void close() {
            if (shell != null) shell.close();
        }
    }

    /** One run in a fresh session (see {@link Session#run}). */
    public static Outcome run(Exercise exercise, Path work, Path kitJsh, List<String> classPath, boolean quiet, IntConsumer onStage) {
        try (Session session = new Session(kitJsh, classPath)) {
            return session.run(exercise, work, quiet, onStage);
        }
    }

    private static Outcome runIn(JShellScript shell, Exercise exercise, Path work, IntConsumer onStage) throws IOException {
        JShellScript.Failure failure = shell.evaluate(Path.of("(exercise preamble)"), preamble(work), s -> { });
        if (failure != null) return new Outcome(exercise, work, Where.KIT, 0, 0, failure);
        failure = shell.evaluate(work, Files.readString(work), s -> { });
        if (failure != null) return new Outcome(exercise, work, Where.WORK, 0, 0, failure);
        int[] current = {0};
        failure = shell.evaluate(exercise.checks(), Files.readString(exercise.checks()), snippet -> {
            Matcher m = Exercise.STAGE.matcher(snippet.substring(JShellSession.leadingBlankAndComments(snippet)));
            if (m.lookingAt()) {
                current[0] = Integer.parseInt(m.group(1));
                onStage.accept(current[0]);
            }
        });
        if (failure != null) {
            int failing = Math.max(1, current[0]);
            return new Outcome(exercise, work, Where.CHECKS, failing - 1, failing, failure);
        }
        return new Outcome(exercise, work, Where.NONE, exercise.stages().size(), 0, null);
    }

    /** Helpers for the checks: {@code stage(…)} marks a stage; {@code forbid(…)} rejects a shortcut in the work. */
    private static String preamble(Path work) {
        String path = work.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                /** Marks the start of a stage of the checks (the runner reads the title and hint from the file). */
                void stage(int number, String title, String hint) { }
                /** The student's source, as written. */
                String EXERCISE_SOURCE = Files.readString(Path.of("%s"));
                /** Fails unless the student's code (comments removed) has no match of the regex. */
                void forbid(String regex, String why) {
                    String code = EXERCISE_SOURCE.replaceAll("(?s)/\\\\*.*?\\\\*/", " ").replaceAll("//[^\\\\n]*", " ");
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(code);
                    if (m.find()) throw new AssertionError("check failed: your code uses " + m.group().strip() + ", which this exercise forbids: " + why);
                }
                """.formatted(path);
    }
}
