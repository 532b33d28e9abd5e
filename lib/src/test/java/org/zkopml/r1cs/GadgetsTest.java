package org.zkopml.r1cs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.zkopml.commit.Poseidon;
import org.zkopml.commit.PoseidonParameters;
import org.zkopml.field.Fr;
import org.zkopml.model.Argmax;
import org.zkopml.model.Requantize;
import org.zkopml.values.Verdict;

/**
 * Each gadget against the model's own rule on every value of a small range (ties included), its witness
 * accepted and a changed output rejected.
 */
class GadgetsTest {
    /** Writes one gadget on a private input v; returns the built circuit and the output's value. */
    private static Fr[] run(long v, BiFunction<CircuitBuilder, LinearCombination, LinearCombination> gadget, boolean tamper) {
        CircuitBuilder cb = new CircuitBuilder();
        LinearCombination x = cb.privateInput(Fr.of(v));
        LinearCombination y = gadget.apply(cb, x);
        LinearCombination out = cb.publicOutput(cb.value(y));
        cb.enforceEqual(out, y, "output");
        CircuitBuilder.Built b = cb.build();
        Fr[] w = b.witness();
        Verdict<Void> ok = b.system().check(w);
        assertTrue(ok.accepted(), () -> "v = " + v + ": " + ok.reason());
        if (tamper) {
            w[1] = w[1].add(Fr.ONE);
            assertFalse(b.system().check(w).accepted(), "a changed output must be caught, v = " + v);
        }
        return new Fr[] {b.witness()[1]};
    }

    private static long signed(Fr x) {
        return CircuitBuilder.signed(x).longValueExact();
    }

    @Test
    void requantizeIsTheModelsRoundHalfUpShiftTiesIncluded() {
        for (int shift = 0; shift <= 4; shift++) {
            Requantize q = new Requantize(shift);
            int s = shift;
            for (long v = -70; v <= 70; v++) {
                long expected = q.apply(v);
                long got = signed(run(v, (cb, x) -> Gadgets.requantize(cb, x, s, 8), s > 0)[0]);
                assertEquals(expected, got, "shift " + shift + ", v = " + v);
            }
        }
        // the ties: 2.5 → 3 and −2.5 → −2 at shift 1 (5/2 and −5/2)
        assertEquals(3, signed(run(5, (cb, x) -> Gadgets.requantize(cb, x, 1, 8), false)[0]));
        assertEquals(-2, signed(run(-5, (cb, x) -> Gadgets.requantize(cb, x, 1, 8), false)[0]));
    }

    @Test
    void reluAndComparisonOnEveryValueOfARange() {
        for (long v = -127; v <= 127; v++) {
            assertEquals(Math.max(0, v), signed(run(v, (cb, x) -> Gadgets.relu(cb, x, 8), true)[0]), "relu " + v);
            long t = 17;
            assertEquals(v <= t ? 1 : 0, signed(run(v, (cb, x) -> Gadgets.lessOrEqual(cb, x, CircuitBuilder.constant(t), 9, "cmp"), true)[0]),
                    "[" + v + " <= 17]");
        }
    }

    @Test
    void aValueOutsideTheRangeHasNoWitnessAndTheCheckerSaysWhere() {
        CircuitBuilder cb = new CircuitBuilder();
        LinearCombination x = cb.privateInput(Fr.of(300));
        cb.at("input", "x_0");
        Gadgets.bits(cb, x, 8, "range");
        CircuitBuilder.Built b = cb.build();
        Verdict<Void> v = b.system().check(b.witness());
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("input · x_0 · range: sum of bits"), v.reason());
    }

    @Test
    void argmaxIsTheFirstMaximumOnRandomVectorsWithTies() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(6);
            long[] xs = new long[m];
            for (int i = 0; i < m; i++) xs[i] = rng.nextInt(-4, 5);        // small range: many ties
            CircuitBuilder cb = new CircuitBuilder();
            LinearCombination[] x = new LinearCombination[m];
            for (int i = 0; i < m; i++) x[i] = cb.privateInput(Fr.of(xs[i]));
            LinearCombination k = Gadgets.argmax(cb, x, 5);
            LinearCombination out = cb.publicOutput(cb.value(k));
            cb.enforceEqual(out, k, "output");
            CircuitBuilder.Built b = cb.build();
            Fr[] w = b.witness();
            assertTrue(b.system().check(w).accepted());
            assertEquals(Argmax.of(xs), signed(w[1]), java.util.Arrays.toString(xs));
            // every other index, with its own one-hot selector, is rejected
            for (int other = 0; other < m; other++) {
                if (other == Argmax.of(xs)) continue;
                Fr[] forged = b.witness();
                forged[1] = Fr.of(other);
                assertFalse(b.system().check(forged).accepted());
            }
        }
    }

    @Test
    void poseidonGadgetEqualsTheNativeHashAtItsCost() {
        SplittableRandom rng = new SplittableRandom(458);
        for (int t = 2; t <= PoseidonParameters.MAX_T; t++) {
            CircuitBuilder cb = new CircuitBuilder();
            Fr[] in = new Fr[t - 1];
            LinearCombination[] wires = new LinearCombination[t - 1];
            for (int i = 0; i < in.length; i++) {
                in[i] = Fr.random(rng);
                wires[i] = cb.privateInput(in[i]);
            }
            LinearCombination h = PoseidonGadget.hash(cb, wires);
            assertEquals(Poseidon.hash(in), cb.value(h), "t = " + t);
            PoseidonParameters p = PoseidonParameters.circomlib(t);
            assertEquals(3 * (8 * t + p.partialRounds() - 1), cb.constraints(), "t = " + t);
            assertEquals(cb.constraints(), PoseidonGadget.cost(t));
            CircuitBuilder.Built b = cb.build();
            assertTrue(b.system().check(b.witness()).accepted());
        }
        assertEquals(BigInteger.valueOf(240), BigInteger.valueOf(PoseidonGadget.cost(3)));
    }
}
