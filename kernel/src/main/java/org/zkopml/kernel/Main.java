package org.zkopml.kernel;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar zkopml-kernel.jar CONNECTION_FILE}: the lab's Jupyter kernel. The kit's class path comes
 * from {@code ZKOPML_CLASSPATH} (entries separated by the platform's path separator); the log directory
 * from {@code ZKOPML_KERNEL_LOG_DIR}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream console = System.err;
        if (args.length != 1) {
            console.println("usage: java -jar zkopml-kernel.jar CONNECTION_FILE");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelLog log = KernelLog.open(console, System.getenv("ZKOPML_KERNEL_LOG_DIR"));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.error("thread " + thread.getName() + " died; the kernel stops so that Jupyter sees it", error);
            Runtime.getRuntime().halt(3);
        });
        log.log("starting with " + args[0]);
        Connection connection = Connection.read(Path.of(args[0]));
        String classPath = System.getenv().getOrDefault("ZKOPML_CLASSPATH", "");
        List<String> entries = Arrays.stream(classPath.split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
        new Kernel(connection, entries, log).serve();
        System.exit(0);
    }
}
