package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void unknownCommandIsWrongUsage() {
        assertEquals(2, Main.execute("no-such-command"));
    }

    @Test
    void noCommandIsWrongUsage() {
        assertEquals(2, Main.execute());
    }

    @Test
    void machineCommandSucceeds() {
        assertEquals(0, Main.execute("machine", "--json"));
    }
}
