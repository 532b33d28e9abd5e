package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The magics: %lsmagic, %time and %%time, %classpath and %jars, %maven against a local repository made for the
 * test (its remote an empty folder, so nothing is downloaded), and completion of magic names.
 */
class MagicsTest {

    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    @TempDir
    static Path dir;
    private static Path repository;
    private static Repl repl;

    @BeforeAll
    static void start() throws Exception {
        repository = Files.createDirectories(dir.resolve("repository"));
        Path emptyRemote = Files.createDirectories(dir.resolve("remote"));
        Path dependency = TestArtifacts.install(repository, "org.example", "probe-dependency", "1.0",
                "org.example.dependency.Greeting", """
                        package org.example.dependency;
                        public class Greeting { public static String word() { return "hello"; } }
                        """, List.of(), List.of());
        TestArtifacts.install(repository, "org.example", "probe", "2.1", "org.example.probe.Probe", """
                package org.example.probe;
                public class Probe {
                    public static String greet(String who) { return org.example.dependency.Greeting.word() + ", " + who; }
                }
                """, List.of("org.example:probe-dependency:1.0"), List.of(dependency));
        PrintStream out = new PrintStream(OUT, true, StandardCharsets.UTF_8);
        // started with a class path, as the kernel is (the kit's jar): what the magics add comes after it
        Path kit = Files.createDirectories(dir.resolve("kit-classes"));
        TestArtifacts.compile(kit, "org.example.kit.Kit", "package org.example.kit; public class Kit { }", List.of());
        repl = new Repl(List.of(kit.toString()), out, out, new MavenArtifacts(repository, emptyRemote.toUri().toString()));
    }

    @AfterAll
    static void stop() {
        repl.close();
    }

    @BeforeEach
    void clear() {
        OUT.reset();
    }

    private static String printed() {
        return OUT.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lsmagicListsEveryMagic() {
        assertNull(repl.execute("%lsmagic").failure());
        for (String name : List.of("%lsmagic", "%load", "%classpath", "%jars", "%maven", "%time", "%%time")) {
            assertTrue(printed().contains(name), name + " in " + printed());
        }
    }

    @Test
    void timeRunsTheLineAndPrintsItsWallTimeAndValue() {
        Repl.Outcome outcome = repl.execute("int n = 6;\n%time n * 7");
        assertNull(outcome.failure());
        assertEquals("42", outcome.value(), "%time's code gives the cell its value");
        assertTrue(printed().matches("(?s)Wall time: [0-9.]+ (µs|ms|s)\\R"), printed());
    }

    @Test
    void timeCellRunsTheWholeCellAndPrintsTheWallTimeAfterItsOutput() {
        PrintStream console = System.out;
        System.setOut(new PrintStream(OUT, true, StandardCharsets.UTF_8)); // as the kernel does: the cell prints there
        Repl.Outcome outcome;
        try {
            outcome = repl.execute("%%time\nThread.sleep(120);\nSystem.out.println(\"slept\");\n1 + 1");
        } finally {
            System.setOut(console);
        }
        assertNull(outcome.failure());
        assertEquals("2", outcome.value());
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("slept\\RWall time: ([0-9.]+) (ms|s)\\R")
                .matcher(printed());
        assertTrue(time.matches(), printed());
        double millis = Double.parseDouble(time.group(1)) * (time.group(2).equals("s") ? 1000 : 1);
        assertTrue(millis >= 119.5, "the cell slept 120 ms, the wall time says " + millis + " ms");
        assertEquals("UnknownMagic", repl.execute("%%timeit\n1").failure().name());
    }

    @Test
    void durationsReadLikeIPythons() {
        assertEquals("812 µs", Magics.duration(812_000));
        assertEquals("25.3 ms", Magics.duration(25_300_000));
        assertEquals("1.52 s", Magics.duration(1_520_000_000L));
        assertEquals("2min 3s", Magics.duration(123_000_000_000L));
    }

    @Test
    void classpathAddsAFolderOfClassesAndAGlobOfJars() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        TestArtifacts.compile(classes, "org.example.folder.Seven", """
                package org.example.folder;
                public class Seven { public static int value() { return 7; } }
                """, List.of());
        assertNull(repl.execute("%classpath " + classes).failure());
        assertTrue(printed().contains("added to the class path: classes"), printed());
        assertEquals("7", repl.execute("org.example.folder.Seven.value()").value());

        Repl.Outcome missing = repl.execute("%jars " + dir.resolve("nowhere/*.jar"));
        assertEquals("%classpath", missing.failure().name());
        assertTrue(missing.failure().message().startsWith("no such jar or folder: "), missing.failure().message());
        assertTrue(repl.classPath().contains(classes.toString()));
    }

    @Test
    void mavenResolvesFromTheLocalRepositoryWithDependenciesAndTheNextCellUsesThem() {
        Repl.Outcome added = repl.execute("%maven org.example:probe:2.1");
        assertNull(added.failure(), () -> added.failure().message());
        assertTrue(printed().contains("org.example:probe:2.1: 2 jars added to the class path (probe-2.1.jar, "
                + "probe-dependency-1.0.jar)"), printed());
        assertEquals("\"hello, notebook\"", repl.execute("import org.example.probe.Probe;\nProbe.greet(\"notebook\")").value());
        OUT.reset();
        assertNull(repl.execute("%maven org.example:probe:2.1").failure());
        assertTrue(printed().contains("already on the class path"), printed());
    }

    @Test
    void anArtifactThatCannotBeHadIsOneLineNamingIt() {
        Repl.Outcome outcome = repl.execute("%maven org.example:absent:9.9");
        assertEquals("%maven", outcome.failure().name());
        String message = outcome.failure().message();
        assertTrue(message.startsWith("org.example:absent:9.9 cannot be had: "), message);
        assertTrue(message.contains("org.example:absent"), message);
        assertEquals(1, message.lines().count());
        assertTrue(repl.execute("%maven not-coordinates").failure().message().contains("is not group:artifact:version"));
    }

    @Test
    void aPercentLineInsideATextBlockIsJavaNotAMagic() {
        Repl.Outcome outcome = repl.execute("String s = \"\"\"\n%d items\n\"\"\";\ns.strip()");
        assertNull(outcome.failure());
        assertEquals("\"%d items\"", outcome.value());
    }

    @Test
    void completionOffersMagicsAfterAPercentSign() {
        String code = "int x = 1;\n%ma";
        Repl.Completion completion = repl.complete(code, code.length());
        assertEquals(List.of("%maven"), completion.matches());
        assertEquals(code.indexOf("%ma"), completion.start());
        assertEquals(List.of("%%time"), repl.complete("%%t", 3).matches(), "a cell magic on the first line");
        assertTrue(repl.complete("1;\n%", 4).matches().containsAll(List.of("%time", "%maven", "%lsmagic")));
        assertTrue(repl.complete("1;\n%", 4).matches().stream().noneMatch(m -> m.startsWith("%%")),
                "no cell magic after the first line");
    }

    @Test
    void inspectingAMagicShowsItsUsage() {
        String help = repl.inspect("%maven org.x:y:1", 3, 0);
        assertTrue(help.startsWith("%maven GROUP:ARTIFACT:VERSION"), help);
    }
}
