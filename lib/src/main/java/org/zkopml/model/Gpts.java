package org.zkopml.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The kit's transformers by name: {@code gpt-tiny}, trained from its seed on {@link SortingTask} (memoised in this
 * JVM and cached on disk beside the other trained models, {@link ModelCache#directory()}), and the seeded synthetic
 * instances of {@link RandomGpt} ({@code gpt-1m} … {@code gpt-1b}), generated from their names.
 */
public final class Gpts {
    /** The trained GPT's name. */
    public static final String TINY = "gpt-tiny";
    /** gpt-tiny: 2 blocks of width 32, 2 heads of 16, MLP 128, over the 12-token sorting vocabulary, T = 10. */
    public static final GptRecipe TINY_RECIPE = new GptRecipe(TINY,
            new GptConfig(SortingTask.VOCABULARY.length(), SortingTask.CONTEXT, 32, 2, 128, 2), 300, 32, 3e-3, Recipes.SEED);
    private static final String FORMAT = "zkopml-gpt-cache-2";
    private static final Map<String, TrainedGpt> MEMO = new ConcurrentHashMap<>();

    private Gpts() {}

    /** Every GPT name: gpt-tiny, then the synthetic ones by size. */
    public static List<String> names() {
        List<String> n = new ArrayList<>();
        n.add(TINY);
        for (RandomGpt.Named r : RandomGpt.builtIn()) n.add(r.name());
        return n;
    }

    /** Whether {@code name} is one of {@link #names()}. */
    public static boolean isGpt(String name) {
        return names().contains(name);
    }

    /** The shape of a named GPT. */
    public static GptConfig config(String name) {
        return name.equals(TINY) ? TINY_RECIPE.config() : RandomGpt.named(name).config();
    }

    /** The integer model of a named GPT: gpt-tiny trained (or cached), a synthetic one generated. */
    public static QuantizedModel model(String name) {
        return name.equals(TINY) ? train().quantized() : RandomGpt.build(name);
    }

    /** A prompt of the named GPT: gpt-tiny's test prompt {@code index}, or a synthetic model's seeded prompt. */
    public static long[] prompt(String name, int index) {
        if (name.equals(TINY)) {
            List<SortingTask.Example> test = SortingTask.load().test();
            if (index < 0 || index >= test.size()) throw new IllegalArgumentException("gpt-tiny has test prompts 0.." + (test.size() - 1) + ", not " + index);
            return test.get(index).input();
        }
        return RandomGpt.prompt(config(name), index);
    }

    /** gpt-tiny, from memory, the disk cache, or training. */
    public static TrainedGpt train() {
        return train(step -> { });
    }

    /** As {@link #train()}, reporting finished training steps. */
    public static TrainedGpt train(IntConsumer onStep) {
        TrainedGpt memo = MEMO.get(TINY);
        if (memo == null) {
            memo = load(TINY_RECIPE).orElseGet(() -> {
                TrainedGpt fresh = trainFresh(TINY_RECIPE, onStep);
                store(fresh);
                return fresh;
            });
            MEMO.putIfAbsent(TINY, memo);
        }
        onStep.accept(TINY_RECIPE.steps());
        return MEMO.get(TINY);
    }

    /** Trains a recipe now, without any cache. */
    public static TrainedGpt trainFresh(GptRecipe recipe, IntConsumer onStep) {
        List<SortingTask.Example> train = SortingTask.load().train();
        int[][] in = new int[train.size()][];
        int[] target = new int[train.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = train.get(i).ids();
            target[i] = train.get(i).target();
        }
        long start = System.nanoTime();
        GptTrainer.Result r = recipe.trainer().train(in, target, onStep);
        return new TrainedGpt(recipe, r.model(), r.loss(), System.nanoTime() - start);
    }

    /** The cache file of a recipe. */
    public static Path cacheFile(GptRecipe recipe) {
        return ModelCache.file(FORMAT, recipe.name(), recipe.describe());
    }

    /** What the cache keeps of a trained GPT; both parts are required, so a file with one missing is refused. */
    private record Cached(double[] parameters, LossCurve loss) {
        Cached {
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(loss, "loss");
        }
    }

    private static Optional<TrainedGpt> load(GptRecipe recipe) {
        return ModelCache.read(cacheFile(recipe), FORMAT, recipe.describe(), Cached.class,
                c -> new TrainedGpt(recipe, new FloatTransformer(recipe.config(), c.parameters()), c.loss(), 0));
    }

    private static void store(TrainedGpt trained) {
        ModelCache.write(cacheFile(trained.recipe()), FORMAT, trained.recipe().describe(),
                new Cached(trained.model().parameters(), trained.loss()));
    }
}
