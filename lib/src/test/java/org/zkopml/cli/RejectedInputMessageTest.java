package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.run;

import org.junit.jupiter.api.Test;

/** A rejected input exits 1 with one line that names the command the user typed. */
class RejectedInputMessageTest {
    @Test
    void unknownModelNamesTheCommandThatWasRun() {
        Capture.Ran op = run("op", "run", "--model", "nope");
        assertEquals(1, op.code(), op.err());
        assertTrue(op.err().startsWith("kit op run: unknown model \"nope\""), op.err());
        assertEquals(1, op.err().trim().lines().count(), op.err());
        assertTrue(run("op", "dispute", "--model", "nope").err().startsWith("kit op dispute: unknown model"));
        Capture.Ran eval = run("model", "eval", "--model", "nope");
        assertEquals(1, eval.code());
        assertTrue(eval.err().startsWith("kit model eval: unknown model"), eval.err());
    }
}
