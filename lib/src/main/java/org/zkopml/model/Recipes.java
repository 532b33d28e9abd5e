package org.zkopml.model;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.tree.TreeModel;

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
    /** Held here so that its level (Tribuo logs every training run at INFO) is not lost to garbage collection. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
        add(new Recipe("iris-linear", "iris", "linear", SEED, 0.25, 60, 0.5, 0, new int[0], 0, 0));
        add(new Recipe("iris-tree", "iris", "tree", SEED, 0.25, 0, 0, 5, new int[0], 0, 0));
        add(new Recipe("wine-linear", "wine", "linear", SEED, 0.25, 60, 0.5, 0, new int[0], 0, 0));
        add(new Recipe("digits-linear", "digits", "linear", SEED, 0.25, 30, 0.5, 0, new int[0], 0, 0));
        add(new Recipe("digits-mlp", "digits", "mlp", SEED, 0.25, 40, 0.003, 0, new int[] {32}, 32, 1e-4));
        add(new Recipe("breast_cancer-linear", "breast_cancer", "linear", SEED, 0.25, 60, 0.5, 0, new int[0], 0, 0));
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
        TrainedModel cached = ModelCache.load(recipe);
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
        FloatModel model;
        String provenance;
        double[] loss = new double[0];
        switch (recipe.family()) {
            case "linear": {
                LinearSGDModel tribuo = TribuoLinear.train(train, recipe.epochs(), recipe.learningRate(), recipe.seed());
                model = TribuoLinear.extract(tribuo, train);
                provenance = ProvenanceUtil.formattedProvenanceString(tribuo.getProvenance());
                break;
            }
            case "tree": {
                TreeModel<Label> tribuo = TribuoTree.train(train, recipe.maxDepth(), recipe.seed());
                model = TribuoTree.extract(tribuo, train);
                provenance = ProvenanceUtil.formattedProvenanceString(tribuo.getProvenance());
                break;
            }
            default: {
                MlpTrainer trainer = new MlpTrainer(recipe.hidden(), recipe.epochs(), recipe.batchSize(), recipe.learningRate(),
                        recipe.l2(), recipe.seed());
                MlpTrainer.Result result = trainer.train(train, onStep);
                model = result.model();
                loss = result.loss();
                provenance = trainer.toString();
            }
        }
        long nanos = System.nanoTime() - start;
        if (!recipe.family().equals("mlp")) onStep.accept(1);
        return new TrainedModel(recipe, split, standardizer, model, provenance, nanos, loss);
    }
}
