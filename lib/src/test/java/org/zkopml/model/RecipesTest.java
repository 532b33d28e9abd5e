package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in recipes: accuracy, the cost of fixed point, determinism of training, and rejected inputs. */
class RecipesTest {
    @Test
    void theRequiredRecipesExist() {
        assertTrue(Recipes.names().containsAll(List.of("iris-linear", "iris-tree", "wine-linear", "digits-linear", "digits-mlp",
                "breast_cancer-linear")));
        assertThrows(IllegalArgumentException.class, () -> Recipes.get("iris-svm"));
    }

    @Test
    void fixedPointIsWithinOnePointOfFloatAtTheDefaultScale() {
        for (String name : Recipes.names()) {
            Evaluation e = Recipes.train(name).evaluate(TrainedModel.DEFAULT_SCALE_BITS);
            assertTrue(Math.abs(e.accuracyDelta()) <= 0.01, e.toString());
            assertTrue(e.floatAccuracy() >= 0.85, e.toString());
            assertTrue(e.agreement() >= 0.98, e.toString());
        }
    }

    @Test
    void digitsMlpReachesNinetyFivePercent() {
        Evaluation e = Recipes.train("digits-mlp").evaluate(TrainedModel.DEFAULT_SCALE_BITS);
        assertTrue(e.fixedAccuracy() >= 0.95 && e.floatAccuracy() >= 0.95, e.toString());
        assertEquals(64 * 32 + 32 + 32 * 10 + 10, e.parameters());
        assertEquals(64 * 32 + 32 * 10, e.macs());
    }

    @Test
    void trainingAgainGivesTheSameModelBytes() {
        for (String name : List.of("iris-linear", "iris-tree")) {
            TrainedModel again = Recipes.trainFresh(Recipes.get(name), step -> { });
            assertEquals(Recipes.train(name).quantized().commitmentHex(), again.quantized().commitmentHex(), name);
        }
    }

    @Test
    void anOverflowingScaleIsRejected() {
        TrainedModel m = Recipes.train("digits-mlp");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.quantize(30));
        assertTrue(e.getMessage().startsWith("scale 2^30 overflows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.quantize(0));
    }

    @Test
    void testInputsFitTheModel() {
        TrainedModel m = Recipes.train("iris-linear");
        QuantizedModel q = m.quantized();
        long[][] xs = m.testInputs(q.scaleBits());
        assertEquals(m.testRows(), xs.length);
        for (long[] x : xs) assertEquals(q.inputWidth(), x.length);
        assertThrows(IllegalArgumentException.class, () -> m.testInput(m.testRows(), 8));
        IllegalArgumentException wrongWidth = assertThrows(IllegalArgumentException.class, () -> q.infer(new long[3]));
        assertTrue(wrongWidth.getMessage().contains("expects 4"), wrongWidth.getMessage());
    }

    @Test
    void theDiskCacheGivesBackTheSameModel() {
        Recipe recipe = Recipes.get("iris-tree");
        TrainedModel trained = Recipes.train("iris-tree");
        ModelCache.store(trained);
        TrainedModel loaded = ModelCache.load(recipe);
        assertTrue(loaded != null, "cache file " + ModelCache.file(recipe));
        assertEquals(trained.quantized().commitmentHex(), loaded.quantized().commitmentHex());
        assertEquals(trained.floatAccuracy(), loaded.floatAccuracy());
    }
}
