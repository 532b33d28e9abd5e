package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a notebook cell does in the kernel's JShell: values, failures, %load, completion, interrupt. */
class ReplTest {

    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static Repl repl;

    @BeforeAll
    static void start() {
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        repl = new Repl(List.of(), out, out);
    }

    @AfterAll
    static void stop() {
        repl.close();
    }

    @Test
    void theLastExpressionIsTheCellsValue() {
        Repl.Outcome outcome = repl.execute("int a = 20;\na + 22");
        assertNull(outcome.failure());
        assertEquals("42", outcome.value());
    }

    @Test
    void aVoidCallAndADeclarationShowNoValue() {
        assertNull(repl.execute("void show(Object o) { }\nshow(\"chart\");").value());
        assertNull(repl.execute("String s = \"x\";").value());
    }

    @Test
    void aPrintfShowsNoStreamValue() {
        Repl.Outcome outcome = repl.execute("System.out.printf(\"%d gas%n\", 42)");
        assertNull(outcome.failure());
        assertNull(outcome.value(), "printf returns System.out, which is not the cell's value");
        assertEquals("\"42 gas\"", repl.execute("String.format(\"%d gas\", 42)").value(), "a formatted string is still a value");
    }

    @Test
    void theNotebookCompilesAgainstItsClassPathOnlyNotTheKernels() {
        Repl.Outcome outcome = repl.execute("org.zkopml.kernel.Notebook.class.getName()");
        assertNotNull(outcome.failure(), "the kernel's classes are on this JVM's class path, not the notebook's");
        assertEquals("CompilationError", outcome.failure().name());
    }

    @Test
    void theJShellDefaultImportsAreThere() {
        assertEquals("3", repl.execute("new ArrayList<>(List.of(1, 2, 3)).size()").value());
    }

    @Test
    void aFailedCheckIsAnErrorNamingTheAssertion() {
        Repl.Outcome outcome = repl.execute("int before = 1;\nif (1 + 1 == 3) {} else throw new AssertionError(\"check failed: sums\");\nint after = 2;");
        assertNotNull(outcome.failure());
        assertEquals("java.lang.AssertionError", outcome.failure().name());
        assertEquals("check failed: sums", outcome.failure().message());
        assertTrue(outcome.failure().traceback().get(0).contains("check failed: sums"));
        assertEquals("1", repl.execute("before").value());
        assertNotNull(repl.execute("after").failure(), "the snippets after the failure must not run");
    }

    @Test
    void codeThatDoesNotCompileIsAnErrorWithTheLine() {
        Repl.Outcome outcome = repl.execute("int x = \"not a number\";");
        assertEquals("CompilationError", outcome.failure().name());
        assertTrue(outcome.failure().traceback().stream().anyMatch(l -> l.contains("int x = \"not a number\";")));
    }

    @Test
    void loadEvaluatesAFilesSnippets(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("helpers.jsh"), "int twice(int x) { return 2 * x; }\n");
        Repl.Outcome outcome = repl.execute("%load " + file + "\ntwice(21)");
        assertNull(outcome.failure());
        assertEquals("42", outcome.value());
        Repl.Failure missing = repl.execute("%load " + dir.resolve("missing.jsh")).failure();
        assertEquals("%load", missing.name());
        assertTrue(missing.message().contains("missing.jsh"), missing.message());
        assertEquals("UnknownMagic", repl.execute("%tiem 1 + 1").failure().name());
    }

    @Test
    void completionOffersNamesAtTheCursorOfTheLastSnippet() {
        String code = "int y = 1;\nStrin";
        Repl.Completion completion = repl.complete(code, code.length());
        assertTrue(completion.matches().contains("String"), completion.matches().toString());
        assertEquals(code.indexOf("Strin"), completion.start());
        assertEquals(code.length(), completion.end());
    }

    @Test
    void completenessAsksForMoreLinesOnlyWhenTheCodeIsUnfinished() {
        assertEquals("complete", repl.completeness("1 + 1"));
        assertEquals("incomplete", repl.completeness("void f() {"));
    }

    @Test
    void anInterruptStopsARunningCell() throws Exception {
        CompletableFuture<Repl.Outcome> running = CompletableFuture.supplyAsync(() -> repl.execute("while (true) { }"));
        Thread.sleep(1500);
        repl.interrupt();
        Repl.Outcome outcome = running.get(30, TimeUnit.SECONDS);
        assertNotNull(outcome.failure(), "an interrupted cell is a failure");
        assertEquals("2", repl.execute("1 + 1").value(), "the kernel works after an interrupt");
    }
}
