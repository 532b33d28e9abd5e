package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.exercise.Exercise;
import org.zkopml.exercise.ExerciseRun;

/**
 * The exercise runner on a two-stage fixture exercise: verdicts, compile errors, forbid, mutants, self-test. Tagged
 * {@code jshell}: it starts a JShell per stage, so plain mvn verify leaves it out.
 */
@Tag("jshell")
class ExerciseCommandTest {
    @TempDir
    Path root;

    private Path dir;

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void fixture() throws Exception {
        write("jshell/kit.jsh", "void check(boolean c, String what) { if (!c) throw new AssertionError(\"check failed: \" + what); }\n");
        write("notebooks/99-sums.ipynb", "{\"cells\": [\"Try it: exercises/99-sum\"]}");
        write("exercises/99-sum/README.md", "# 99 · Sums\n\nNotebook: [99](../../notebooks/99-sums.ipynb).\n");
        write("exercises/99-sum/Exercise.jsh", "long sum(long a, long b) {\n    // TODO\n    throw new UnsupportedOperationException(\"TODO: write sum\");\n}\n");
        write("exercises/99-sum/checks.jsh", """
                stage(1, "small sums", "add a and b");
                forbid("Math\\\\.addExact", "use + here");
                check(sum(1, 2) == 3, "stage 1: 1 + 2");
                // stage 2 follows a comment: the runner must still see it
                stage(2, "negative sums", "mind the sign");
                check(sum(-1, -2) == -3, "stage 2: -1 + -2");
                """);
        write("exercises/99-sum/solution/Exercise.jsh", "long sum(long a, long b) { return helper(a) + b; }\nlong helper(long a) { return a; }\n");
        write("exercises/99-sum/mutants/abs.jsh", "// fails at stage: 2 — adds absolute values\nlong sum(long a, long b) { return Math.abs(a) + Math.abs(b); }\n");
        write("exercises/99-sum/mutants/exact.jsh", "// fails at stage: 1 — uses the forbidden addExact\nlong sum(long a, long b) { return Math.addExact(a, b); }\n");
        dir = root.resolve("exercises/99-sum");
    }

    private ExerciseRun.Outcome run(Path work) {
        return ExerciseRun.run(Exercise.load(dir), work, root.resolve("jshell/kit.jsh"),
                List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)), true, k -> { });
    }

    @Test
    void readsStagesMutantsAndNotebook() {
        Exercise e = Exercise.load(dir);
        assertEquals("99 · Sums", e.title());
        assertEquals("99-sums", e.notebook());
        assertEquals(2, e.stages().size());
        assertEquals("mind the sign", e.stage(2).hint());
        assertEquals(List.of(2, 1), e.mutants().stream().map(Exercise.Mutant::failsAt).toList());
    }

    @Test
    void skeletonSolutionMutantsAndCompileErrorsGiveTheirVerdicts() throws Exception {
        ExerciseRun.Outcome skeleton = run(dir.resolve("Exercise.jsh"));
        assertEquals(1, skeleton.failingStage());
        assertTrue(skeleton.notStarted(), skeleton.reason());
        assertTrue(run(dir.resolve("solution/Exercise.jsh")).passedAll());
        ExerciseRun.Outcome abs = run(dir.resolve("mutants/abs.jsh"));
        assertEquals(2, abs.failingStage());
        assertTrue(abs.reason().startsWith("check failed: stage 2"), abs.reason());
        ExerciseRun.Outcome exact = run(dir.resolve("mutants/exact.jsh"));
        assertEquals(1, exact.failingStage());
        assertTrue(exact.reason().contains("Math.addExact, which this exercise forbids"), exact.reason());

        write("broken.jsh", "// a typo on line 3\nlong sum(long a, long b) {\n    long s = a + b\n    return s;\n}\n");
        ExerciseRun.Outcome broken = run(root.resolve("broken.jsh"));
        assertEquals(ExerciseRun.Where.WORK, broken.where());
        assertEquals(3, broken.failure().line());
        assertTrue(broken.reason().contains("';' expected"), broken.reason());
    }

    private int cli(ByteArrayOutputStream out, String... args) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "exercise";
            all[1] = "--root=" + root;
            System.arraycopy(args, 0, all, 2, args.length);
            return Main.execute(all);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void selfTestPassesAndCatchesAMutantAtTheWrongStage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, cli(out, "--self-test"), out.toString(StandardCharsets.UTF_8));
        write("exercises/99-sum/mutants/late.jsh", "// fails at stage: 1 — declared too early\nlong sum(long a, long b) { return Math.abs(a) + b; }\n");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertEquals(1, cli(again, "--self-test"));
        assertTrue(again.toString(StandardCharsets.UTF_8).contains("mutant late (declared too early) must fail at stage 1, but it failed at stage 2"),
                again.toString(StandardCharsets.UTF_8));
    }

    @Test
    void studentVerdictShowsStagesAndHint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, cli(out, "99-sum", "--mutant", "abs"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("✓ stage 1: small sums") && text.contains("✗ stage 2: negative sums")
                && text.contains("hint: mind the sign") && text.contains("1 of 2 stages passed"), text);
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        assertEquals(0, cli(list, "--list"));
        assertTrue(list.toString(StandardCharsets.UTF_8).contains("99-sums") && list.toString(StandardCharsets.UTF_8).contains("not started"),
                list.toString(StandardCharsets.UTF_8));
    }
}
