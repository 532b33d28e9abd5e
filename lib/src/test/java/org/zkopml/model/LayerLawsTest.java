package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws every layer must satisfy, written once and run on one instance of each layer kind. */
class LayerLawsTest {
    static Stream<Layer> layers() {
        return Stream.of(
                new Dense(new long[][] {{300, -255, 7}, {-1, 0, 99}}, new long[] {1 << 20, -(1 << 19)}),
                new Relu(),
                new Requantize(5),
                new Requantize(0),
                new DecisionTree(3, 2, List.of(TreeNode.split(1, 0, 1, 2), TreeNode.leaf(-7, 3), TreeNode.leaf(1, 1))),
                new Argmax());
    }

    /** Law: for inputs with {@code |x| <= M}, every output satisfies {@code |y| <= outputMaxAbs(M)} (argmax: width − 1). */
    @ParameterizedTest
    @MethodSource("layers")
    void outputsStayWithinTheStaticBound(Layer layer) {
        SplittableRandom random = new SplittableRandom(7);
        long m = (1L << 15) - 1;
        int width = layer.inputWidth() > 0 ? layer.inputWidth() : 3;
        long bound = layer instanceof Argmax ? width - 1 : layer.outputMaxAbs(m);
        for (int trial = 0; trial < 500; trial++) {
            long[] x = new long[width];
            for (int i = 0; i < width; i++) x[i] = trial < 8 ? ((trial >> Math.min(i, 2)) & 1) == 0 ? m : -m : random.nextLong(-m, m + 1);
            long[] y = IntegerInference.apply(layer, x);
            assertEquals(layer.outputWidth(width), y.length, "output width");
            for (long v : y) assertTrue(Math.abs(v) <= bound, layer + ": |" + v + "| > " + bound);
        }
    }

    /** Law: a layer is a function — the same input gives the same output, and the input is not modified. */
    @ParameterizedTest
    @MethodSource("layers")
    void isAPureFunction(Layer layer) {
        int width = layer.inputWidth() > 0 ? layer.inputWidth() : 3;
        long[] x = new long[width];
        for (int i = 0; i < width; i++) x[i] = 1000L * (i + 1) * (i % 2 == 0 ? 1 : -1);
        long[] before = x.clone();
        long[] y1 = IntegerInference.apply(layer, x);
        long[] y2 = IntegerInference.apply(layer, x);
        assertTrue(java.util.Arrays.equals(y1, y2) && java.util.Arrays.equals(before, x));
    }

    /** Law: the bound is monotone — a wider input range never gives a smaller output bound. */
    @ParameterizedTest
    @MethodSource("layers")
    void boundIsMonotone(Layer layer) {
        long previous = -1;
        for (int bits = 1; bits < 30; bits++) {
            long b = layer.outputMaxAbs((1L << bits) - 1);
            assertTrue(b >= previous, layer + " bound shrank at " + bits + " bits");
            previous = b;
        }
    }
}
