package org.zkopml.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The notebook's magics, as IJava and IPython users know them: a line that starts with {@code %} (line
 * magic) or a cell whose first line starts with {@code %%} (cell magic) is a command to the kernel, not Java.
 * {@code %lsmagic} lists them. A magic that fails is the cell's error, one line naming the magic.
 */
final class Magics {

    /** A line magic's work: its argument text in, the outcome (a value for {@code %time}) out. */
    @FunctionalInterface
    interface Line {
        Repl.Outcome run(String arguments);
    }

    /** A cell magic's work: its arguments (after the name on the first line) and the cell's other lines. */
    @FunctionalInterface
    interface Cell {
        Repl.Outcome run(String arguments, String body);
    }

    /** One magic: how it is called and what it does (for {@code %lsmagic} and inspection). */
    record Help(String usage, String what) {
    }

    /**
     * The environment variable naming the course's notebooks folder when the notebook runs in a working copy
     * of it ({@code ./kit lab} sets it): a relative {@code %load} path not found beside the notebook is read
     * from there, so that {@code %load ../jshell/kit.jsh} works wherever the working copy is.
     */
    static final String COURSE_DIR = "ZKOPML_COURSE_DIR";

    private final Repl repl;
    private final PrintStream out;
    private final MavenArtifacts maven;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Help> help = new LinkedHashMap<>();

    Magics(Repl repl, PrintStream out, MavenArtifacts maven) {
        this.repl = repl;
        this.out = out;
        this.maven = maven;
        line("%lsmagic", "%lsmagic", "lists the magics", this::lsmagic);
        line("%load", "%load FILE", "runs a JShell file's snippets (relative to the notebook's folder, or the course's)",
                this::load);
        line("%classpath", "%classpath [PATH…]", "adds jars or class folders to the session (globs such as lib/*.jar);"
                + " without a path, shows the class path", this::classpath);
        line("%jars", "%jars PATH…", "the same as %classpath", this::classpath);
        line("%maven", "%maven GROUP:ARTIFACT:VERSION…", "resolves an artifact and its runtime dependencies with Maven's"
                + " resolver (Maven Central, cached in the local repository) and adds them to the session", this::maven);
        line("%time", "%time CODE", "runs the rest of the line and prints its wall time", this::time);
        cells.put("%%time", this::timeCell);
        help.put("%%time", new Help("%%time", "runs the rest of the cell and prints its wall time"));
    }

    private void line(String name, String usage, String what, Line action) {
        lines.put(name, action);
        help.put(name, new Help(usage, what));
    }

    /** Every magic's name, line magics first ({@code %name}, {@code %%name}). */
    List<String> names() {
        return List.copyOf(help.keySet());
    }

    /** How a magic is called and what it does, or null if there is no such magic. */
    Help help(String name) {
        return help.get(name);
    }

    /** Runs a line magic: {@code line} is the whole line, starting with {@code %}. */
    Repl.Outcome line(String line) {
        String[] words = line.strip().split("\\s+", 2);
        Line magic = lines.get(words[0]);
        if (magic == null) {
            return unknown(words[0]);
        }
        return magic.run(words.length > 1 ? words[1].strip() : "");
    }

    /** Runs a cell magic: {@code header} is the first line (starting with {@code %%}), {@code body} the rest. */
    Repl.Outcome cell(String header, String body) {
        String[] words = header.strip().split("\\s+", 2);
        Cell magic = cells.get(words[0]);
        if (magic == null) {
            return unknown(words[0]);
        }
        return magic.run(words.length > 1 ? words[1].strip() : "", body);
    }

    private Repl.Outcome unknown(String name) {
        return Repl.failure("UnknownMagic", name + " is not a magic of this kernel; %lsmagic lists them ("
                + String.join(", ", names()) + ")");
    }

    private Repl.Outcome lsmagic(String arguments) {
        int width = help.values().stream().mapToInt(h -> h.usage().length()).max().orElse(0);
        out.println("Line magics (a line of their own):");
        help.forEach((name, h) -> {
            if (!name.startsWith("%%")) {
                out.printf("  %-" + width + "s  %s%n", h.usage(), h.what());
            }
        });
        out.println("Cell magics (the cell's first line):");
        help.forEach((name, h) -> {
            if (name.startsWith("%%")) {
                out.printf("  %-" + width + "s  %s%n", h.usage(), h.what());
            }
        });
        return Repl.Outcome.NOTHING;
    }

