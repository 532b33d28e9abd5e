package org.zkopml.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Artifacts made for a test: a class compiled from source, packed in a jar, installed with its POM in a
 * Maven repository folder (as {@code mvn install} lays it out), so that {@code %maven} can be tested without
 * a network.
 */
final class TestArtifacts {

    private TestArtifacts() {
    }

    /** Compiles {@code source} (a public class {@code className}) into {@code classes}, on {@code classPath}. */
    static void compile(Path classes, String className, String source, List<Path> classPath) throws IOException {
        Path sources = Files.createTempDirectory("kernel-test-src");
        Path file = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String cp = classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                "-cp", cp.isEmpty() ? "." : cp, file.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + className);
        }
    }

    /** Installs {@code group:artifact:version} in {@code repository}: a jar of one class and a POM. Returns the jar. */
    static Path install(Path repository, String group, String artifact, String version, String className,
                        String source, List<String> dependencies, List<Path> classPath) throws IOException {
        Path classes = Files.createTempDirectory("kernel-test-classes");
        compile(classes, className, source, classPath);
        Path folder = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(folder);
        Path jar = folder.resolve(artifact + "-" + version + ".jar");
        try (OutputStream bytes = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(bytes);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        StringBuilder deps = new StringBuilder();
        for (String d : dependencies) {
            String[] gav = d.split(":");
            deps.append("<dependency><groupId>").append(gav[0]).append("</groupId><artifactId>").append(gav[1])
                    .append("</artifactId><version>").append(gav[2]).append("</version></dependency>");
        }
        Files.writeString(folder.resolve(artifact + "-" + version + ".pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                <dependencies>%s</dependencies></project>
                """.formatted(group, artifact, version, deps));
        return jar;
    }
}
