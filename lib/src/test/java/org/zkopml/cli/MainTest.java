package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.run;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The one entry point: wrong usage (exit 2, unknown options named), the one failure path (exit 1, one line) and --debug. */
class MainTest {
    @Test
    void unknownCommandIsWrongUsage() {
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void noCommandIsWrongUsage() {
        assertEquals(2, run().code());
    }

    @Test
    void machineCommandSucceeds() {
        assertTrue(run("machine", "--json").json().get("cores").getAsInt() >= 1);
    }

    @Test
    void anUnknownOptionIsNamedWithPicocliSuggestionEvenWhenARequiredOneIsMissing() {
        Capture.Ran r = run("op", "run", "--modle", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown options: '--modle', 'x'") || r.err().startsWith("Unknown option: '--modle'"), r.err());
        assertTrue(r.err().contains("Possible solutions: --model"), r.err());
        assertFalse(r.err().contains("Missing required option"), r.err());
        Capture.Ran z = run("zk", "prove-r1cs", "--r1cs", "a", "--wnts", "b");
        assertEquals(2, z.code());
        assertTrue(z.err().contains("'--wnts'") && z.err().contains("--wtns"), z.err());
    }

    @Test
    void aRejectedInputIsOneLineAndDebugAddsTheStackTrace() {
        Capture.Ran plain = run("op", "run", "--model", "nope");
        assertEquals(1, plain.code());
        assertEquals(1, plain.err().strip().lines().count(), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        for (String[] args : new String[][] {{"--debug", "op", "run", "--model", "nope"}, {"op", "run", "--model", "nope", "--debug"}}) {
            Capture.Ran debug = run(args);
            assertEquals(1, debug.code());
            assertTrue(debug.err().startsWith("kit op run: unknown model \"nope\""), debug.err());
            assertTrue(debug.err().contains("java.lang.IllegalArgumentException: unknown model") && debug.err().contains("\tat org.zkopml."),
                    "the stack trace follows: " + debug.err());
        }
    }

    @Test
    void anExceptionThatIsNotARejectedInputIsNamedByItsType() {
        CommandLine cli = new CommandLine(new Main());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err, true));
        assertEquals(1, Main.fail(new NullPointerException("x is null"), cli.getSubcommands().get("machine"), false));
        assertEquals("kit machine: NullPointerException: x is null (--debug shows where)", err.toString().strip());
    }

    @Test
    void aWrongRowIsRejectedBeforeAnythingIsTrained() {
        Capture.Ran r = run("model", "predict", "--model", "digits-mlp", "--input", "-3");
        assertEquals(1, r.code());
        assertEquals("kit model predict: --input -3 is not a test row of digits-mlp (0..450)", r.err().strip(), "no progress bar, no training");
    }
}
