package org.zkopml.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The built-in recipes and their training. {@link #train(String)} is deterministic from the recipe's
 * seed and memoised twice: in this JVM, and on disk by {@link ModelCache} (under {@code .kit/models}
 * of the project, or {@code target/}), so notebooks and the CLI train each recipe once.
 */
public final class Recipes {
    /** The seed of every built-in recipe (Tribuo's {@code Trainer.DEFAULT_SEED}). */
    public static final long SEED = 12345L;
    private static final Map<String, Recipe> ALL = new LinkedHashMap<>();
    private static final Map<String, TrainedModel> MEMO = new ConcurrentHashMap<>();

    /** The share of each class held out for testing by every built-in recipe. */
    public static final double TEST_FRACTION = 0.25;

    static {
        add(new Recipe("iris", new LinearTrainerConfig(60, 0.5), SEED, TEST_FRACTION));
        add(new Recipe("iris", new TreeTrainerConfig(5), SEED, TEST_FRACTION));
        add(new Recipe("wine", new LinearTrainerConfig(60, 0.5), SEED, TEST_FRACTION));
        add(new Recipe("digits", new LinearTrainerConfig(30, 0.5), SEED, TEST_FRACTION));
        add(new Recipe("digits", new MlpTrainerConfig(List.of(32), 40, 32, 0.003, 1e-4), SEED, TEST_FRACTION));
        add(new Recipe("breast_cancer", new LinearTrainerConfig(60, 0.5), SEED, TEST_FRACTION));
    }

    private Recipes() {}

    private static void add(Recipe r) {
        ALL.put(r.name(), r);
    }

    /** Every recipe name, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** The recipe with that name. */
    public static Recipe get(String name) {
        Recipe r = ALL.get(name);
        if (r == null) throw new IllegalArgumentException("unknown model \"" + name + "\" (known: " + String.join(", ", ALL.keySet()) + ")");
        return r;
    }

    /** The trained recipe, from memory, the disk cache, or training. */
    public static TrainedModel train(String name) {
        return train(name, step -> { });
    }

    /** As {@link #train(String)}, reporting finished training steps (see {@link Recipe#steps()}). */
    public static TrainedModel train(String name, IntConsumer onStep) {
        Recipe recipe = get(name);
        TrainedModel memo = MEMO.get(name);
        if (memo != null) {
            onStep.accept(recipe.steps());
            return memo;
        }
        TrainedModel cached = ModelCache.load(recipe).orElse(null);
        if (cached == null) {
            cached = trainFresh(recipe, onStep);
            ModelCache.store(cached);
        } else {
            onStep.accept(recipe.steps());
        }
        MEMO.putIfAbsent(name, cached);
        return MEMO.get(name);
    }

    /** Trains a recipe now, without any cache. */
    public static TrainedModel trainFresh(Recipe recipe, IntConsumer onStep) {
        Table table = Datasets.load(recipe.dataset());
        Split split = table.split(recipe.testFraction(), recipe.seed());
        Standardizer standardizer = Standardizer.fit(split.train());
        Table train = standardizer.apply(split.train());
        long start = System.nanoTime();
        Logger tribuoLog = Logger.getLogger("org.tribuo");          // Tribuo logs every training run at INFO:
        Level before = tribuoLog.getLevel();                       // quiet it during this training only
        tribuoLog.setLevel(Level.WARNING);
        TrainerConfig.Trained t;
        try {
            t = recipe.trainer().train(train, recipe.seed(), onStep);
        } finally {
            tribuoLog.setLevel(before);
        }
        long nanos = System.nanoTime() - start;
        return new TrainedModel(recipe, split, standardizer, t.model(), t.provenance(), nanos, t.loss());
    }
}
