package org.zkopml.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One classroom exercise, read from its folder {@code exercises/NAME/}: the statement
 * ({@code README.md}: title on the first line, the notebook it belongs to linked in the text), the
 * skeleton {@code Exercise.jsh}, the staged checks {@code checks.jsh} (each stage opened by a line
 * {@code stage(k, "title", "hint");}), the reference {@code solution/Exercise.jsh}, and the mutant
 * solutions {@code mutants/*.jsh} (each declaring {@code // fails at stage: k — the mistake}).
 */
public record Exercise(String name, Path dir, String title, String notebook, List<Stage> stages, List<Mutant> mutants) {

    /** One stage of the checks: its number (1, 2, …), what it checks, and what to fix when it fails. */
    public record Stage(int number, String title, String hint) {}

    /** A plausible wrong solution and the stage at which the checks must stop it. */
    public record Mutant(String name, Path file, int failsAt, String mistake) {}

    static final Pattern STAGE = Pattern.compile(
            "^\\s*stage\\(\\s*(\\d+)\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)\\s*;", Pattern.MULTILINE);
    private static final Pattern FAILS_AT = Pattern.compile("//\\s*fails at stage:?\\s*(\\d+)\\s*(?:[—–-]+\\s*(.*))?");
    private static final Pattern NOTEBOOK = Pattern.compile("notebooks/(\\d\\d-[A-Za-z0-9-]+)\\.ipynb");

    /** The skeleton the student edits. */
    public Path skeleton() {
        return dir.resolve("Exercise.jsh");
    }

    /** The reference solution. */
    public Path solution() {
        return dir.resolve("solution").resolve("Exercise.jsh");
    }

    /** The staged checks. */
    public Path checks() {
        return dir.resolve("checks.jsh");
    }

    /** The stage numbered {@code k} (1-based). */
    public Stage stage(int k) {
        return stages.get(k - 1);
    }

    /** Reads the exercise in {@code dir}; a malformed folder gives a one-line IllegalArgumentException. */
    public static Exercise load(Path dir) {
        String name = dir.getFileName().toString();
        try {
            Path readme = dir.resolve("README.md");
            Path checks = dir.resolve("checks.jsh");
            if (!Files.isRegularFile(checks)) {
                throw new IllegalArgumentException("no exercise '" + name + "' (no " + checks + ")");
            }
            String statement = Files.isRegularFile(readme) ? Files.readString(readme) : "";
            String title = statement.lines().findFirst().orElse(name).replaceFirst("^#+\\s*", "").strip();
            Matcher nb = NOTEBOOK.matcher(statement);
            String notebook = nb.find() ? nb.group(1) : "";
            List<Stage> stages = new ArrayList<>();
            Matcher m = STAGE.matcher(Files.readString(checks));
            while (m.find()) {
                int k = Integer.parseInt(m.group(1));
                if (k != stages.size() + 1) {
                    throw new IllegalArgumentException(checks + ": stage " + k + " follows stage " + stages.size()
                            + " (stages are numbered 1, 2, … in order)");
                }
                stages.add(new Stage(k, unescape(m.group(2)), unescape(m.group(3))));
            }
            if (stages.isEmpty()) {
                throw new IllegalArgumentException(checks + ": no stage(1, \"title\", \"hint\"); line");
            }
            List<Mutant> mutants = new ArrayList<>();
            Path mutantDir = dir.resolve("mutants");
            if (Files.isDirectory(mutantDir)) {
                try (Stream<Path> files = Files.list(mutantDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList()) {
                        Matcher f = FAILS_AT.matcher(Files.readString(file));
                        if (!f.find()) {
                            throw new IllegalArgumentException(file + ": no '// fails at stage: k — the mistake' line");
                        }
                        String mutantName = file.getFileName().toString().replaceFirst("\\.jsh$", "");
                        mutants.add(new Mutant(mutantName, file, Integer.parseInt(f.group(1)),
                                f.group(2) == null ? "" : f.group(2).strip()));
                    }
                }
            }
            return new Exercise(name, dir, title, notebook, List.copyOf(stages), List.copyOf(mutants));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every exercise under {@code exercisesDir}, by name. */
    public static List<Exercise> all(Path exercisesDir) {
        try (Stream<Path> dirs = Files.list(exercisesDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("checks.jsh")))
                    .sorted(Comparator.comparing(Path::toString)).map(Exercise::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String javaString) {
        return javaString.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
