package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;

/**
 * {@code ./kit zk prove --model NAME --statement a|b|c}: for every built-in recipe and statement, the proof the
 * command writes verifies in the kit (exit 0, "verified") and in snarkjs ({@code snarkjs groth16 verify} prints
 * OK on the written files), and the proven class is the reference inference's. A proof for one input is
 * rejected with another input's public values. Tagged {@code peers}: it runs snarkjs, on the first JDK only.
 */
@Tag("peers")
class ZkProveModelTest {
    static Snarkjs peers;

    @TempDir
    Path dir;

    @BeforeAll
    static void locatePeers() {
        peers = Snarkjs.locate();   // fails (does not skip) when node or bench/peers/node_modules is missing
    }

    private static JsonObject prove(String model, String statement, int row, Path out) {
        return Capture.run("zk", "prove", "--model", model, "--statement", statement, "--input", String.valueOf(row),
                "--out", out.toString(), "--json").json();
    }

    @Test
    void everyRecipeAndStatementVerifiesInTheKitAndInSnarkjs() {
        for (String model : Recipes.names()) {
            TrainedModel t = Recipes.train(model);
            QuantizedModel q = t.quantized();
            long expected = IntegerInference.predict(q, t.testInput(1, q.scaleBits()));
            for (String st : new String[] {"a", "b", "c"}) {
                Path out = dir.resolve(model + "-" + st);
                JsonObject j = prove(model, st, 1, out);
                String what = model + " statement " + st;
                assertTrue(j.get("verified").getAsBoolean(), what);
                assertEquals(expected, j.getAsJsonArray("output").get(0).getAsLong(), what + ": the proven class");
                assertTrue(peers.verify(out.resolve("verification_key.json"), out.resolve("public.json"), out.resolve("proof.json")),
                        what + ": snarkjs groth16 verify");
            }
        }
    }

    @Test
    void aProofForOneInputIsRejectedForAnother() throws Exception {
        Path one = dir.resolve("one"), two = dir.resolve("two");
        prove("iris-linear", "c", 0, one);
        prove("iris-linear", "c", 1, two);
        // the same circuit, but each run has its own setup: give run one's key and proof run two's public inputs
        Files.copy(two.resolve("public.json"), one.resolve("other-public.json"));
        assertFalse(Files.readString(one.resolve("public.json")).equals(Files.readString(one.resolve("other-public.json"))),
                "rows 0 and 1 have different public inputs");
        assertFalse(peers.verify(one.resolve("verification_key.json"), one.resolve("other-public.json"), one.resolve("proof.json")),
                "snarkjs refuses the proof for other public inputs");
        assertEquals(1, Capture.run("zk", "verify", "--vkey", one.resolve("verification_key.json").toString(),
                "--public", one.resolve("other-public.json").toString(), "--proof", one.resolve("proof.json").toString()).code());
    }
}
