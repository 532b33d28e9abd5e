package org.zkopml.cli;

import static org.zkopml.cli.Capture.run;
import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.chain.Groth16VerifierContract;
import org.zkopml.chain.LocalChain;
import org.zkopml.field.Fr;
import org.zkopml.groth16.SnarkjsJson;

/**
 * {@code ./kit tour --json} once, and its deterministic figures (constraints, proof bytes, steps, state hash, gas, rounds,
 * winner) against what {@code zk prove}, {@code op run}, {@code chain op} and {@code chain zk} print for the same model and
 * input, each run as its own command; the report is one self-contained page. Tagged {@code chain} (its own nodes) and
 * {@code peers} ({@code chain zk} exports snarkjs's verifier beside the kit's).
 */
@Tag("chain")
@Tag("peers")
class TourCommandTest {
    private static JsonObject json(String... args) {
        return run(args).json();
    }

    private static void same(JsonObject a, String aKey, JsonObject b, String bKey) {
        assertTrue(a.has(aKey), aKey + " in " + a);
        assertTrue(b.has(bKey), bKey + " in " + b);
        assertEquals(b.get(bKey), a.get(aKey), aKey + " (tour) against " + bKey);
    }

    @Test
    void tourFiguresEqualThoseOfTheSingleCommands(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report");
        JsonObject tour = json("tour", "--model", "digits-mlp", "--input", "0", "--report", report.toString(), "--json");
        for (String key : new String[] {"machine", "zk", "op", "model", "input"}) assertTrue(tour.has(key), key + " in " + tour);
        JsonObject zk = tour.getAsJsonObject("zk"), op = tour.getAsJsonObject("op"), happy = op.getAsJsonObject("unchallenged");
        assertTrue(zk.get("proveMs").getAsDouble() > 0, zk.toString());
        assertTrue(zk.has("verifyGas"), zk.toString());
        assertTrue(tour.getAsJsonObject("machine").get("cores").getAsInt() >= 1);
        assertTrue(tour.get("reproducesTheCommandsModel").getAsBoolean(), "training from the seed gives the model every command uses");

        // the proof the tour wrote, verified again by the library's verifier contract on a chain of its own: the same gas
        Path proofDir = report.resolve("zk");
        try (LocalChain chain = LocalChain.start()) {
            List<Fr> publics = SnarkjsJson.readPublic(proofDir.resolve("public.json")).stream().map(Fr::of).toList();
            Groth16VerifierContract v = Groth16VerifierContract.deploy(chain, SnarkjsJson.readVerifyingKey(proofDir.resolve("verification_key.json")));
            assertEquals(zk.get("verifyGas").getAsLong(), v.verifyGas(SnarkjsJson.readProof(proofDir.resolve("proof.json")), publics));
            assertEquals(zk.get("verifierDeployGas").getAsLong(), v.deployGas());
        }
        assertTrue(zk.get("verifiedOnChain").getAsBoolean());
        assertEquals(1, zk.get("finalityBlocks").getAsLong(), "one transaction, one block");

        // chain zk proves afresh (random blinding and proof): the circuit is the same, and the verification gas differs only by the
        // proof's calldata, where a zero byte costs 4 gas and any other 16 (EIP-2028): at most 12 gas per calldata byte
        JsonObject chainZk = json("chain", "zk", "--model", "digits-mlp", "--statement", "a", "--input", "0", "--json");
        same(zk, "constraints", chainZk, "constraints");
        same(zk, "publicInputs", chainZk, "publicInputs");
        same(tour, "output", chainZk, "output");
        assertTrue(chainZk.get("verified").getAsBoolean());
        long calldataBytes = 4 + 32L * (8 + zk.get("publicInputs").getAsLong());
        assertTrue(Math.abs(zk.get("verifyGas").getAsLong() - chainZk.get("verifyGas").getAsLong()) <= 12 * calldataBytes,
                zk.get("verifyGas") + " (tour) vs " + chainZk.get("verifyGas") + " (chain zk)");

        JsonObject prove = json("zk", "prove", "--model", "digits-mlp", "--statement", "a", "--input", "0", "--out", dir.resolve("zk").toString(), "--json");
        for (String key : new String[] {"constraints", "wires", "publicInputs", "proofBytes", "verified"}) same(zk, key, prove, key);
        same(tour, "output", prove, "output");

        JsonObject run = json("op", "run", "--model", "digits-mlp", "--input", "0", "--json");
        same(op, "steps", run, "steps");
        same(op, "finalStateHash", run, "finalStateHash");

        JsonObject disputed = json("chain", "op", "--model", "digits-mlp", "--input", "0", "--json");
        for (String key : new String[] {"cheatStep", "k", "requestGas", "submitGas", "challengeGas", "oneStepGas", "withdrawGas", "totalDisputeGas", "rounds",
                "disputedStep", "winner", "honest", "ruling", "deployGas", "challengeWindowSeconds", "moveTimeoutSeconds", "finalityBoundSeconds"}) {
            same(op, key, disputed, key);
        }
        assertEquals("challenger", op.get("winner").getAsString());
        // finality is computed from the contract's parameters and the rounds of one phase: window + (2R + 1) move timeouts + 1
        assertEquals(op.get("challengeWindowSeconds").getAsLong() + (2 * op.get("rounds").getAsLong() + 1) * op.get("moveTimeoutSeconds").getAsLong() + 1,
                op.get("finalityBoundSeconds").getAsLong());

        // the same cheat played off-chain by the kit's referee: the same rounds and winner
        JsonObject offChain = json("op", "dispute", "--model", "digits-mlp", "--input", "0", "--cheat-step", op.get("cheatStep").getAsString(), "--json");
        same(op, "rounds", offChain, "rounds");
        same(op, "winner", offChain, "winner");

        JsonObject unchallenged = json("chain", "op", "--model", "digits-mlp", "--input", "0", "--unchallenged", "--json");
        same(happy, "submitGas", unchallenged, "submitGas");
        same(happy, "finalizeGas", unchallenged, "finalizeGas");
        same(happy, "withdrawGas", unchallenged, "withdrawGas");
        same(happy, "winner", unchallenged, "winner");
        same(happy, "finalitySeconds", unchallenged, "finalityBoundSeconds");
        assertEquals(unchallenged.get("challengeWindowSeconds").getAsLong() + 1, happy.get("finalitySeconds").getAsLong());
        assertTrue(happy.get("chainSeconds").getAsLong() > unchallenged.get("challengeWindowSeconds").getAsLong(), "the node's clock passed the window: " + happy);

        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("data:image/png;base64,"), "inline plots");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external links in the report");
        assertTrue(html.contains(String.format("%,d", op.get("totalDisputeGas").getAsLong())), "the table shows the dispute gas");
    }

    /**
     * gpt-tiny's tour: the whole pass proven by sumcheck and one head by Groth16, both verified, the proven next token
     * the reference inference's, and the cheating submitter caught on-chain.
     */
    @Test
    void theTransformersTourProvesTheReferencesNextTokenAndCatchesTheCheater(@TempDir Path dir) {
        JsonObject tour = json("tour", "--model", "gpt-tiny", "--input", "3", "--report", dir.resolve("report").toString(), "--json");
        long expected = org.zkopml.model.Gpts.model(org.zkopml.model.Gpts.TINY).predict(org.zkopml.model.Gpts.prompt(org.zkopml.model.Gpts.TINY, 3));
        assertEquals(expected, tour.getAsJsonArray("output").get(0).getAsLong(), "the proven token is the reference's");
        assertTrue(tour.getAsJsonObject("zk").getAsJsonObject("sumcheck").get("verified").getAsBoolean());
        assertTrue(tour.getAsJsonObject("zk").getAsJsonObject("head").get("verified").getAsBoolean());
        assertEquals("challenger", tour.getAsJsonObject("op").get("winner").getAsString());
        assertTrue(Files.isRegularFile(dir.resolve("report").resolve("index.html")));
    }

    @Test
    void badOptionsAreRejected() {
        assertEquals(1, run("tour", "--k", "0", "--json").code());
        assertEquals(1, run("tour", "--cheat-step", "none", "--json").code());
        assertEquals(2, run("tour", "--nonsense").code());
    }
}
