package org.zkopml.kernel;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -cp zkopml-kernel.jar:zkopml-kit.jar org.zkopml.kernel.Main CONNECTION_FILE}: the lab's Jupyter
 * kernel. The notebook's code compiles against and runs with this JVM's class path (the kit's jar on it);
 * the log directory is {@code ZKOPML_KERNEL_LOG_DIR}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream console = System.err;
        if (args.length != 1) {
            console.println("usage: java -cp zkopml-kernel.jar:CLASS_PATH org.zkopml.kernel.Main CONNECTION_FILE");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelLog log = KernelLog.open(console, System.getenv("ZKOPML_KERNEL_LOG_DIR"));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.error("thread " + thread.getName() + " died; the kernel stops so that Jupyter sees it", error);
            Runtime.getRuntime().halt(3);
        });
        log.notice("starting with " + args[0] + "; log: " + log.where());
        Connection connection = Connection.read(Path.of(args[0]));
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        new Kernel(connection, entries, log).serve();
        System.exit(0);
    }
}
