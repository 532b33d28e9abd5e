package org.zkopml.kernel;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where JShell finds the Javadoc that inspection shows. JShell's {@code SourceCodeAnalysis.documentation}
 * reads Javadoc from sources only, and looks for them in one place: the running JDK's {@code lib/src.zip}.
 * Debian's JDK packages have none (the sources are the separate {@code openjdk-N-source} package), and the
 * kit's own classes are not in it. So the kernel gives JShell its list of source roots itself: the JDK's
 * {@code src.zip} (the running JDK's, or one named in {@code ZKOPML_KERNEL_SOURCES}) and the kit's
 * sources jar ({@code lib/target/zkopml-kit-sources.jar}, also named there by the kernel spec).
 *
 * <p>JShell has no public option for this list; it has a hook for its own tests, the static field
 * {@code SourceCodeAnalysisImpl.availableSourcesOverride} (JDK 9 to 25 at least), which the kernel sets
 * by reflection: the kernel spec opens the package ({@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}).
 * Without it inspection still shows signatures, and the JDK's Javadoc when its {@code src.zip} is there.
 */
final class JavaSources {

    private static final String HOOK_CLASS = "jdk.jshell.SourceCodeAnalysisImpl";
    private static final String HOOK_FIELD = "availableSourcesOverride";

    /** Zip file systems opened for modular {@code src.zip} files; open for the kernel's life (JShell reads them). */
    private static final List<FileSystem> OPEN = new ArrayList<>();

    private JavaSources() {
    }

    /**
     * The source roots for {@code entries} (a {@code path-separator}-joined list: source jars, {@code src.zip}
     * files, directories; missing ones skipped) and the running JDK's {@code src.zip}: a modular {@code src.zip}
     * contributes one root per module, anything else itself.
     */
    static List<Path> roots(String entries) throws IOException {
        Set<Path> given = new LinkedHashSet<>();
        Path home = Path.of(System.getProperty("java.home"));
        for (Path zip : List.of(home.resolve("lib").resolve("src.zip"), home.getParent().resolve("src.zip"))) {
            if (Files.isReadable(zip)) {
                given.add(zip.toRealPath());
                break;
            }
        }
        if (entries != null) {
            for (String entry : entries.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.isReadable(Path.of(entry))) {
                    given.add(Path.of(entry).toRealPath());
                }
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path path : given) {
            roots.addAll(expand(path));
        }
        return roots;
    }

    private static List<Path> expand(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return List.of(path);
        }
        FileSystem zip = FileSystems.newFileSystem(path, Map.of());
        Path root = zip.getRootDirectories().iterator().next();
        if (!Files.exists(root.resolve("java.base/java/lang/Object.java"))) {
            zip.close();
            return List.of(path); // a plain sources jar: javac reads it as it is
        }
        List<Path> modules = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                if (Files.isDirectory(child)) {
                    modules.add(child);
                }
            }
        }
        synchronized (OPEN) {
            OPEN.add(zip);
        }
        return modules;
    }

    /**
     * Hands {@code roots} to JShell (before its first {@code documentation} call); returns null when done,
     * otherwise why not (the kernel logs it and inspection goes on without the kit's Javadoc).
     */
    static String install(List<Path> roots) {
        try {
            Field field = Class.forName(HOOK_CLASS).getDeclaredField(HOOK_FIELD);
            field.setAccessible(true);
            field.set(null, List.copyOf(roots));
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "cannot give JShell the source path (" + e + "); is jdk.jshell/jdk.jshell opened to the kernel?";
        }
    }
}
