package org.zkopml.cli;

import static org.zkopml.cli.Capture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;

/**
 * {@code ./kit chain zk}: a model's proof verified on-chain by the kit's verifier and snarkjs's, the inference
 * recorded, a batch verified, gas from receipts in one JSON object; bad options exit 1 (2 for unknown ones).
 * Tagged {@code chain} (its own node) and {@code peers} (snarkjs exports its verifier).
 */
@Tag("chain")
@Tag("peers")
class ChainZkCommandTest {
    @Test
    void zkVerifiesOnChainBesideSnarkjsRecordsAndBatches() {
        JsonObject j = run("chain", "zk", "--model", "iris-linear", "--input", "2", "--statement", "c", "--batch", "3", "--json").json();
        TrainedModel t = Recipes.train("iris-linear");
        QuantizedModel q = t.quantized();
        assertEquals(IntegerInference.predict(q, t.testInput(2, q.scaleBits())), j.getAsJsonArray("output").get(0).getAsLong());
        assertTrue(j.get("verified").getAsBoolean());
        assertTrue(j.get("snarkjsVerified").getAsBoolean());
        assertTrue(j.get("recorded").getAsBoolean());
        assertTrue(j.get("batchVerified").getAsBoolean());
        long verify = j.get("verifyGas").getAsLong(), theirs = j.get("snarkjsVerifyGas").getAsLong();
        assertTrue(verify <= theirs, "the kit's verifier costs no more than snarkjs's: " + verify + " vs " + theirs);
        assertTrue(verify > 21_000 + j.get("pairingGas").getAsLong(), "a transaction plus the 4-pair check at least");
        assertTrue(j.get("batchGasPerProof").getAsLong() < verify, "a batch of 3 is cheaper per proof");
        assertTrue(j.get("batchGas").getAsLong() > j.get("batchPairingGas").getAsLong());
        assertTrue(j.get("deployGas").getAsLong() > 0 && j.get("snarkjsDeployGas").getAsLong() > 0);
        assertEquals(31337, j.get("chainId").getAsLong());
        assertEquals(q.commitmentHex(), j.get("modelCommitment").getAsString());
    }

    @Test
    void badOptionsAreRejectedBeforeAnyNodeStarts() {
        assertEquals(1, run("chain", "zk", "--model", "iris-linear", "--batch", "0").code());
        assertEquals(1, run("chain", "zk", "--model", "iris-linear", "--statement", "x").code());
        assertEquals(1, run("chain", "zk", "--model", "iris-linear", "--input", "9999").code());
        assertEquals(1, run("chain", "zk", "--model", "no-such-model").code());
        assertEquals(2, run("chain", "zk", "--model", "iris-linear", "--nonsense").code());
        assertEquals(2, run("chain", "zk").code());
    }
}
