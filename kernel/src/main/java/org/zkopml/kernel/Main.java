package org.zkopml.kernel;

import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -cp zkopml-kernel.jar:zkopml-kit.jar org.zkopml.kernel.Main CONNECTION_FILE}: the lab's Jupyter
 * kernel. The notebook's code compiles against and runs with this JVM's class path (the kit's jar on it);
 * the log directory is {@code ZKOPML_KERNEL_LOG_DIR}; {@code ZKOPML_KERNEL_SOURCES} lists the sources (jars,
 * {@code src.zip}, folders) whose Javadoc inspection shows ({@link JavaSources}).
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
        // The notebook compiles against the kit's jar, not the kernel's own (its JeroMQ, resolver, …); kit.jsh
        // reaches Notebook by reflection, which finds it on this JVM's class path.
        String own = ownJar();
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank() && !Path.of(s).toAbsolutePath().normalize().toString().equals(own)).toList();
        new Kernel(connection, entries, log).serve();
        System.exit(0);
    }

    private static String ownJar() {
        try {
            Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(self) ? self.toAbsolutePath().normalize().toString() : "";
        } catch (URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}
