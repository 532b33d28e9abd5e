package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checkable cases of the integer reference semantics. */
class IntegerInferenceTest {
    private static final List<String> THREE = List.of("a", "b", "c");

    @Test
    void requantizeFollowsTheVectorFile() {
        List<String[]> rows = TestFiles.rows("requantize-vectors.txt");
        assertTrue(rows.size() >= 10);
        for (String[] r : rows) {
            long x = Long.parseLong(r[0]);
            int s = Integer.parseInt(r[1]);
            assertEquals(Long.parseLong(r[2]), new Requantize(s).apply(x), "(" + x + " + 2^(s-1)) >> " + s);
        }
    }

    @Test
    void requantizeReportsOverflowInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> new Requantize(4).apply(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new Requantize(63));
    }

    @Test
    void denseComputesBiasPlusDotProduct() {
        Dense d = new Dense(new long[][] {{1, -2}, {3, 4}}, new long[] {10, -10});
        assertArrayEquals(new long[] {10 + 5 - 14, -10 + 15 + 28}, IntegerInference.apply(d, new long[] {5, 7}));
    }

    @Test
    void argmaxTakesTheFirstMaximum() {
        assertEquals(1, Argmax.of(new long[] {-3, 7, 7, 2}));
        assertEquals(0, Argmax.of(new long[] {4, 4, 4}));
        assertEquals(2, Argmax.of(new long[] {-9, -8, -1}));
    }

    @Test
    void treeGoesLeftOnLessOrEqual() {
        DecisionTree t = new DecisionTree(2, 3, List.of(
                TreeNode.split(0, 10, 1, 2),
                TreeNode.leaf(1, 0, 0),
                TreeNode.split(1, -5, 3, 4),
                TreeNode.leaf(0, 1, 0),
                TreeNode.leaf(0, 0, 1)));
        QuantizedModel m = new QuantizedModel("toy-tree", THREE, 4, 2, 12, List.of(t, new Argmax()));
        assertEquals(0, m.predict(new long[] {10, 100}));
        assertEquals(1, m.predict(new long[] {11, -5}));
        assertEquals(2, m.predict(new long[] {11, -4}));
        assertEquals(2, t.depth());
    }

    @Test
    void treeRejectsBackwardChildren() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionTree(1, 1, List.of(
                TreeNode.split(0, 0, 1, 1), TreeNode.split(0, 0, 0, 2), TreeNode.leaf(1))));
    }

    @Test
    void traceRecordsEveryLayer() {
        QuantizedModel m = new QuantizedModel("toy", List.of("neg", "pos"), 2, 2, 8, List.of(
                new Dense(new long[][] {{4, 0}, {0, -4}}, new long[] {0, 8}),
                new Requantize(2), new Relu(), new Argmax()));
        Trace t = m.infer(new long[] {-3, 5});
        assertArrayEquals(new long[] {-12, -12}, t.output(0));
        assertArrayEquals(new long[] {-3, -3}, t.output(1));
        assertArrayEquals(new long[] {0, 0}, t.logits());
        assertEquals(0, t.predicted());
        assertEquals(4, t.outputs().size());
    }

    @Test
    void boundsAreComputedPerLayer() {
        QuantizedModel m = new QuantizedModel("toy", List.of("x", "y"), 2, 2, 8, List.of(
                new Dense(new long[][] {{3, -1}, {1, 1}}, new long[] {5, 0}), new Requantize(2), new Argmax()));
        // inputs |x| <= 127: dense bound max(5 + 4·127, 2·127) = 513; requantize (513 + 2) >> 2 = 128
        assertArrayEquals(new long[] {513, 128, 1}, m.valueBounds());
        assertArrayEquals(new int[] {11, 9, 2}, m.valueBits());
        assertEquals(11, m.accumulatorBits());
    }

    @Test
    void anOverflowingModelIsRejectedWithAClearMessage() {
        long big = 1L << 40;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QuantizedModel("huge", List.of("x"), 20, 1, 28,
                List.of(new Dense(new long[][] {{big}}, new long[] {0}), new Argmax())));
        assertTrue(e.getMessage().contains("overflows") && e.getMessage().contains("layer 0"), e.getMessage());
    }

    @Test
    void badInputsAreRejected() {
        QuantizedModel m = new QuantizedModel("toy", List.of("x", "y"), 2, 2, 8, List.of(
                new Dense(new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}), new Argmax()));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> m.infer(new long[] {1, 2, 3}));
        assertTrue(width.getMessage().contains("width 3"), width.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> m.infer(new long[] {128, 0}));
        assertTrue(range.getMessage().contains("outside"), range.getMessage());
        assertEquals(1, m.predict(new long[] {-127, 127}));
    }

    @Test
    void argmaxMustComeLast() {
        assertThrows(IllegalArgumentException.class, () -> new QuantizedModel("x", List.of("a"), 2, 1, 8, List.of(new Relu())));
        assertThrows(IllegalArgumentException.class, () -> new QuantizedModel("x", List.of("a"), 2, 1, 8,
                List.of(new Argmax(), new Argmax())));
    }
}
