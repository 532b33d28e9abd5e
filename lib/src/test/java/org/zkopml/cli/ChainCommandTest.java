package org.zkopml.cli;

import static org.zkopml.cli.Capture.capture;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code ./kit chain op}: one JSON object with the game's winner and gas from receipts; bad options exit 1 before any node starts. */
@Tag("chain")
class ChainCommandTest {
    @Test
    void opPlaysTheGameOnChainAndReportsGasFromReceipts() {
        String[] r = capture("chain", "op", "--model", "iris-linear", "--input", "1", "--cheat-step", "17", "--k", "3", "--json");
        assertEquals("0", r[0], r[2]);
        String json = r[1].trim();
        assertEquals(1, json.lines().count(), json);
        for (String key : new String[] {"\"winner\":\"challenger\"", "\"honest\":\"challenger\"", "\"rounds\":", "\"submitGas\":", "\"moveGas\":[",
                "\"oneStepGas\":", "\"totalDisputeGas\":", "\"bondsConserved\":true", "\"chainId\":31337", "\"disputedStep\":16,"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertFalse(json.contains("\"oneStepGas\":0,"), json);
        assertTrue(r[2].matches("(?s).*on-chain dispute over [0-9,]+ steps resolved in [0-9.]+ (ns|µs|ms|s)\\R.*"), r[2]);
    }

    @Test
    void badOptionsAreRejected() {
        assertEquals("1", capture("chain", "op", "--model", "iris-linear", "--k", "0", "--json")[0]);
        assertEquals("1", capture("chain", "op", "--model", "iris-linear", "--cheat-step", "abc", "--json")[0]);
        assertEquals("1", capture("chain", "op", "--model", "iris-linear", "--unchallenged", "--cheat-step", "5", "--json")[0]);
        assertEquals("1", capture("chain", "op", "--model", "iris-linear", "--unchallenged", "--silent", "submitter", "--json")[0]);
        assertEquals("2", capture("chain", "op", "--model", "iris-linear", "--nonsense")[0]);
    }
}
