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
 * The kernel's log: one line per event (sockets bound, each request received and answered), written to
 * the process's standard error (which Jupyter shows in its terminal) and, when {@code ZKOPML_KERNEL_LOG_DIR}
 * is set, to {@code kernel-<time>-<pid>.log} there; only the newest {@value #KEPT} logs are kept.
 */
final class KernelLog {

    private static final int KEPT = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream console;
    private final PrintStream file;

    private KernelLog(PrintStream console, PrintStream file) {
        this.console = console;
        this.file = file;
    }

    static KernelLog open(PrintStream console, String directory) {
        if (directory == null || directory.isBlank()) {
            return new KernelLog(console, null);
        }
        try {
            Path dir = Files.createDirectories(Path.of(directory));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path path = dir.resolve("kernel-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
            prune(dir);
            return new KernelLog(console, new PrintStream(Files.newOutputStream(path), true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            console.println("zkopml kernel: cannot write a log in " + directory + ": " + e.getMessage());
            return new KernelLog(console, null);
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

    synchronized void log(String text) {
        String line = "[" + LocalDateTime.now().format(TIME) + " zkopml kernel " + Thread.currentThread().getName() + "] " + text;
        console.println(line);
        if (file != null) {
            file.println(line);
        }
    }

    void error(String text, Throwable error) {
        log(text + ": " + error);
        if (file != null) {
            synchronized (this) {
                error.printStackTrace(file);
            }
        }
    }
}
