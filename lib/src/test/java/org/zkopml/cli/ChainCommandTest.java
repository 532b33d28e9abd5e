package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kit chain op}: one JSON object with the game's winner and gas from receipts; the same players as
 * {@code op dispute}, so the same winner, rounds and disputed step, in one phase and in two; a third party finalising
 * an unchallenged claim; bad options exit 1 before any node starts.
 */
@Tag("chain")
class ChainCommandTest {
    @Test
    void opPlaysTheGameOnChainAndReportsGasFromReceipts() {
        Capture.Ran r = run("chain", "op", "--model", "iris-linear", "--input", "1", "--cheat-step", "17", "--k", "3", "--json");
        JsonObject j = r.json();
        assertEquals("challenger", j.get("winner").getAsString());
        assertEquals("challenger", j.get("honest").getAsString());
        assertEquals(17, j.get("disputedStep").getAsLong());
        assertEquals(31337, j.get("chainId").getAsLong());
        assertTrue(j.get("bondsConserved").getAsBoolean());
        assertTrue(j.get("oneStepGas").getAsLong() > 0, j.toString());
        long moves = 0;
        for (JsonElement g : j.getAsJsonArray("moveGas")) moves += g.getAsLong();
        assertEquals(2 * j.get("rounds").getAsInt(), j.getAsJsonArray("moveGas").size(), "a bisection and a selection per round");
        assertEquals(j.get("challengeGas").getAsLong() + moves + j.get("oneStepGas").getAsLong() + j.get("timeoutGas").getAsLong()
                + j.get("withdrawGas").getAsLong(), j.get("totalDisputeGas").getAsLong(), "the dispute's gas is the sum of its transactions'");
        assertTrue(r.err().matches("(?s).*on-chain dispute over [0-9,]+ steps resolved in [0-9.]+ (ns|µs|ms|s)\\R.*"), r.err());
    }

    @Test
    void theTwoPhaseGameOnChainEqualsOpDisputeMoveForMove() {
        for (String[] game : new String[][] {{"--cheat-step", "17", "--k", "1"}, {"--cheat-step", "random", "--k", "3"}, {"--cheat-step", "none", "--k", "2"}}) {
            String[] common = {"--model", "iris-linear", "--input", "1", "--phases", "2", "--seed", "4", game[0], game[1], game[2], game[3], "--json"};
            JsonObject onChain = run(concat(new String[] {"chain", "op"}, common)).json();
            JsonObject offChain = run(concat(new String[] {"op", "dispute"}, common)).json();
            for (String field : new String[] {"winner", "honest", "rounds", "layerRounds", "disputedStep", "disputedLayer", "cheatStep"}) {
                assertEquals(offChain.get(field), onChain.get(field), String.join(" ", game) + ": " + field);
            }
            assertEquals(2, onChain.get("phases").getAsInt());
            assertTrue(onChain.get("bondsConserved").getAsBoolean());
        }
    }

    @Test
    void anUnchallengedClaimIsFinalisedByAThirdPartyAfterItsWindow() {
        JsonObject j = run("chain", "op", "--model", "iris-linear", "--input", "1", "--unchallenged", "--json").json();
        assertEquals("submitter", j.get("winner").getAsString());
        assertTrue(!j.get("challenged").getAsBoolean() && j.get("finalizeGas").getAsLong() > 0 && j.get("bondsConserved").getAsBoolean(), j.toString());
        assertTrue(j.get("chainSeconds").getAsLong() > j.get("challengeWindowSeconds").getAsLong(), "final only after the window");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badOptionsAreRejected() {
        assertEquals(1, run("chain", "op", "--model", "iris-linear", "--k", "0", "--json").code());
        assertEquals(1, run("chain", "op", "--model", "iris-linear", "--phases", "3", "--json").code());
        assertEquals(1, run("chain", "op", "--model", "iris-linear", "--cheat-step", "abc", "--json").code());
        assertEquals(1, run("chain", "op", "--model", "iris-linear", "--unchallenged", "--cheat-step", "5", "--json").code());
        assertEquals(1, run("chain", "op", "--model", "iris-linear", "--unchallenged", "--silent", "submitter", "--json").code());
        assertEquals(2, run("chain", "op", "--model", "iris-linear", "--silent", "everybody").code());
        assertEquals(2, run("chain", "op", "--model", "iris-linear", "--nonsense").code());
    }
}
