package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.commit.Poseidon;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.LinearCombination;
import org.zkopml.r1cs.PoseidonGadget;

/**
 * circomlib's Poseidon circuit itself, compiled by circom 2 (bench/peers/circom-poseidon.mjs) and run by its
 * witness calculator, against the kit's hash and gadget, for two inputs (t = 3; the compilation takes seconds,
 * so the other widths are checked against circomlibjs in {@link PoseidonPeersTest}). Tagged {@code peers} (Node, circom);
 * here, beside {@link Peers}, because the protocol packages' tests do not reach up into {@code lab}.
 */
@Tag("peers")
class PoseidonCircomTest {
    @Test
    void circomsPoseidonCircuitOutputsTheKitsHash() {
        SplittableRandom rng = new SplittableRandom(243);
        Fr[][] cases = {{Fr.of(1), Fr.of(2)}, {Fr.random(rng), Fr.random(rng)}, {Fr.random(rng), Fr.ZERO}};
        JsonArray request = new JsonArray();
        for (Fr[] c : cases) {
            JsonArray xs = new JsonArray();
            for (Fr f : c) xs.add(f.toString());
            request.add(xs);
        }
        JsonArray answer = JsonParser.parseString(Peers.node("circom-poseidon.mjs", request.toString())).getAsJsonArray();
        assertEquals(cases.length, answer.size());
        for (int i = 0; i < cases.length; i++) {
            JsonObject a = answer.get(i).getAsJsonObject();
            Fr circom = Fr.of(new BigInteger(a.get("hash").getAsString()));
            assertEquals(circom, Poseidon.hash(cases[i]), "case " + i);
            CircuitBuilder cb = new CircuitBuilder();
            LinearCombination h = PoseidonGadget.hash(cb, cb.privateInput(cases[i][0]), cb.privateInput(cases[i][1]));
            assertEquals(circom, cb.value(h), "gadget, case " + i);
            // circomlib keeps the S-box of the (constant) first capacity element: three constraints more than the kit
            assertEquals(PoseidonGadget.cost(3) + 3, a.get("nonLinear").getAsInt());
        }
        for (JsonElement e : answer) assertEquals(2, e.getAsJsonObject().get("n").getAsInt());
    }
}
