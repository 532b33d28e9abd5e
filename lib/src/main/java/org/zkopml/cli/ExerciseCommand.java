package org.zkopml.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kit exercise NAME}: checks a student's {@code exercises/NAME/Exercise.jsh} stage by stage
 * and prints a verdict (stages passed, the first failing stage with its hint, or the compile error
 * with file and line); {@code --list} shows every exercise with its notebook and status;
 * {@code --self-test} proves the checks can fail (skeletons fail at stage 1, reference solutions pass,
 * each mutant fails at its declared stage).
 */
@Command(name = "exercise", mixinStandardHelpOptions = true,
        description = "Check an exercise stage by stage (exercises/NAME/Exercise.jsh), list them, or self-test them.")
final class ExerciseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "The exercise (e.g. 01-merkle-root); with --self-test, which ones (default: all).")
    List<String> names = new ArrayList<>();

    @Option(names = "--solution", description = "Check the reference solution instead of your work.")
    boolean solution;

    @Option(names = "--mutant", paramLabel = "MUTANT", description = "Check one of the exercise's mutant solutions.")
    String mutant;

    @Option(names = "--file", paramLabel = "FILE.jsh", description = "Check this file instead of exercises/NAME/Exercise.jsh.")
    Path file;

    @Option(names = "--list", description = "List every exercise with its notebook and your status.")
    boolean list;

    @Option(names = "--self-test", description = "Skeletons must fail at stage 1, solutions pass, mutants fail at their stage.")
    boolean selfTest;

    @Option(names = "--root", paramLabel = "DIR", description = "The kit's folder (default: the current one).")
    Path root = Path.of(".");

    @Option(names = "--class-path", description = "Class path for the scripts (default: this JVM's).")
    String classPath;

    @picocli.CommandLine.Mixin
    Output output;

    @Override
    public Integer call() {
        Path exercisesDir = root.resolve("exercises");
        Path kitJsh = root.resolve("jshell").resolve("kit.jsh");
        if (!Files.isDirectory(exercisesDir) || !Files.isRegularFile(kitJsh)) {
            throw new IllegalArgumentException("no exercises/ and jshell/kit.jsh under " + root.toAbsolutePath().normalize()
                    + " (run from the kit's folder, or pass --root)");
        }
        List<String> cp = List.of((classPath != null ? classPath : System.getProperty("java.class.path")).split(File.pathSeparator));
        PrintStream out = System.out;
        if (list) return list(exercisesDir, kitJsh, cp, out);
        if (selfTest) return selfTest(exercisesDir, kitJsh, cp, out);
        if (names.size() != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name one exercise (./kit exercise --list shows them)");
        }
        Exercise exercise = find(exercisesDir, names.get(0));
        Path work = file != null ? file
                : solution ? exercise.solution()
                : mutant != null ? exercise.mutants().stream().filter(m -> m.name().equals(mutant)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("exercise " + exercise.name() + " has no mutant '" + mutant
                                + "'; it has: " + String.join(", ", exercise.mutants().stream().map(Exercise.Mutant::name).toList())))
                        .file()
                : exercise.skeleton();
        if (!Files.isRegularFile(work)) throw new IllegalArgumentException("no such file: " + work);
        if (output.json) {
            ExerciseRun.Outcome o = ExerciseRun.run(exercise, work, kitJsh, cp, true, k -> { });
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
            out.println(Json.write(result));
            return o.passedAll() ? 0 : 1;
        }
        out.println("exercise " + exercise.name() + " · " + exercise.title());
        out.println("checking " + shown(work) + " (" + exercise.stages().size() + " stages)");
        ExerciseRun.Outcome o = ExerciseRun.run(exercise, work, kitJsh, cp, false,
                k -> out.println("── stage " + k + ": " + exercise.stage(k).title()));
        out.println();
        verdict(exercise, o, out);
        return o.passedAll() ? 0 : 1;
    }

    private void verdict(Exercise exercise, ExerciseRun.Outcome o, PrintStream out) {
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

    private int list(Path exercisesDir, Path kitJsh, List<String> cp, PrintStream out) {
        List<Exercise> all = Exercise.all(exercisesDir);
        out.printf("%-26s %-32s %s%n", "exercise", "notebook", "status (of your Exercise.jsh)");
        try (ExerciseRun.Session session = new ExerciseRun.Session(kitJsh, cp)) {
        for (Exercise e : all) {
            ExerciseRun.Outcome o = session.run(e, e.skeleton(), true, k -> { });
            String status = o.passedAll() ? "passed (" + e.stages().size() + " stages)"
                    : o.notStarted() ? "not started"
                    : o.where() == ExerciseRun.Where.CHECKS ? "stage " + o.failingStage() + " of " + e.stages().size() + " failing"
                    : o.where() == ExerciseRun.Where.WORK ? "does not compile (line " + o.failure().line() + ")" : "kit not loaded";
            out.printf("%-26s %-32s %s%n", e.name(), e.notebook(), status);
        }
        }
        return 0;
    }

    private int selfTest(Path exercisesDir, Path kitJsh, List<String> cp, PrintStream out) {
        List<Exercise> chosen = names.isEmpty() ? Exercise.all(exercisesDir) : names.stream().map(n -> find(exercisesDir, n)).toList();
        int problems = 0;
        int runs = 0;
        long start = System.nanoTime();
        try (ExerciseRun.Session session = new ExerciseRun.Session(kitJsh, cp)) {
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
        return problems == 0 ? 0 : 1;
    }

    private static String describe(ExerciseRun.Outcome o) {
        return switch (o.where()) {
            case NONE -> "it passed every stage";
            case KIT -> "the kit did not load: " + o.failure();
            case WORK -> "it did not load: " + o.failure();
            case CHECKS -> "it failed at stage " + o.failingStage() + ": " + o.reason();
        };
    }

    private String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }

    private static Exercise find(Path exercisesDir, String name) {
        String clean = name.replaceAll("/+$", "").replaceFirst("^(\\./)?exercises/", "");
        Path dir = exercisesDir.resolve(clean);
        if (clean.contains("/") || !Files.isRegularFile(dir.resolve("checks.jsh"))) {
            throw new IllegalArgumentException("no exercise '" + name + "' (./kit exercise --list shows them)");
        }
        return Exercise.load(dir);
    }
}
