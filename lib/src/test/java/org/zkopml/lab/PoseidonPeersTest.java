package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.commit.Poseidon;
import org.zkopml.field.Fr;

/**
 * The kit's Poseidon (circomlib's parameters) against circomlibjs's {@code poseidon} on random inputs of every width
 * ({@code bench/peers/poseidon.mjs} through {@link Peers}). Tagged {@code peers} (Node); here, beside {@link Peers},
 * because the protocol packages' tests do not reach up into {@code lab}.
 */
@Tag("peers")
class PoseidonPeersTest {
    @Test
    void equalsCircomlibjsOnRandomInputsForEveryWidth() {
        SplittableRandom rng = new SplittableRandom(2019_458);
        List<Fr[]> cases = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            for (int k = 0; k < 4; k++) {
                Fr[] in = new Fr[n];
                for (int i = 0; i < n; i++) in[i] = k == 0 ? Fr.of(i) : Fr.random(rng);
                cases.add(in);
            }
        }
        StringBuilder json = new StringBuilder("[");
        for (int c = 0; c < cases.size(); c++) {
            json.append(c == 0 ? "[" : ",[");
            Fr[] in = cases.get(c);
            for (int i = 0; i < in.length; i++) json.append(i == 0 ? "" : ",").append('"').append(in[i].toBigInteger()).append('"');
            json.append(']');
        }
        json.append(']');
        String out = Peers.node("poseidon.mjs", json.toString()).strip();
        String[] hashes = out.substring(1, out.length() - 1).replace("\"", "").split(",");
        assertEquals(cases.size(), hashes.length, out);
        for (int c = 0; c < cases.size(); c++) {
            assertEquals(new BigInteger(hashes[c]), Poseidon.hash(cases.get(c)).toBigInteger(), "case " + c + " (t = " + (cases.get(c).length + 1) + ")");
        }
    }
}
