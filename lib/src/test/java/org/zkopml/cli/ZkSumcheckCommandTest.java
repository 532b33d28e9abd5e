package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./kit zk sumcheck …}: JSON fields, exit codes, and no stdout on rejected input. */
class ZkSumcheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ZkSumcheckCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aModelProofPrintsOneJsonObjectWithTheRequiredFields() {
        assertEquals(0, run("--model", "iris-linear", "--input", "1", "--json"), err.toString());
        String json = out.toString().trim();
        assertTrue(json.startsWith("{") && json.endsWith("}") && json.lines().count() == 1, json);
        for (String key : new String[] {"proveMs", "verifyMs", "proofBytes", "layers", "verified"}) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        assertTrue(json.contains("\"verified\":true"), json);
        assertTrue(err.toString().contains("proved in"), "duration on stderr: " + err);
    }

    @Test
    void aMatrixProductProofIsReadableText() {
        assertEquals(0, run("--matmul", "16"), err.toString());
        assertTrue(out.toString().startsWith("16×16 product: verified"), out.toString());
        assertTrue(out.toString().contains("proveMs"), out.toString());
    }

    @Test
    void rejectedInputsExitWithOneAndPrintNothing() {
        assertEquals(1, run("--model", "iris-tree"));
        assertTrue(err.toString().contains("layer 0 is tree"), err.toString());
        assertEquals(1, run("--model", "iris-linear", "--input", "999"));
        assertTrue(err.toString().contains("--input 999 is not a test row"), err.toString());
        assertEquals(1, run("--matmul", "0"));
        assertEquals("", out.toString());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("--model", "iris-linear", "--matmul", "4"));
    }
}
