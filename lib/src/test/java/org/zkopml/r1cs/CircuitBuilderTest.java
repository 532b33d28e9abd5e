package org.zkopml.r1cs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

/** The builder: iden3 wire order whatever the writing order, free linear work, the checker naming origins. */
class CircuitBuilderTest {
    @Test
    void wiresAreLaidOutInIden3OrderWhateverTheWritingOrder() {
        CircuitBuilder cb = new CircuitBuilder();
        cb.at("demo", "");
        LinearCombination internal = cb.witness(Fr.of(6));
        LinearCombination priv = cb.privateInput(Fr.of(3));
        LinearCombination pub = cb.publicInput(Fr.of(2));
        cb.enforce(priv, pub, internal, "product");
        LinearCombination out = cb.publicOutput(Fr.of(7));
        cb.enforceEqual(out, internal.plus(CircuitBuilder.constant(1)), "output");
        CircuitBuilder.Built b = cb.build();
        ConstraintSystem s = b.system();
        assertEquals(5, s.wires());
        assertEquals(1, s.publicOutputs());
        assertEquals(1, s.publicInputs());
        assertEquals(1, s.privateInputs());
        Fr[] w = b.witness();
        assertEquals(Fr.ONE, w[0]);
        assertEquals(Fr.of(7), w[1]);                 // public output first, though written last
        assertEquals(Fr.of(2), w[2]);
        assertEquals(Fr.of(3), w[3]);
        assertEquals(Fr.of(6), w[4]);
        assertEquals(LinearCombination.wire(3), s.constraints().get(0).a());
        assertTrue(s.check(w).accepted());
    }

    @Test
    void aProductWithAPublicConstantIsFreeAndWithAPrivateValueCostsOne() {
        CircuitBuilder cb = new CircuitBuilder();
        LinearCombination x = cb.privateInput(Fr.of(5));
        LinearCombination weight = cb.privateInput(Fr.of(-3));
        LinearCombination viaConstant = cb.mul(CircuitBuilder.constant(-3), x, "public weight");
        assertEquals(0, cb.constraints());
        assertEquals(Fr.of(-15), cb.value(viaConstant));
        LinearCombination viaWire = cb.mul(weight, x, "private weight");
        assertEquals(1, cb.constraints());
        assertEquals(Fr.of(-15), cb.value(viaWire));
        CircuitBuilder.Built b = cb.build();
        assertTrue(b.system().check(b.witness()).accepted());
        assertEquals(1, b.system().size());
    }

    @Test
    void theCheckerNamesTheFirstUnsatisfiedConstraintAndItsOrigin() {
        CircuitBuilder cb = new CircuitBuilder();
        LinearCombination x = cb.privateInput(Fr.of(9));
        cb.at("layer 1 relu", "neuron 4");
        Gadgets.relu(cb, x, 8);
        CircuitBuilder.Built b = cb.build();
        Fr[] w = b.witness();
        assertTrue(b.system().check(w).accepted());
        w[w.length - 1] = w[w.length - 1].add(Fr.ONE);       // the last wire: relu's output
        Verdict<Void> v = b.system().check(w);
        assertFalse(v.accepted());
        int first = b.system().firstUnsatisfied(w).getAsInt();
        assertTrue(v.reason().startsWith("constraint " + first + " (layer 1 relu · neuron 4 · relu: select)"), v.reason());
        Map<String, Integer> byGadget = b.system().countsBy(o -> Origin.parse(o).gadgetName());
        assertEquals(Map.of("relu", 10), byGadget);
        assertEquals(Map.of("layer 1 relu", 10), b.system().countsBy(o -> Origin.parse(o).part()));
    }

    @Test
    void combinationsPrintWithSignedCoefficients() {
        LinearCombination lc = CircuitBuilder.constant(5).plus(LinearCombination.wire(2)).minus(LinearCombination.term(4, Fr.of(3)));
        assertEquals("5 + w2 − 3·w4", lc.toSignedString());
        assertEquals("−w1", LinearCombination.ZERO.minus(LinearCombination.wire(1)).toSignedString());
        assertEquals("0", LinearCombination.ZERO.toSignedString());
    }

    @Test
    void originLabelsRoundTrip() {
        Origin o = new Origin("layer 0 dense", "neuron 2", "dense: W·x product");
        assertEquals(o, Origin.parse(o.toString()));
        Origin noElement = new Origin("output", "", "output: public y");
        assertEquals(noElement, Origin.parse(noElement.toString()));
        assertEquals("dense", o.gadgetName());
    }
}
