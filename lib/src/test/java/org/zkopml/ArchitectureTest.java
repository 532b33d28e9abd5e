package org.zkopml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zkopml.SourceConventions.Source;
import org.zkopml.SourceConventions.Violation;

/**
 * The kit's conventions, checked on the library: the package layering (design.md §1) as ArchUnit rules
 * over the compiled main and test classes ({@link Layering}), and {@code package-info.java} javadocs and javadoc
 * on public top-level types over {@code lib/src/main/java} ({@link SourceConventions}). Every rule is
 * also shown to fail: the layering rules on planted classes compiled under {@code org.zkopml.planted},
 * the source rules on small in-memory sources.
 */
class ArchitectureTest {
    /** The library's compiled classes (read from their folder, not by scanning every jar of the class path). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(classFolder(org.zkopml.values.Bytes32.class));
    /** The planted violations, compiled with the tests. */
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importPath(classFolder(ArchitectureTest.class).resolve("org/zkopml/planted"));
    /** The test classes of the library's packages (not the planted violations, not these checks in the root package). */
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(location -> location.matches(Pattern.compile(".*/org/zkopml/[a-z0-9]+/.*"))
                    && !location.contains("/org/zkopml/planted/"))
            .importPath(classFolder(ArchitectureTest.class));

    private static Path classFolder(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Source> mainSources() {
        Path root = Stream.of(Path.of("src/main/java"), Path.of("lib/src/main/java"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("no src/main/java under " + Path.of("").toAbsolutePath()));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> {
                try {
                    return new Source(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void mainClassesFollowTheLayeringWithNoKnownViolation() {
        assertTrue(MAIN.size() > 100, "expected the library's classes, found " + MAIN.size());
        Layering.packagesUseOnlyWhatTheTableAllows("org.zkopml").check(MAIN);
        Layering.everyPackageIsInTheTable("org.zkopml").check(MAIN);
    }

    @Test
    void testClassesFollowTheLayeringToo() {
        assertTrue(TESTS.size() > 100, "expected the library's test classes, found " + TESTS.size());
        assertTrue(TESTS.stream().noneMatch(c -> c.getPackageName().startsWith("org.zkopml.planted")), "the planted violations are left out");
        Layering.packagesUseOnlyWhatTheTableAllows("org.zkopml").check(TESTS);
        Layering.everyPackageIsInTheTable("org.zkopml").check(TESTS);
    }

    @Test
    void mainSourcesHavePackageInfoAndTypeJavadoc() {
        List<Source> sources = mainSources();
        assertTrue(sources.size() > 50, "expected the library's sources, found " + sources.size() + " files");
        List<Violation> violations = SourceConventions.all(sources);
        assertTrue(violations.isEmpty(), () -> SourceConventions.report(violations));
    }

    @Test
    void layeringRuleFailsOnEveryPlantedViolation() {
        assertTrue(PLANTED.size() >= 6, "the planted classes are compiled: " + PLANTED.size());
        EvaluationResult r = Layering.packagesUseOnlyWhatTheTableAllows("org.zkopml.planted").evaluate(PLANTED);
        assertTrue(r.hasViolation());
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertTrue(report.contains("org.zkopml.planted.vm.UsesCli") && report.contains("org.zkopml.planted.cli.Command"), report);
        assertTrue(report.contains("org.zkopml.planted.curve.UsesPairing") && report.contains("org.zkopml.planted.pairing.Pairing"), report);
        assertTrue(report.contains("org.zkopml.planted.values.Value"), report);
        assertTrue(r.getFailureReport().getDetails().stream().noneMatch(l -> l.contains("Unplaced")), "misc is in no layer: " + report);
    }

    @Test
    void unplacedPackageRuleFailsOnThePlantedPackage() {
        EvaluationResult r = Layering.everyPackageIsInTheTable("org.zkopml.planted").evaluate(PLANTED);
        List<String> details = r.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(l -> l.contains("org.zkopml.planted.misc.Unplaced")), details.toString());
        assertEquals(1, details.size(), details.toString());
    }

    @Test
    void tableIsAcyclicAndNothingUsesCliOrChainAndNoProtocolUsesLab() {
        Map<String, Set<String>> a = Layering.ALLOWED;
        for (var e : a.entrySet()) {
            assertTrue(!e.getValue().contains(e.getKey()), e.getKey() + " lists itself");
            for (String used : e.getValue()) {
                assertTrue(a.containsKey(used), e.getKey() + " may use unknown " + used);
                assertTrue(!a.get(used).contains(e.getKey()), e.getKey() + " and " + used + " may use each other");
                assertTrue(!used.equals("cli"), e.getKey() + " may use cli");
                if (used.equals("chain")) assertTrue(Set.of("compare", "cli").contains(e.getKey()), "only compare and cli may use chain: " + e.getKey());
                if (used.equals("compare")) assertEquals("cli", e.getKey(), "only cli may use compare");
            }
            if (!e.getKey().equals("values")) assertTrue(e.getValue().contains("values"), e.getKey() + " may use values");
        }
        for (var e : a.entrySet()) {
            if (e.getValue().contains("lab")) assertTrue(Set.of("chain", "compare", "cli").contains(e.getKey()), e.getKey() + ": no protocol package uses lab");
        }
        assertTrue(!a.get("lab").contains("chain") && !a.get("lab").contains("cli"), "lab sits below chain and cli");
        assertTrue(a.get("evm").contains("pairing") && !a.get("curve").contains("pairing"), "evm sits above pairing, curve below");
        assertTrue(!a.get("groth16").contains("model") && !a.get("groth16").contains("circuit"), "groth16: R1CS and crypto only");
    }

    private static Source src(String path, String text) {
        return new Source(path, text);
    }

    /** The package-info rule fails on a missing file and on one without a javadoc. */
    @Nested
    class PackageInfo {
        @Test
        void missingPackageInfoFails() {
            List<Violation> v = SourceConventions.packageInfo(List.of(src("org/zkopml/vm/A.java", "package org.zkopml.vm;\n")));
            assertEquals(1, v.size());
            assertEquals("org/zkopml/vm/package-info.java", v.get(0).path());
        }

        @Test
        void packageInfoWithoutJavadocFails() {
            for (String text : List.of("package org.zkopml.vm;\n", "/* not a javadoc */\npackage org.zkopml.vm;\n",
                    "/** */\npackage org.zkopml.vm;\n", "/** The VM. */\n// a note\npackage org.zkopml.vm;\n")) {
                assertEquals(1, SourceConventions.packageInfo(List.of(src("org/zkopml/vm/package-info.java", text))).size(), text);
            }
        }

        @Test
        void documentedPackagePasses() {
            assertEquals(List.of(), SourceConventions.packageInfo(List.of(
                    src("org/zkopml/vm/package-info.java", "/**\n * The VM.\n */\npackage org.zkopml.vm;\n"),
                    src("org/zkopml/vm/A.java", "package org.zkopml.vm;\n"))));
        }
    }

    /** The javadoc rule fails on an undocumented public top-level type, whatever its kind. */
    @Nested
    class TypeJavadoc {
        private List<Violation> check(String text) {
            return SourceConventions.typeJavadoc(List.of(src("org/zkopml/vm/A.java", text)));
        }

        @Test
        void undocumentedPublicTypesFail() {
            for (String decl : List.of("public class A {}", "public final class A {}", "public interface A {}",
                    "public enum A { X }", "public record A(int x) {}", "public sealed interface A permits B {}",
                    "public @interface A {}", "final public class A {}")) {
                List<Violation> v = check("package org.zkopml.vm;\nimport java.util.List;\n\n" + decl + "\n");
                assertEquals(1, v.size(), decl);
                assertEquals(4, v.get(0).line(), decl);
                assertTrue(v.get(0).rule().contains(" A has no javadoc"), v.toString());
            }
        }

        @Test
        void plainCommentOrMisplacedJavadocFails() {
            assertEquals(1, check("package p;\n/* block */\npublic class A {}\n").size());
            assertEquals(1, check("package p;\n/** Doc. */\n// note\npublic class A {}\n").size());
            assertEquals(1, check("package p;\n@Deprecated\n/** Doc after the annotation. */\npublic class A {}\n").size());
            assertEquals(1, check("package p;\n/** Doc of the import?! */\nimport java.util.List;\npublic class A {}\n").size());
            assertEquals(1, check("package p;\n/** A. */\nclass A {}\npublic class B {}\n").size());
        }

        @Test
        void documentedOrNonPublicOrNestedTypesPass() {
            assertEquals(List.of(), check("package p;\n/** A. */\npublic class A {}\n"));
            assertEquals(List.of(), check("package p;\n/**\n * A.\n */\n@Deprecated\n@SuppressWarnings({\"x\", \"y(\"})\npublic record A(int x) {}\n"));
            assertEquals(List.of(), check("package p;\nclass A {}\ninterface B {}\n"));
            assertEquals(List.of(), check("package p;\n/** A. */\npublic class A {\n    public static class Inner {}\n    public enum E { X }\n}\n"));
            assertEquals(List.of(), check("package p;\n/** A. */\npublic class A { String s = \"}\"; char c = '{'; }\n/** B. */\npublic class B {}\n"));
        }
    }

    @Test
    void reportListsEveryViolationOnItsOwnLine() {
        List<Violation> v = SourceConventions.all(List.of(src("org/zkopml/vm/A.java", "package org.zkopml.vm;\npublic class A {}\n")));
        String report = SourceConventions.report(v);
        List<String> lines = report.lines().toList();
        assertEquals(v.size() + 1, lines.size(), report);
        assertTrue(lines.contains("org/zkopml/vm/package-info.java: package-info: missing"), report);
        assertTrue(lines.contains("org/zkopml/vm/A.java:2: javadoc: public class A has no javadoc comment right before its declaration"), report);
    }
}
