package org.zkopml.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict JShell runner. Tagged {@code jshell}: each test starts a JShell (seconds each), so plain mvn verify leaves it out. */
@Tag("jshell")
class JShellScriptTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private boolean run(String script) throws Exception {
        Path file = dir.resolve("s.jsh");
        Files.writeString(file, script);
        try (JShellScript shell = new JShellScript(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            return shell.run(file);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsAValidScriptWithDefaultImports() throws Exception {
        assertTrue(run("// a comment\nList<Integer> xs = new ArrayList<>(List.of(1, 2));\n"
                + "int sum(List<Integer> l) { return l.stream().mapToInt(i -> i).sum(); }\n"
                + "if (sum(xs) != 3) throw new AssertionError();\n/exit\nthrow new RuntimeException();\n"), err());
    }

    @Test
    void stopsAtAnExceptionNamingTheLine() throws Exception {
        assertFalse(run("int a = 1;\n\nthrow new IllegalStateException(\"boom\");\nint b = 2;\n"));
        assertTrue(err().contains("s.jsh:3: exception java.lang.IllegalStateException: boom"), err());
    }

    @Test
    void namesTheLineOfTheCodeNotOfTheCommentsAboveIt() throws Exception {
        assertFalse(run("int a = 1;\n// a comment\n/* and a block\n   comment */\nthrow new IllegalStateException(\"x\");\n"));
        assertTrue(err().contains("s.jsh:5: exception"), err());
    }

    @Test
    void stopsAtARejectedSnippet() throws Exception {
        assertFalse(run("int a = \"x\";\n"));
        assertTrue(err().contains("s.jsh:1: rejected snippet"), err());
    }

    @Test
    void stopsAtAnUnresolvedReference() throws Exception {
        assertFalse(run("void f() { g(); }\n"));
        assertTrue(err().contains("unresolved"), err());
    }

    @Test
    void rejectsUnknownCommands() throws Exception {
        assertFalse(run("/open other.jsh\n"));
        assertTrue(err().contains("not supported"), err());
    }
}
