package org.zkopml.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.model.Dense;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.r1cs.Origin;
import org.zkopml.values.Verdict;

/** Every built-in recipe × statement: the proven output is IntegerInference's, and a wrong witness is caught. */
class ModelCircuitsTest {
    /** Up to {@code count} test inputs of the recipe, chosen to cover as many predicted classes as possible. */
    private static List<long[]> inputs(TrainedModel t, QuantizedModel m, int count) {
        long[][] all = t.testInputs(m.scaleBits());
        List<long[]> chosen = new ArrayList<>();
        Set<Integer> classes = new LinkedHashSet<>();
        for (long[] x : all) if (chosen.size() < count && classes.add(m.predict(x))) chosen.add(x);
        for (long[] x : all) if (chosen.size() < count && !chosen.contains(x)) chosen.add(x);
        return chosen;
    }

    @Test
    void everyRecipeAndStatementProvesIntegerInferenceBitForBit() {
        for (String name : Recipes.names()) {
            TrainedModel t = Recipes.train(name);
            QuantizedModel m = t.quantized();
            for (Statement s : Statement.values()) {
                int n = name.equals("digits-mlp") && s == Statement.B ? 2 : 3;
                for (long[] x : inputs(t, m, n)) {
                    CompiledCircuit c = ModelCircuits.compile(m, s, x);
                    String what = name + " (" + s + ")";
                    assertArrayEquals(new long[] {IntegerInference.predict(m, x)}, c.output(), what);
                    assertTrue(c.system().check(c.witness()).accepted(), what);
                    Fr[] pub = c.publicInputs();
                    assertEquals(Fr.of(c.output()[0]), pub[0], what + ": w_1 is the class");
                    int expectedPublic = 1 + (s == Statement.A ? 0 : x.length) + (s == Statement.C ? 0 : 1);
                    assertEquals(expectedPublic, pub.length, what);
                    if (s != Statement.A) for (int i = 0; i < x.length; i++) assertEquals(Fr.of(x[i]), pub[1 + i], what + ": x_" + i);
                    if (s == Statement.A) assertEquals(PackedCommitment.commit(x, m.inputBits(), Fr.ZERO), pub[1], what);
                    if (s == Statement.B) {
                        long[] p = ModelParameters.of(m);
                        assertEquals(PackedCommitment.commit(p, ModelParameters.widths(m), Fr.ZERO), pub[pub.length - 1], what);
                    }
                    int sum = c.constraintsByOrigin().values().stream().mapToInt(Integer::intValue).sum();
                    assertEquals(c.constraints(), sum, what);
                }
            }
        }
    }

    @Test
    void theSystemDependsOnTheModelAndStatementOnlySoOneSetupServesEveryInput() {
        for (String name : List.of("iris-linear", "iris-tree", "wine-linear")) {
            TrainedModel t = Recipes.train(name);
            QuantizedModel m = t.quantized();
            List<long[]> xs = inputs(t, m, 3);
            for (Statement s : Statement.values()) {
                CompiledCircuit first = ModelCircuits.compile(m, s, xs.get(0), Fr.of(1));
                for (int i = 1; i < xs.size(); i++) {
                    CompiledCircuit other = ModelCircuits.compile(m, s, xs.get(i), Fr.of(1000 + i));
                    assertEquals(first.system(), other.system(), name + " (" + s + "), input " + i);
                }
            }
        }
    }

    @Test
    void aWrongWitnessIsCaughtAndLocated() {
        TrainedModel t = Recipes.train("iris-linear");
        QuantizedModel m = t.quantized();
        long[] x = inputs(t, m, 1).get(0);
        for (Statement s : Statement.values()) {
            CompiledCircuit c = ModelCircuits.compile(m, s, x);
            // claim another class
            Fr[] w = c.witness();
            w[1] = Fr.of((c.output()[0] + 1) % m.classes());
            Verdict<Void> v = c.system().check(w);
            assertFalse(v.accepted(), s + ": another class");
            assertTrue(v.reason().contains("output"), v.reason());
            // change any single wire after the public ones: some constraint fails, and is named
            Fr[] good = c.witness();
            for (int i = 1; i < good.length; i += Math.max(1, good.length / 97)) {
                Fr[] bad = c.witness();
                bad[i] = bad[i].add(Fr.ONE);
                Verdict<Void> r = c.system().check(bad);
                assertFalse(r.accepted(), s + ": wire " + i + " changed");
                int k = c.system().firstUnsatisfied(bad).getAsInt();
                assertTrue(r.reason().contains(c.system().constraints().get(k).origin()), r.reason());
            }
            assertTrue(c.system().check(good).accepted());
        }
    }

    @Test
    void aProductWithAPublicWeightIsFreeAndWithAPrivateWeightCostsOne() {
        for (String name : List.of("iris-linear", "wine-linear")) {
            QuantizedModel m = Recipes.train(name).quantized();
            long[] x = new long[m.inputWidth()];
            long macs = m.layers().get(0).macs();
            assertTrue(m.layers().get(0) instanceof Dense);
            assertNull(ModelCircuits.compile(m, Statement.C, x).constraintsByOrigin().get("layer 0 dense"), name);
            assertNull(ModelCircuits.compile(m, Statement.A, x).constraintsByOrigin().get("layer 0 dense"), name);
            CompiledCircuit b = ModelCircuits.compile(m, Statement.B, x);
            assertEquals(macs, b.constraintsByOrigin().get("layer 0 dense").longValue(), name);
            assertEquals(macs, b.system().countsBy(o -> Origin.parse(o).gadget()).get("dense: W·x product").longValue());
        }
    }

    @Test
    void commitmentsBindTheValuesAndHideBehindTheBlinding() {
        QuantizedModel m = Recipes.train("iris-tree").quantized();
        long[] x = {10, -20, 30, -40};
        Fr c0 = ModelCircuits.compile(m, Statement.A, x).publicInputs()[1];
        Fr c1 = ModelCircuits.compile(m, Statement.A, x, Fr.of(12345)).publicInputs()[1];
        assertNotEquals(c0, c1);
        assertEquals(c1, PackedCommitment.commit(x, m.inputBits(), Fr.of(12345)));
        assertNotEquals(c1, PackedCommitment.commit(new long[] {10, -20, 30, -39}, m.inputBits(), Fr.of(12345)));
        assertNotEquals(PackedCommitment.commit(new long[] {0}, 8, Fr.ZERO), PackedCommitment.commit(new long[] {0, 0}, 8, Fr.ZERO));
        // a forged commitment wire is caught
        CompiledCircuit c = ModelCircuits.compile(m, Statement.A, x);
        Fr[] w = c.witness();
        w[2] = w[2].add(Fr.ONE);
        Verdict<Void> v = c.system().check(w);
        assertFalse(v.accepted());
        assertTrue(v.reason().contains("commitment"), v.reason());
    }

    @Test
    void badInputsAndStatementsAreRejectedWithAReason() {
        QuantizedModel m = Recipes.train("iris-linear").quantized();
        assertThrows(IllegalArgumentException.class, () -> ModelCircuits.compile(m, Statement.A, new long[3]));
        long[] tooBig = new long[4];
        tooBig[2] = m.inputMaxAbs() + 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCircuits.compile(m, Statement.C, tooBig));
        assertTrue(e.getMessage().contains("index 2"), e.getMessage());
        assertEquals(Statement.B, Statement.parse("b"));
        assertEquals(Statement.A, Statement.parse("A"));
        assertThrows(IllegalArgumentException.class, () -> Statement.parse("d"));
        assertThrows(IllegalArgumentException.class, () -> Statement.parse(null));
    }
}
