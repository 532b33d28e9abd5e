package org.zkopml.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zkopml.session.JShellScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kit jshell FILE.jsh}: runs JShell scripts strictly (see {@link JShellScript}); the
 * launcher calls it with the kit's {@code jshell/kit.jsh} first.
 */
@Command(name = "jshell-run", mixinStandardHelpOptions = true,
        description = "Run JShell scripts in order; stop with exit 1 at the first rejected snippet or exception.")
final class JShellScriptCommand implements Callable<Integer> {
    @Option(names = "--class-path", description = "Class path for the scripts (default: this JVM's).")
    String classPath;

    @Parameters(arity = "1..*", paramLabel = "FILE.jsh", description = "Scripts to run, in order, in one shell.")
    List<Path> scripts;

    @Override
    public Integer call() throws Exception {
        String cp = classPath != null ? classPath : System.getProperty("java.class.path");
        for (Path script : scripts) {
            if (!Files.isRegularFile(script)) {
                System.err.println("kit jshell: no such script: " + script);
                return 1;
            }
        }
        try (JShellScript shell = new JShellScript(List.of(cp.split(File.pathSeparator)), System.out, System.err)) {
            for (Path script : scripts) {
                if (!shell.run(script)) {
                    return 1;
                }
            }
        }
        return 0;
    }
}
