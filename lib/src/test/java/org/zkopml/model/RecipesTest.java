package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in recipes: accuracy, the cost of fixed point, determinism of training, and rejected inputs. */
class RecipesTest {
    @Test
    void theTestRowsAreKnownBeforeTraining() {
        // the CLI rejects a wrong --input before it trains anything: from the recipe's split alone
        for (String name : Recipes.names()) assertEquals(Recipes.train(name).testRows(), Recipes.get(name).testRows(), name);
    }

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
    void theDiskCacheGivesBackTheSameModelOfEveryKind() throws Exception {
        for (String name : List.of("iris-tree", "iris-linear", "digits-mlp")) {
            Recipe recipe = Recipes.get(name);
            TrainedModel trained = Recipes.train(name);
            ModelCache.store(trained);
            String kind = trained.model().getClass().getSimpleName();
            assertTrue(java.nio.file.Files.readString(ModelCache.file(recipe)).contains("\"kind\": \"" + kind + "\""), name);
            TrainedModel loaded = ModelCache.load(recipe).orElseThrow(() -> new AssertionError("cache file " + ModelCache.file(recipe)));
            assertEquals(trained.quantized().commitmentHex(), loaded.quantized().commitmentHex(), name);
            assertEquals(trained.floatAccuracy(), loaded.floatAccuracy(), name);
            assertArrayEquals(trained.loss().values(), loaded.loss().values(), name);
            assertArrayEquals(trained.standardizer().scale(), loaded.standardizer().scale(), name);
        }
    }

    @Test
    void recipesAreTypedAndDescribeThemselvesAsBefore() {
        assertEquals("digits-mlp: dataset=digits family=mlp seed=12345 testFraction=0.25 trainer=zkopml MlpTrainer(hidden=[32], "
                + "Adam(0.003), batch=32, l2=1.0E-4) epochs=40", Recipes.get("digits-mlp").describe());
        assertEquals("iris-tree: dataset=iris family=tree seed=12345 testFraction=0.25 trainer=tribuo "
                + "CARTClassificationTrainer(maxDepth=5, gini)", Recipes.get("iris-tree").describe());
        assertEquals("wine-linear: dataset=wine family=linear seed=12345 testFraction=0.25 trainer=tribuo "
                + "LinearSGDTrainer(LogMulticlass, AdaGrad(0.5, 0.1)) epochs=60", Recipes.get("wine-linear").describe());
        assertEquals(new TreeTrainerConfig(5), Recipes.get("iris-tree").trainer());
        assertEquals(40, Recipes.get("digits-mlp").steps());
        assertThrows(IllegalArgumentException.class, () -> new LinearTrainerConfig(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new TreeTrainerConfig(0));
        assertThrows(IllegalArgumentException.class, () -> new MlpTrainerConfig(List.of(0), 1, 1, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Recipe("iris", new TreeTrainerConfig(3), 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Recipe("mnist", new TreeTrainerConfig(3), 1, 0.25));
    }

    @Test
    void trainingLeavesTribuosLogLevelAsItWas() {
        java.util.logging.Logger tribuo = java.util.logging.Logger.getLogger("org.tribuo");
        java.util.logging.Level before = tribuo.getLevel();
        try {
            tribuo.setLevel(java.util.logging.Level.FINE);
            Recipes.names();                                    // loading the recipes changes nothing global
            assertEquals(java.util.logging.Level.FINE, tribuo.getLevel());
            Recipes.trainFresh(Recipes.get("iris-tree"), step -> { });
            assertEquals(java.util.logging.Level.FINE, tribuo.getLevel(), "training restores the level it found");
        } finally {
            tribuo.setLevel(before);
        }
    }

    @Test
    void aMissingOrDamagedCacheFileIsEmptyNotNull(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String old = System.getProperty("zkopml.cache");
        System.setProperty("zkopml.cache", dir.toString());
        try {
            Recipe recipe = Recipes.get("iris-tree");
            assertTrue(ModelCache.load(recipe).isEmpty(), "no file yet");
            ModelCache.store(Recipes.train("iris-tree"));
            assertTrue(ModelCache.load(recipe).isPresent(), "stored, then loaded");
            String good = java.nio.file.Files.readString(ModelCache.file(recipe));
            java.nio.file.Files.writeString(ModelCache.file(recipe), good.replace("\"TreeClassifier\"", "\"ForestClassifier\""));
            assertTrue(ModelCache.load(recipe).isEmpty(), "a model of an unknown kind is ignored");
            java.nio.file.Files.writeString(ModelCache.file(recipe), good.replace("\"standardizer\"", "\"standardiser\""));
            assertTrue(ModelCache.load(recipe).isEmpty(), "a file without its standardizer is refused, not half loaded");
            java.nio.file.Files.writeString(ModelCache.file(recipe), good);
            assertTrue(ModelCache.load(recipe).isPresent(), "the good file still loads");
            java.nio.file.Files.writeString(ModelCache.file(recipe), "{\"format\": ");
            assertTrue(ModelCache.load(recipe).isEmpty(), "a damaged file is ignored");
        } finally {
            if (old == null) System.clearProperty("zkopml.cache"); else System.setProperty("zkopml.cache", old);
        }
    }
}
