package org.zkopml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zkopml.ArchitectureRules.Source;
import org.zkopml.ArchitectureRules.Violation;

/**
 * The kit's conventions, checked on {@code lib/src/main/java}: package layering (design.md §1),
 * {@code package-info.java} javadocs, javadoc on public top-level types. The nested tests show that every
 * rule fails on a small in-memory source that breaks it.
 */
class ArchitectureTest {
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
    void mainSourcesFollowTheConventions() {
        List<Source> sources = mainSources();
        assertTrue(sources.size() > 50, "expected the library's sources, found " + sources.size() + " files");
        List<Violation> violations = ArchitectureRules.all(sources);
        assertTrue(violations.isEmpty(), () -> ArchitectureRules.report(violations));
    }

    @Test
    void tableCoversEveryPackageInTheSources() {
        for (Source s : mainSources()) {
            String dir = s.path().substring(0, s.path().lastIndexOf('/'));
            String pkg = dir.substring("org/zkopml/".length()).split("/")[0];
            assertTrue(ArchitectureRules.ALLOWED.containsKey(pkg), "package " + pkg + " (" + s.path() + ") is not in the layering table");
        }
    }

    @Test
    void tableIsAcyclicAndNothingUsesCliOrChainOrLab() {
        Map<String, Set<String>> a = ArchitectureRules.ALLOWED;
        for (var e : a.entrySet()) {
            assertTrue(!e.getValue().contains(e.getKey()), e.getKey() + " lists itself");
            for (String used : e.getValue()) {
                assertTrue(a.containsKey(used), e.getKey() + " may use unknown " + used);
                assertTrue(!a.get(used).contains(e.getKey()), e.getKey() + " and " + used + " may use each other");
                assertTrue(!used.equals("cli"), e.getKey() + " may use cli");
                if (used.equals("chain")) assertEquals("cli", e.getKey(), "only cli may use chain");
                if (used.equals("lab")) assertEquals("cli", e.getKey(), "only cli may use lab");
            }
        }
        assertEquals(Set.of("values"), a.get("lab"), "lab uses no protocol package, only the shared values");
    }

    private static Source src(String path, String text) {
        return new Source(path, text);
    }

    /** The layering rule fails on references to the right, and only on code. */
    @Nested
    class Layering {
        private List<Violation> check(Source... s) {
            return ArchitectureRules.layering(List.of(s), ArchitectureRules.ALLOWED, Set.of());
        }

        @Test
        void importToTheRightFails() {
            List<Violation> v = check(src("org/zkopml/vm/A.java", """
                    package org.zkopml.vm;

                    import org.zkopml.model.QuantizedModel;
                    import org.zkopml.dispute.Dispute;
                    /** A. */
                    public class A {}
                    """));
            assertEquals(1, v.size(), v.toString());
            assertEquals("org/zkopml/vm/A.java", v.get(0).path());
            assertEquals(4, v.get(0).line());
            assertTrue(v.get(0).rule().contains("vm must not use dispute"), v.get(0).rule());
        }

        @Test
        void staticImportAndFullyQualifiedNameFail() {
            List<Violation> v = check(src("org/zkopml/model/B.java", """
                    package org.zkopml.model;
                    import static org.zkopml.cli.Json.write;
                    final class B {
                        Object f() { return org.zkopml.field.Fr.ONE; }
                    }
                    """));
            assertEquals(2, v.size(), v.toString());
            assertTrue(v.get(0).rule().contains("model must not use cli"), v.toString());
            assertTrue(v.get(1).rule().contains("model must not use field"), v.toString());
            assertEquals(4, v.get(1).line());
        }

        @Test
        void peersMayNotUseEachOther() {
            List<Violation> v = check(src("org/zkopml/commit/C.java", "package org.zkopml.commit;\nimport org.zkopml.transcript.Transcript;\n"));
            assertEquals(1, v.size(), v.toString());
        }

        @Test
        void labUsesNoProtocolPackageAndOnlyCliUsesLab() {
            assertEquals(1, check(src("org/zkopml/lab/D.java", "package org.zkopml.lab;\nimport org.zkopml.hash.Keccak256;\n")).size());
            assertEquals(1, check(src("org/zkopml/dispute/D.java", "package org.zkopml.dispute;\nimport org.zkopml.lab.Stopwatch;\n")).size());
            assertEquals(0, check(src("org/zkopml/cli/D.java", "package org.zkopml.cli;\nimport org.zkopml.lab.Stopwatch;\n")).size());
        }

