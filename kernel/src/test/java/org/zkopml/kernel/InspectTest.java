package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inspection (Shift-Tab): the signatures and Javadoc of the name at the cursor, for the JDK's classes and for
 * classes on the session's class path whose sources the kernel hands to JShell (as it does the kit's sources jar).
 */
class InspectTest {

    @TempDir
    static Path dir;
    private static Repl repl;
    private static boolean jdkSources;

    @BeforeAll
    static void start() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path file = sources.resolve("org/example/doc/Digest.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package org.example.doc;

                /** A made-up digest for the test. */
                public final class Digest {
                    private Digest() { }

                    /**
                     * The digest of the concatenated {@code parts} (like Solidity's {@code keccak256}), see
                     * {@link java.util.HexFormat#formatHex(byte[]) hex}. It is not a real hash.
                     *
                     * <p>A second paragraph.
                     * <ul><li>one point</li><li>another point</li></ul>
                     *
                     * @param parts the byte arrays, in order
                     * @return 32 bytes
                     * @throws IllegalArgumentException if a part is {@code null}
                     */
                    public static byte[] hash(byte[]... parts) { return new byte[32]; }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        TestArtifacts.compile(classes, "org.example.doc.Digest", Files.readString(file), List.of());
        List<Path> roots = new ArrayList<>(JavaSources.roots(sources.toString()));
        jdkSources = roots.size() > 1;
        assertNull(JavaSources.install(roots), "the kernel can hand JShell its source path (the hook is there)");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        repl = new Repl(List.of(classes.toString()), quiet, quiet);
        assertNull(repl.execute("import org.example.doc.Digest;").failure());
    }

    @AfterAll
    static void stop() {
        repl.close();
    }

    @Test
    void aMethodNameShowsEveryOverloadWithItsSummary() {
        String code = "int m = Math.max";
        String text = repl.inspect(code, code.length(), 0);
        assertTrue(text.contains("int Math.max(int"), text);
        assertTrue(text.contains("double Math.max(double"), text);
        if (jdkSources) {
            assertTrue(text.contains("Returns the greater of two int values."), text);
        }
    }

    @Test
    void theCursorInsideANameOrACallFindsItToo() {
        String code = "Math.max(1, 2)";
        assertTrue(repl.inspect(code, 7, 0).contains("Math.max(int"), "cursor inside the name");
        assertTrue(repl.inspect(code, 10, 0).contains("Math.max(int"), "cursor among the arguments");
        assertTrue(repl.inspect("int a = 1;\nMath.abs", 18, 0).contains("Math.abs(int"), "in the cell's last snippet");
    }

    @Test
    void theKitsOwnJavadocIsShownFromItsSources() {
        String code = "Digest.hash";
        String summary = repl.inspect(code, code.length(), 0);
        assertTrue(summary.startsWith("byte[] Digest.hash(byte[]... parts)"), summary);
        assertTrue(summary.replaceAll("\\s+", " ").contains(
                "The digest of the concatenated parts (like Solidity's keccak256), see hex. It is not a real hash."), summary);
        assertTrue(summary.lines().allMatch(line -> line.length() <= JavadocText.WIDTH + 4), "wrapped for the tooltip");
        String full = repl.inspect(code, code.length(), 1);
        assertTrue(full.contains("A second paragraph."), full);
        assertTrue(full.contains("  • one point"), full);
        assertTrue(full.contains("Parameters:\n        parts – the byte arrays, in order"), full);
        assertTrue(full.contains("Returns:\n        32 bytes"), full);
        assertTrue(full.contains("Throws:\n        IllegalArgumentException – if a part is null"), full);
    }

    @Test
    void aClassShowsItsJavadoc() {
        assertEquals("org.example.doc.Digest\n    A made-up digest for the test.", repl.inspect("Digest", 3, 0));
    }

    @Test
    void nothingToShowIsNull() {
        assertNull(repl.inspect("int x = 1 + ", 12, 0));
        assertNull(repl.inspect("", 0, 0));
    }
}
