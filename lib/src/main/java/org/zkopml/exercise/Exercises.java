package org.zkopml.exercise;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.zkopml.session.JShellScript;

/**
 * The classroom exercises of a kit checkout ({@code exercises/}, with {@code jshell/kit.jsh} loaded before each
 * run): find one, check a file against its stages, say the verdict in words or as fields, list them all with the
 * student's status, and test the exercises themselves. {@code ./kit exercise} is a thin command over this.
 */
public final class Exercises {
    private final Path root;
    private final Path exercisesDir;
    private final Path kitJsh;
    private final List<String> classPath;

    /** The exercises under {@code root} (the kit's folder), run with {@code classPath}; a one-line error if there are none. */
    public Exercises(Path root, List<String> classPath) {
        this.root = root;
        this.exercisesDir = root.resolve("exercises");
        this.kitJsh = root.resolve("jshell").resolve("kit.jsh");
        this.classPath = List.copyOf(classPath);
        if (!Files.isDirectory(exercisesDir) || !Files.isRegularFile(kitJsh)) {
            throw new IllegalArgumentException("no exercises/ and jshell/kit.jsh under " + root.toAbsolutePath().normalize()
                    + " (run from the kit's folder, or pass --root)");
        }
    }

    /** Every exercise, by name. */
    public List<Exercise> all() {
        return Exercise.all(exercisesDir);
    }

    /** Checks {@code work} against the stages of {@code exercise}, in a fresh JShell (see {@link ExerciseRun#run}). */
    public ExerciseRun.Outcome check(Exercise exercise, Path work, boolean quiet, IntConsumer onStage) {
        return ExerciseRun.run(exercise, work, kitJsh, classPath, quiet, onStage);
    }

