package org.zkopml.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.model.BlockTrace;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TransformerBlock;

/**
 * An attention head of gpt-tiny as R1CS (statement c): its public output is the reference's head output, a wrong
 * witness is caught, and a Groth16 proof of it verifies in the kit and in snarkjs.
 */
class AttentionHeadCircuitTest {
    private static BlockTrace trace(QuantizedModel m, int prompt) {
        long[] x = m.infer(Gpts.prompt(Gpts.TINY, prompt)).output(0);
        return ((TransformerBlock) m.layers().get(1)).trace(x);
    }

    @Test
    void theHeadsOutputIsTheReferencesAndAWrongWitnessFails() {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        TransformerBlock block = (TransformerBlock) m.layers().get(1);
        for (int prompt : new int[] {123}) {
            BlockTrace tr = trace(m, prompt);
            for (int head = 1; head < block.attention().heads(); head++) {
                CompiledCircuit c = AttentionHeadCircuit.compile(block, head, tr.norm1().output().output());
                assertArrayEquals(AttentionHeadCircuit.referenceOutput(tr, block, head), c.output(), "head " + head + " prompt " + prompt);
                Fr[] w = c.witness();
                Fr[] bad = w.clone();
                int i = w.length - 1 - new SplittableRandom(prompt + head).nextInt(w.length / 2);
                bad[i] = bad[i].add(Fr.ONE);
                assertFalse(c.system().check(bad).accepted(), "a changed internal wire " + i + " is caught");
            }
        }
    }

    @Test
    @Tag("peers")
    @Tag("slow")
    void aGroth16ProofOfOneHeadVerifiesInTheKitAndInSnarkjs() throws Exception {
        QuantizedModel m = Gpts.model(Gpts.TINY);
        TransformerBlock block = (TransformerBlock) m.layers().get(1);
        CompiledCircuit c = AttentionHeadCircuit.compile(block, 0, trace(m, 0).norm1().output().output());
        Setup.Result setup = Setup.generate(c.system(), new SplittableRandom(1));
        Proof proof = Prover.prove(setup.provingKey(), c.witness(), new SplittableRandom(2));
        List<Fr> publics = Arrays.asList(c.publicInputs());
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), publics, proof).accepted());
        List<Fr> wrong = new java.util.ArrayList<>(publics);
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
