package org.zkopml.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.model.BlockTrace;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TransformerBlock;

/**
 * An attention head of gpt-tiny as R1CS (statement c): its public output is the reference's head output and a wrong
 * witness is caught ({@code compare.AttentionHeadProofTest} proves it with Groth16 and has snarkjs verify it).
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
}
