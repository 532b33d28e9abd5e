package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.json;
import static org.zkopml.cli.Capture.run;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;

/** {@code ./kit zk sumcheck …}: JSON fields, exit codes, and no stdout on rejected input. */
class ZkSumcheckCommandTest {
    @Test
    void aModelProofProvesTheReferenceClass() {
        Capture.Ran r = run("zk", "sumcheck", "--model", "iris-linear", "--input", "1", "--json");
        JsonObject j = r.json();
        TrainedModel t = Recipes.train("iris-linear");
        QuantizedModel q = t.quantized();
        assertEquals(q.predict(t.testInput(1, q.scaleBits())), j.get("predicted").getAsInt());
        assertEquals(q.parameters(), j.get("parameters").getAsLong());
        assertTrue(j.get("verified").getAsBoolean(), j.toString());
        assertTrue(j.get("proofBytes").getAsLong() > 0 && j.get("layers").getAsInt() >= 1, j.toString());
        assertTrue(r.err().contains("proved in"), "duration on stderr: " + r.err());
    }

    @Test
    void aMatrixProductProofIsReadableTextOrJson() {
        Capture.Ran r = run("zk", "sumcheck", "--matmul", "16");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("16×16 product: verified"), r.out());
        assertTrue(r.out().contains("proveMs"), r.out());
        JsonObject j = json("zk", "sumcheck", "--matmul", "8", "--seed", "3");
        assertEquals(512, j.get("multiplications").getAsLong());
        assertTrue(j.get("verified").getAsBoolean());
    }

    @Test
    void rejectedInputsExitWithOneAndPrintNothing() {
        Capture.Ran tree = run("zk", "sumcheck", "--model", "iris-tree");
        assertEquals(1, tree.code());
        assertTrue(tree.lastError().contains("layer 0 is tree"), tree.err());
        Capture.Ran row = run("zk", "sumcheck", "--model", "iris-linear", "--input", "999");
        assertEquals(1, row.code());
        assertTrue(row.err().contains("--input 999 is not a test row"), row.err());
        Capture.Ran zero = run("zk", "sumcheck", "--matmul", "0");
        assertEquals(1, zero.code());
        assertEquals("", tree.out() + row.out() + zero.out());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("zk", "sumcheck").code());
        assertEquals(2, run("zk", "sumcheck", "--model", "iris-linear", "--matmul", "4").code());
    }
}
