package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit's MLP trainer: loss falls, it learns digits, and it is a function of its seed. */
class MlpTrainerTest {
    private static Table train;
    private static Table test;

    @BeforeAll
    static void data() {
        Split split = Datasets.load("digits").split(0.25, 3);
        Standardizer s = Standardizer.fit(split.train());
        train = s.apply(split.train());
        test = s.apply(split.test());
    }

    private static double accuracy(FloatModel m, Table t) {
        int correct = 0;
        for (int r = 0; r < t.rows(); r++) if (m.predict(t.row(r)) == t.label(r)) correct++;
        return (double) correct / t.rows();
    }

    @Test
    void lossFallsAndDigitsAreLearned() {
        int[] epochsSeen = new int[1];
        MlpTrainer.Result r = new MlpTrainer(new int[] {32}, 15, 32, 0.003, 1e-4, 1).train(train, e -> epochsSeen[0] = e);
        double[] loss = r.loss().values();
        assertEquals(15, epochsSeen[0]);
        assertTrue(loss[loss.length - 1] < 0.25 * loss[0], "loss " + loss[0] + " → " + loss[loss.length - 1]);
        for (int e = 1; e < 5; e++) assertTrue(loss[e] < loss[e - 1], "loss falls in the first epochs");
        assertTrue(accuracy(r.model(), test) >= 0.95, "test accuracy " + accuracy(r.model(), test));
        assertArrayEquals(new int[] {64, 32, 10}, r.model().widths());
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        MlpTrainer a = new MlpTrainer(new int[] {8, 8}, 2, 64, 0.01, 0, 5);
        MultilayerPerceptron m1 = a.train(train).model();
        MultilayerPerceptron m2 = a.train(train).model();
        MultilayerPerceptron m3 = new MlpTrainer(new int[] {8, 8}, 2, 64, 0.01, 0, 6).train(train).model();
        for (int l = 0; l < 3; l++) assertArrayEquals(m1.weights().get(l), m2.weights().get(l));
        assertTrue(!java.util.Arrays.deepEquals(m1.weights().get(0), m3.weights().get(0)));
        assertEquals(m1.quantize("x", train.classNames(), 8).commitmentHex(), m2.quantize("x", train.classNames(), 8).commitmentHex());
    }
}