    private Repl.Outcome load(String arguments) {
        if (arguments.isEmpty()) {
            return Repl.failure("%load", "which file? %load FILE");
        }
        Path file = Path.of(arguments);
        String course = System.getenv(COURSE_DIR);
        if (!file.isAbsolute() && !Files.exists(file) && course != null && !course.isBlank()
                && Files.exists(Path.of(course).resolve(file))) {
            file = Path.of(course).resolve(file); // a working copy elsewhere: the course's own file
        }
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            return Repl.failure("%load", "cannot read " + file.toAbsolutePath().normalize() + " (" + e + ")");
        }
        Repl.Outcome loaded = repl.evaluate(source);
        return loaded.failure() == null ? Repl.Outcome.NOTHING : loaded;
    }

    private Repl.Outcome classpath(String arguments) {
        if (arguments.isEmpty()) {
            repl.classPath().forEach(out::println);
            return Repl.Outcome.NOTHING;
        }
        List<Path> found = new ArrayList<>();
        for (String pattern : arguments.split("\\s+")) {
            List<Path> matches;
            try {
                matches = expand(pattern);
            } catch (IOException e) {
                return Repl.failure("%classpath", "cannot list " + pattern + " (" + e.getMessage() + ")");
            }
            if (matches.isEmpty()) {
                return Repl.failure("%classpath", "no such jar or folder: " + Path.of(pattern).toAbsolutePath().normalize());
            }
            found.addAll(matches);
        }
        List<Path> added = repl.addToClassPath(found);
        out.println(added.isEmpty() ? "already on the class path: " + names(found)
                : "added to the class path: " + names(added));
        return Repl.Outcome.NOTHING;
    }

    /** A path, or a glob in its last part ({@code lib/*.jar}), relative to the working directory. */
    private static List<Path> expand(String pattern) throws IOException {
        Path path = Path.of(pattern);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.contains("*") && !name.contains("?") && !name.contains("[") && !name.contains("{")) {
            return Files.exists(path) ? List.of(path.toAbsolutePath().normalize()) : List.of();
        }
        Path folder = path.getParent() == null ? Path.of("") : path.getParent();
        if (!Files.isDirectory(folder.toAbsolutePath())) {
            return List.of();
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.toAbsolutePath(), name)) {
            entries.forEach(p -> matches.add(p.toAbsolutePath().normalize()));
        }
        matches.sort(null);
        return matches;
    }

    private Repl.Outcome maven(String arguments) {
        if (arguments.isEmpty()) {
            return Repl.failure("%maven", "which artifact? %maven group:artifact:version");
        }
        for (String coordinates : arguments.split("\\s+")) {
            List<Path> jars;
            try {
                jars = maven.resolve(coordinates);
            } catch (MavenArtifacts.Unavailable e) {
                return Repl.failure("%maven", coordinates + " cannot be had: " + e.getMessage());
            }
            List<Path> added = repl.addToClassPath(jars);
            out.println(coordinates + ": " + (added.isEmpty() ? "already on the class path"
                    : added.size() + (added.size() == 1 ? " jar" : " jars") + " added to the class path ("
                    + names(added) + "), from " + maven.localRepository()));
        }
        return Repl.Outcome.NOTHING;
    }

    private Repl.Outcome time(String code) {
        long start = System.nanoTime();
        Repl.Outcome outcome = repl.run(code);
        out.println("Wall time: " + duration(System.nanoTime() - start));
        return outcome;
    }

    private Repl.Outcome timeCell(String arguments, String body) {
        long start = System.nanoTime();
        Repl.Outcome outcome = repl.run(arguments.isEmpty() ? body : arguments + "\n" + body);
        out.println("Wall time: " + duration(System.nanoTime() - start));
        return outcome;
    }

    /** A duration as IPython's %time prints it: 812 µs, 25.3 ms, 1.52 s, 2min 3s. */
    static String duration(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds >= 60) {
            long whole = Math.round(seconds);
            return (whole / 60) + "min " + (whole % 60) + "s";
        }
        if (seconds >= 1) {
            return threeDigits(seconds) + " s";
        }
        if (seconds >= 1e-3) {
            return threeDigits(seconds * 1e3) + " ms";
        }
        return threeDigits(seconds * 1e6) + " µs";
    }

    private static String threeDigits(double value) {
        return String.format(Locale.ROOT, value < 9.995 ? "%.2f" : value < 99.95 ? "%.1f" : "%.0f", value);
    }

    private static String names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .collect(Collectors.joining(", "));
    }
}