        @Test
        void commentsAndStringsDoNotCount() {
            List<Violation> v = check(src("org/zkopml/vm/E.java", """
                    package org.zkopml.vm;
                    /** Compare {@link org.zkopml.dispute.Dispute}. */
                    final class E {
                        // org.zkopml.cli.Main is the entry point
                        String s = "org.zkopml.cli.Main.";
                        char c = '"'; String t = "\\" org.zkopml.chain.X.";
                        String u = \"""
                            org.zkopml.chain.Y.
                            \""";
                    }
                    """));
            assertEquals(List.of(), v);
        }

        @Test
        void allowedReferencesPass() {
            assertEquals(List.of(), check(src("org/zkopml/dispute/F.java",
                    "package org.zkopml.dispute;\nimport org.zkopml.vm.Vm;\nimport org.zkopml.commit.MerkleTree;\nimport org.zkopml.hash.Keccak256;\n")));
            assertEquals(List.of(), check(src("org/zkopml/groth16/F.java",
                    "package org.zkopml.groth16;\nimport org.zkopml.r1cs.X;\nimport org.zkopml.pairing.Bn254Pairing;\n")));
        }

        @Test
        void unknownPackagesFail() {
            assertEquals(1, check(src("org/zkopml/misc/G.java", "package org.zkopml.misc;\n")).size());
            assertEquals(1, check(src("org/zkopml/vm/G.java", "package org.zkopml.vm;\nimport org.zkopml.misc.X;\n")).size());
            assertEquals(1, check(src("Top.java", "package other;\n")).size());
        }

        @Test
        void knownViolationsAreExemptButMustStillOccur() {
            Source s = src("org/zkopml/vm/H.java", "package org.zkopml.vm;\nimport org.zkopml.dispute.Dispute;\n");
            assertEquals(List.of(), ArchitectureRules.layering(List.of(s), ArchitectureRules.ALLOWED,
                    Set.of("org/zkopml/vm/H.java -> dispute")));
            List<Violation> stale = ArchitectureRules.layering(List.of(src("org/zkopml/vm/H.java", "package org.zkopml.vm;\n")),
                    ArchitectureRules.ALLOWED, Set.of("org/zkopml/vm/H.java -> dispute"));
            assertEquals(1, stale.size());
            assertTrue(stale.get(0).rule().contains("no longer occurs"), stale.toString());
        }
    }

    /** The package-info rule fails on a missing file and on one without a javadoc. */
    @Nested
    class PackageInfo {
        @Test
        void missingPackageInfoFails() {
            List<Violation> v = ArchitectureRules.packageInfo(List.of(src("org/zkopml/vm/A.java", "package org.zkopml.vm;\n")));
            assertEquals(1, v.size());
            assertEquals("org/zkopml/vm/package-info.java", v.get(0).path());
        }

        @Test
        void packageInfoWithoutJavadocFails() {
            for (String text : List.of("package org.zkopml.vm;\n", "/* not a javadoc */\npackage org.zkopml.vm;\n",
                    "/** */\npackage org.zkopml.vm;\n", "/** The VM. */\n// a note\npackage org.zkopml.vm;\n")) {
                assertEquals(1, ArchitectureRules.packageInfo(List.of(src("org/zkopml/vm/package-info.java", text))).size(), text);
            }
        }

        @Test
        void documentedPackagePasses() {
            assertEquals(List.of(), ArchitectureRules.packageInfo(List.of(
                    src("org/zkopml/vm/package-info.java", "/**\n * The VM.\n */\npackage org.zkopml.vm;\n"),
                    src("org/zkopml/vm/A.java", "package org.zkopml.vm;\n"))));
        }
    }

    /** The javadoc rule fails on an undocumented public top-level type, whatever its kind. */
    @Nested
    class TypeJavadoc {
        private List<Violation> check(String text) {
            return ArchitectureRules.typeJavadoc(List.of(src("org/zkopml/vm/A.java", text)));
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
        List<Violation> v = ArchitectureRules.all(List.of(src("org/zkopml/vm/A.java",
                "package org.zkopml.vm;\nimport org.zkopml.cli.Main;\npublic class A {}\n")));
        String report = ArchitectureRules.report(v);
        List<String> lines = report.lines().toList();
        // layering (cli), package-info, javadoc
        assertEquals(v.size() + 1, lines.size(), report);
        assertTrue(lines.contains("org/zkopml/vm/A.java:2: layering: vm must not use cli (allowed: [commit, hash, model, transcript, values])"), report);
        assertTrue(lines.contains("org/zkopml/vm/package-info.java: package-info: missing"), report);
        assertTrue(lines.contains("org/zkopml/vm/A.java:3: javadoc: public class A has no javadoc comment right before its declaration"), report);
    }
}
