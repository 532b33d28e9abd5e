package org.zkopml.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zkopml.exercise.Exercise;
import org.zkopml.exercise.ExerciseRun;
import org.zkopml.exercise.Exercises;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./kit exercise NAME}: checks a student's {@code exercises/NAME/Exercise.jsh} stage by stage
 * and prints a verdict (stages passed, the first failing stage with its hint, or the compile error
 * with file and line); {@code --list} shows every exercise with its notebook and status;
 * {@code --self-test} proves the checks can fail (skeletons fail at stage 1, reference solutions pass,
 * each mutant fails at its declared stage). The work is {@link Exercises}'s.
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
        List<String> cp = List.of((classPath != null ? classPath : System.getProperty("java.class.path")).split(File.pathSeparator));
        Exercises exercises = new Exercises(root, cp);
        PrintStream out = System.out;
        if (list) {
            exercises.list(out);
            return 0;
        }
        if (selfTest) return exercises.selfTest(names, out) == 0 ? 0 : 1;
        if (names.size() != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name one exercise (./kit exercise --list shows them)");
        }
        Exercise exercise = exercises.find(names.get(0));
        Path work = file != null ? file
                : solution ? exercise.solution()
                : mutant != null ? exercise.mutants().stream().filter(m -> m.name().equals(mutant)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("exercise " + exercise.name() + " has no mutant '" + mutant
                                + "'; it has: " + String.join(", ", exercise.mutants().stream().map(Exercise.Mutant::name).toList())))
                        .file()
                : exercise.skeleton();
        if (!Files.isRegularFile(work)) throw new IllegalArgumentException("no such file: " + work);
        if (output.json) {
            ExerciseRun.Outcome o = exercises.check(exercise, work, true, k -> { });
            out.println(Json.write(exercises.fields(exercise, work, o)));
            return o.passedAll() ? 0 : 1;
        }
        out.println("exercise " + exercise.name() + " · " + exercise.title());
        out.println("checking " + exercises.shown(work) + " (" + exercise.stages().size() + " stages)");
        ExerciseRun.Outcome o = exercises.check(exercise, work, false,
                k -> out.println("── stage " + k + ": " + exercise.stage(k).title()));
        out.println();
        exercises.verdict(exercise, o, out);
        return o.passedAll() ? 0 : 1;
    }

}
