package org.zkopml.cli;

import static org.zkopml.cli.Capture.capture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A rejected input exits 1 with one line that names the command the user typed. */
class RejectedInputMessageTest {
    @Test
    void unknownModelNamesTheCommandThatWasRun() {
        String[] op = capture("op", "run", "--model", "nope");
        assertEquals("1", op[0], op[2]);
        assertTrue(op[2].startsWith("kit op run: unknown model \"nope\""), op[2]);
        assertEquals(1, op[2].trim().lines().count(), op[2]);
        String[] dispute = capture("op", "dispute", "--model", "nope");
        assertTrue(dispute[2].startsWith("kit op dispute: unknown model"), dispute[2]);
        String[] eval = capture("model", "eval", "--model", "nope");
        assertEquals("1", eval[0]);
        assertTrue(eval[2].startsWith("kit model eval: unknown model"), eval[2]);
    }
}
