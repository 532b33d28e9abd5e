package org.zkopml.cli;

import static org.zkopml.cli.Capture.capture;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OpCommandTest {
    @Test
    void runPrintsOneJsonObjectWithTheRequiredFields() {
        String[] r = capture("op", "run", "--model", "iris-linear", "--input", "2", "--json");
        assertEquals("0", r[0], r[2]);
        String json = r[1].trim();
        assertTrue(json.startsWith("{") && json.endsWith("}") && json.lines().count() == 1, json);
        for (String key : new String[] {"\"steps\":", "\"finalStateHash\":\"0x", "\"output\":[", "\"stepsPerSecond\":"}) assertTrue(json.contains(key), key + " in " + json);
    }

    @Test
    void disputeReportsTheWinnerAndTheDisputedStep() {
        String[] r = capture("op", "dispute", "--model", "iris-linear", "--input", "1", "--cheat-step", "17", "--k", "3", "--phases", "2", "--seed", "4", "--json");
        assertEquals("0", r[0], r[2]);
        String json = r[1].trim();
        for (String key : new String[] {"\"traceLength\":", "\"rounds\":", "\"disputedStep\":17,", "\"winner\":\"challenger\"", "\"honest\":\"challenger\"", "\"oneStepVerified\":true", "\"ms\":"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        String[] none = capture("op", "dispute", "--model", "iris-linear", "--cheat-step", "none", "--json");
        assertTrue(none[1].contains("\"winner\":\"submitter\"") && none[1].contains("\"honest\":\"submitter\""), none[1]);
    }

    @Test
    void progressAndDurationGoToStderrOnly() {
        String[] run = capture("op", "run", "--model", "iris-linear", "--json");
        assertEquals("0", run[0], run[2]);
        assertEquals(1, run[1].trim().lines().count(), run[1]);
        assertTrue(run[2].contains("run iris-linear") && run[2].contains("%"), "a progress bar: " + run[2]);
        assertTrue(run[2].matches("(?s).*ran \\S+: [0-9,]+ steps .* in [0-9.]+ (ns|µs|ms|s)\\R.*"), "the duration: " + run[2]);
        String[] dispute = capture("op", "dispute", "--model", "iris-linear", "--cheat-step", "5", "--json");
        assertEquals("0", dispute[0], dispute[2]);
        assertEquals(1, dispute[1].trim().lines().count(), dispute[1]);
        for (String bar : new String[] {"submitter runs iris-linear", "challenger runs iris-linear", "game (rounds)", "challenger wins"}) {
            assertTrue(dispute[2].contains(bar), bar + " in " + dispute[2]);
        }
        assertTrue(dispute[2].matches("(?s).*dispute over [0-9,]+ steps resolved in [0-9.]+ (ns|µs|ms|s)\\R.*"), "the duration: " + dispute[2]);
    }

    @Test
    void badInputExitsOneAndWrongUsageTwo() {
        String[] bad = capture("op", "dispute", "--model", "iris-linear", "--cheat-step", "soon");
        assertEquals("1", bad[0]);
        assertTrue(bad[2].contains("--cheat-step"), bad[2]);
        assertEquals("1", capture("op", "run", "--model", "no-such-model")[0]);
        assertEquals("1", capture("op", "dispute", "--model", "iris-linear", "--phases", "3")[0]);
        assertEquals("2", capture("op", "run")[0]);
        assertEquals("2", capture("op", "dispute", "--model", "iris-linear", "--k", "x")[0]);
    }
}
