package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.json;
import static org.zkopml.cli.Capture.run;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.vm.ModelCompiler;

/** {@code ./kit op run|dispute}: the JSON object's fields, progress on stderr, exit codes 0/1/2. */
class OpCommandTest {
    @Test
    void runPrintsTheVmsOutputStepsAndStateHash() {
        JsonObject j = json("op", "run", "--model", "iris-linear", "--input", "2");
        TrainedModel t = Recipes.train("iris-linear");
        long[] x = t.testInput(2, t.quantized().scaleBits());
        assertEquals(ModelCompiler.compile(t.quantized()).run(x)[0], j.getAsJsonArray("output").get(0).getAsLong(), "the VM's output, run again");
        assertEquals("HALTED", j.get("status").getAsString());
        assertTrue(j.get("steps").getAsLong() > 0);
        assertTrue(j.get("finalStateHash").getAsString().matches("0x[0-9a-f]{64}"), j.toString());
        assertTrue(j.get("stepsPerSecond").getAsDouble() > 0);
        assertEquals(t.quantized().commitmentHex(), j.get("commitment").getAsString());
    }

    @Test
    void disputeReportsTheWinnerAndTheDisputedStep() {
        JsonObject j = json("op", "dispute", "--model", "iris-linear", "--input", "1", "--cheat-step", "17", "--k", "3", "--phases", "2", "--seed", "4");
        assertEquals(17, j.get("cheatStep").getAsLong());
        assertEquals(17, j.get("disputedStep").getAsLong());
        assertEquals("challenger", j.get("winner").getAsString());
        assertEquals("challenger", j.get("honest").getAsString());
        assertTrue(j.get("oneStepVerified").getAsBoolean());
        assertEquals(2, j.get("phases").getAsInt());
        assertTrue(j.get("ms").getAsDouble() >= j.get("gameMs").getAsDouble(), j.toString());
        JsonObject none = json("op", "dispute", "--model", "iris-linear", "--cheat-step", "none");
        assertEquals("submitter", none.get("winner").getAsString());
        assertEquals("submitter", none.get("honest").getAsString());
        assertEquals(-1, none.get("cheatStep").getAsLong());
    }

    @Test
    void progressAndDurationGoToStderrOnly() {
        Capture.Ran r = run("op", "run", "--model", "iris-linear", "--json");
        r.json();
        assertTrue(r.err().contains("run iris-linear") && r.err().contains("%"), "a progress bar: " + r.err());
        assertTrue(r.err().matches("(?s).*ran \\S+: [0-9,]+ steps .* in [0-9.]+ (ns|µs|ms|s)\\R.*"), "the duration: " + r.err());
        Capture.Ran d = run("op", "dispute", "--model", "iris-linear", "--cheat-step", "5", "--json");
        d.json();
        for (String bar : new String[] {"submitter runs iris-linear", "challenger runs iris-linear", "game (rounds)", "challenger wins"}) {
            assertTrue(d.err().contains(bar), bar + " in " + d.err());
        }
        assertTrue(d.err().matches("(?s).*dispute over [0-9,]+ steps resolved in [0-9.]+ (ns|µs|ms|s)\\R.*"), "the duration: " + d.err());
    }

    @Test
    void badInputExitsOneAndWrongUsageTwo() {
        Capture.Ran bad = run("op", "dispute", "--model", "iris-linear", "--cheat-step", "soon");
        assertEquals(1, bad.code());
        assertEquals("kit op dispute: --cheat-step must be a step number, random or none, got soon", bad.err().strip());
        assertEquals(1, run("op", "run", "--model", "no-such-model").code());
        assertEquals(1, run("op", "dispute", "--model", "iris-linear", "--phases", "3").code());
        Capture.Ran row = run("op", "run", "--model", "iris-linear", "--input", "999");
        assertEquals(1, row.code());
        assertTrue(row.err().startsWith("kit op run: --input 999 is not a test row of iris-linear (0.."), row.err());
        assertEquals(2, run("op", "run").code());
        assertEquals(2, run("op", "dispute", "--model", "iris-linear", "--k", "x").code());
    }
}