    /** A check's verdict as fields (the command's JSON object). */
    public Map<String, Object> fields(Exercise exercise, Path work, ExerciseRun.Outcome o) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("exercise", exercise.name());
        result.put("work", work.toString());
        result.put("stages", exercise.stages().size());
        result.put("passed", o.passed());
        result.put("status", o.passedAll() ? "passed" : o.where() == ExerciseRun.Where.CHECKS ? "failing" : "does not load");
        if (!o.passedAll()) {
            result.put("failingStage", o.failingStage());
            if (o.failingStage() > 0) result.put("hint", exercise.stage(o.failingStage()).hint());
            result.put("file", o.failure().file().toString());
            result.put("line", o.failure().line());
            result.put("reason", o.reason());
        }
        return result;
    }

    /** Prints the verdict of a check in words: every stage passed, the file that does not load, or the failing stage with its hint. */
    public void verdict(Exercise exercise, ExerciseRun.Outcome o, PrintStream out) {
        int total = exercise.stages().size();
        switch (o.where()) {
            case NONE -> out.println("✔ all " + total + " stages passed. Well done!");
            case KIT -> out.println("✗ the kit itself did not load: " + o.failure() + " (run ./kit setup)");
            case WORK -> {
                boolean compile = o.failure().kind() == JShellScript.Failure.Kind.COMPILE;
                out.println("✗ your file " + (compile ? "does not compile" : "threw while loading") + ":");
                out.println("    " + shown(o.failure().file()) + ":" + o.failure().line() + ": " + o.reason());
                out.println("  Fix it and run again; no stage has been checked yet.");
            }
            case CHECKS -> {
                for (int k = 1; k < o.failingStage(); k++) out.println("✓ stage " + k + ": " + exercise.stage(k).title());
                Exercise.Stage failing = exercise.stage(o.failingStage());
                out.println("✗ stage " + failing.number() + ": " + failing.title());
                String reason = o.reason();
                if (o.failure().kind() == JShellScript.Failure.Kind.COMPILE) {
                    reason = "the checks could not call your code (" + reason + ") — keep the skeleton's method names and signatures";
                } else if (!reason.startsWith("check failed")) {
                    reason = "your code threw " + reason.replaceFirst("^exception ", "");
                }
                out.println("    " + reason);
                if (!failing.hint().isEmpty()) out.println("    hint: " + failing.hint());
                for (int k = o.failingStage() + 1; k <= total; k++) out.println("· stage " + k + ": " + exercise.stage(k).title() + " (locked)");
                out.println(o.passed() + " of " + total + " stages passed. Next: fix stage " + o.failingStage() + ".");
            }
        }
    }

    /** Prints every exercise with its notebook and the status of the student's {@code Exercise.jsh}. */
    public void list(PrintStream out) {
        List<Exercise> all = all();
        out.printf("%-26s %-32s %s%n", "exercise", "notebook", "status (of your Exercise.jsh)");
        try (ExerciseRun.Session session = new ExerciseRun.Session(kitJsh, classPath)) {
        for (Exercise e : all) {
            ExerciseRun.Outcome o = session.run(e, e.skeleton(), true, k -> { });
            String status = o.passedAll() ? "passed (" + e.stages().size() + " stages)"
                    : o.notStarted() ? "not started"
                    : o.where() == ExerciseRun.Where.CHECKS ? "stage " + o.failingStage() + " of " + e.stages().size() + " failing"
                    : o.where() == ExerciseRun.Where.WORK ? "does not compile (line " + o.failure().line() + ")" : "kit not loaded";
            out.printf("%-26s %-32s %s%n", e.name(), e.notebook(), status);
        }
        }
    }

    /**
     * The exercises' own test, proving their checks can fail: each skeleton must fail at stage 1, each reference
     * solution pass, each mutant fail at the stage it declares, and each notebook link to its exercise. Prints a
     * line per exercise; returns the number of problems.
     */
    public int selfTest(List<String> names, PrintStream out) {
        List<Exercise> chosen = names.isEmpty() ? all() : names.stream().map(this::find).toList();
        int problems = 0;
        int runs = 0;
        long start = System.nanoTime();
        try (ExerciseRun.Session session = new ExerciseRun.Session(kitJsh, classPath)) {
        for (Exercise e : chosen) {
            List<String> wrong = new ArrayList<>();
            int total = e.stages().size();
            ExerciseRun.Outcome skeleton = session.run(e, e.skeleton(), true, k -> { });
            if (!(skeleton.where() == ExerciseRun.Where.CHECKS && skeleton.failingStage() == 1)) {
                wrong.add("the skeleton must fail at stage 1, but " + describe(skeleton));
            }
            ExerciseRun.Outcome reference = session.run(e, e.solution(), true, k -> { });
            if (!reference.passedAll()) wrong.add("the reference solution must pass, but " + describe(reference));
            runs += 2;
            if (e.mutants().size() < 2) wrong.add("needs at least two mutants in mutants/, has " + e.mutants().size());
            for (Exercise.Mutant m : e.mutants()) {
                runs++;
                ExerciseRun.Outcome o = session.run(e, m.file(), true, k -> { });
                if (m.failsAt() < 1 || m.failsAt() > total) {
                    wrong.add("mutant " + m.name() + " declares stage " + m.failsAt() + " of " + total);
                } else if (!(o.where() == ExerciseRun.Where.CHECKS && o.failingStage() == m.failsAt())) {
                    wrong.add("mutant " + m.name() + " (" + m.mistake() + ") must fail at stage " + m.failsAt() + ", but " + describe(o));
                }
            }
            if (e.notebook().isEmpty()) {
                wrong.add("README.md links no notebooks/NN-topic.ipynb");
            } else {
                Path nb = root.resolve("notebooks").resolve(e.notebook() + ".ipynb");
                try {
                    if (!Files.readString(nb).contains("exercises/" + e.name())) wrong.add(nb + " has no 'Try it' link to exercises/" + e.name());
                } catch (java.io.IOException x) {
                    wrong.add("its notebook " + nb + " cannot be read");
                }
            }
            if (wrong.isEmpty()) {
                out.println("ok   " + e.name() + ": skeleton fails at stage 1, solution passes " + total + " stages, "
                        + e.mutants().size() + " mutants fail at their stages");
            } else {
                problems += wrong.size();
                for (String w : wrong) out.println("FAIL " + e.name() + ": " + w);
            }
        }
        }
        double cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        out.printf("exercise self-test: %d exercises, %d runs, %d problems, %.1f s (%.1f s of CPU)%n", chosen.size(), runs, problems,
                (System.nanoTime() - start) / 1e9, cpu);
        return problems;
    }

    private static String describe(ExerciseRun.Outcome o) {
        return switch (o.where()) {
            case NONE -> "it passed every stage";
            case KIT -> "the kit did not load: " + o.failure();
            case WORK -> "it did not load: " + o.failure();
            case CHECKS -> "it failed at stage " + o.failingStage() + ": " + o.reason();
        };
    }

    /** A path as the student reads it: relative to the kit's folder when inside it. */
    public String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }

    /** The exercise a name means ({@code 01-merkle-root}, {@code exercises/01-merkle-root/}); a one-line error otherwise. */
    public Exercise find(String name) {
        String clean = name.replaceAll("/+$", "").replaceFirst("^(\\./)?exercises/", "");
        Path dir = exercisesDir.resolve(clean);
        if (clean.contains("/") || !Files.isRegularFile(dir.resolve("checks.jsh"))) {
            throw new IllegalArgumentException("no exercise '" + name + "' (./kit exercise --list shows them)");
        }
        return Exercise.load(dir);
    }
}
