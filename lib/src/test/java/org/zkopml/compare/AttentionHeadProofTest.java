package org.zkopml.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.circuit.AttentionHeadCircuit;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.groth16.Verifier;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TransformerBlock;

/** A Groth16 proof of one attention head of gpt-tiny (statement c), verified by the kit and by snarkjs. */
class AttentionHeadProofTest {
    @Test
    @Tag("peers")
    @Tag("slow")
    void aGroth16ProofOfOneHeadVerifiesInTheKitAndInSnarkjs() throws Exception {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        TransformerBlock block = (TransformerBlock) m.layers().get(1);
        long[] x = m.infer(Gpts.prompt(Gpts.TINY, 0)).output(0);
        CompiledCircuit c = AttentionHeadCircuit.compile(block, 0, block.trace(x).norm1().output().output());
        Setup.Result setup = Setup.generate(c.system(), new SplittableRandom(1));
        Proof proof = Prover.prove(setup.provingKey(), c.witness(), new SplittableRandom(2));
        List<Fr> publics = Arrays.asList(c.publicInputs());
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), publics, proof).accepted());
        List<Fr> wrong = new ArrayList<>(publics);
        wrong.set(0, wrong.get(0).add(Fr.ONE));
        assertFalse(Verifier.verifyFr(setup.verifyingKey(), wrong, proof).accepted(), "another head output is rejected");
        Path dir = Files.createTempDirectory("kit-head");
        SnarkjsJson.writeVerifyingKey(setup.verifyingKey(), dir.resolve("vk.json"));
        SnarkjsJson.writeProof(proof, dir.resolve("proof.json"));
        SnarkjsJson.writePublic(publics, dir.resolve("public.json"));
        SnarkjsJson.writePublic(wrong, dir.resolve("wrong.json"));
        Snarkjs peers = Snarkjs.locate();
        assertTrue(peers.verify(dir.resolve("vk.json"), dir.resolve("public.json"), dir.resolve("proof.json")), "snarkjs accepts the head's proof");
        assertFalse(peers.verify(dir.resolve("vk.json"), dir.resolve("wrong.json"), dir.resolve("proof.json")), "snarkjs rejects another output");
    }
}
