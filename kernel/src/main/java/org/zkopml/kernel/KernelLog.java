package org.zkopml.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kernel's log: one line per event (sockets bound, each request received), written to
 * {@code kernel-<time>-<pid>.log} in {@code ZKOPML_KERNEL_LOG_DIR} (only the newest {@value #KEPT} logs are
 * kept); start, readiness, stop and errors also go to the process's standard error, which Jupyter shows in
 * its terminal. Without a log directory everything goes to standard error.
 */
final class KernelLog {

    private static final int KEPT = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream console;
    private final PrintStream file;
    private final Path path;

    private KernelLog(PrintStream console, PrintStream file, Path path) {
        this.console = console;
        this.file = file;
        this.path = path;
    }

    /** Where the full log goes: a file, or the standard error. */
    String where() {
        return path == null ? "standard error" : path.toString();
    }

    static KernelLog open(PrintStream console, String directory) {
        if (directory == null || directory.isBlank()) {
            return new KernelLog(console, null, null);
        }
        try {
            Path dir = Files.createDirectories(Path.of(directory));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path path = dir.resolve("kernel-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
            prune(dir);
            return new KernelLog(console, new PrintStream(Files.newOutputStream(path), true, StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            console.println("zkopml kernel: cannot write a log in " + directory + ": " + e.getMessage());
            return new KernelLog(console, null, null);
        }
    }

    private static void prune(Path dir) throws IOException {
        try (Stream<Path> logs = Files.list(dir)) {
            List<Path> old = logs.filter(p -> p.getFileName().toString().matches("kernel-.*\\.log"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .skip(KEPT - 1).toList();
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** An event for the log file (on the console only when there is no log file). */
    synchronized void log(String text) {
        String line = line(text);
        if (file != null) {
            file.println(line);
        } else {
            console.println(line);
        }
    }

    /** An event for the log file and the console (start, ready, stop, errors). */
    synchronized void notice(String text) {
        String line = line(text);
        console.println(line);
        if (file != null) {
            file.println(line);
        }
    }

    private static String line(String text) {
        return "[" + LocalDateTime.now().format(TIME) + " zkopml kernel " + Thread.currentThread().getName() + "] " + text;
    }

    void error(String text, Throwable error) {
        notice(text + ": " + error);
        if (file != null) {
            synchronized (this) {
                error.printStackTrace(file);
            }
        }
    }
}
