package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** gpt-tiny: its dataset's provenance, its gradient, its accuracy float vs fixed point. */
class GptTinyTest {
    @Test
    void theShippedDatasetIsItsGeneratorsOutput() {
        SortingTask task = SortingTask.load();
        assertEquals(SortingTask.generate(SortingTask.SEED), TestFiles.text("/org/zkopml/model/datasets/" + SortingTask.FILE));
        assertEquals(SortingTask.TEST * SortingTask.DIGITS, task.test().size());
        SortingTask.Example e = SortingTask.examples("31594").get(2);
        assertEquals("31594>13", e.text());
        assertArrayEquals(SortingTask.encode("..31594>13"), e.ids());
        assertEquals(SortingTask.VOCABULARY.indexOf('4'), e.target());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SortingTask.parse("input,sorted\n12345,12345\n11234,11234\n", "x.csv"));
        assertTrue(bad.getMessage().startsWith("x.csv:3:"), bad.getMessage());
    }

    /** Law: the backward pass is the derivative of the forward pass (central differences, relative error). */
    @Test
    void theGradientMatchesFiniteDifferences() {
        GptConfig c = new GptConfig(7, 4, 8, 2, 12, 2);
        GptTrainer trainer = new GptTrainer(c, 1, 1, 1e-3, 3);
        double[] w = trainer.initial();
        GptLayout lay = new GptLayout(c);
        int[] ids = {1, 5, 0, 6};
        double[] g = new double[w.length];
        GptGradient.backward(w, lay, GptGradient.forward(w, lay, ids), 3, g);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int trial = 0; trial < 60; trial++) {
            int i = r.nextInt(w.length);
            double h = 1e-5, keep = w[i];
            w[i] = keep + h;
            double up = loss(w, lay, ids, 3);
            w[i] = keep - h;
            double down = loss(w, lay, ids, 3);
            w[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[i], 1e-6 + 1e-4 * Math.abs(numeric), "parameter " + i);
        }
    }

    private static double loss(double[] w, GptLayout lay, int[] ids, int target) {
        return GptGradient.backward(w, lay, GptGradient.forward(w, lay, ids), target, new double[w.length]);
    }

    @Test
    void gptTinySortsAndItsIntegerModelAgreesWithTheFloatOne() {
        TrainedGpt tiny = Gpts.train();
        GptEvaluation e = tiny.evaluate();
        assertEquals(320, e.prompts());
        assertTrue(e.floatAccuracy() >= 0.95, e.toString());
        assertTrue(e.fixedAccuracy() >= 0.95, e.toString());
        assertTrue(e.agreement() >= 0.97, e.toString());
        QuantizedModel q = tiny.quantized();
        assertEquals(tiny.model().parameterCount(), q.parameters());
        assertEquals(List.of(".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ">"), q.labels());
        assertEquals(q, ModelJson.read(ModelJson.write(q), "gpt-tiny.json"));
    }

    /** Training from the seed reproduces the cached model bit for bit (the cache never hides a change). */
    @Test
    @Tag("slow")
    void trainingIsReproducible() {
        TrainedGpt fresh = Gpts.trainFresh(Gpts.TINY_RECIPE, s -> { });
        assertArrayEquals(Gpts.train().model().parameters(), fresh.model().parameters());
        assertEquals(Gpts.train().quantized().commitment(), fresh.quantized().commitment());
    }
}
