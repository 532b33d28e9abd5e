package org.zkopml.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.zkopml.hash.Keccak256;

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
    private static final String FORMAT = "zkopml-gpt-cache-1";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
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
        byte[] key = Keccak256.hash((FORMAT + "\n" + recipe.describe()).getBytes(StandardCharsets.UTF_8));
        return ModelCache.directory().resolve(recipe.name() + "-" + HexFormat.of().formatHex(key, 0, 6) + ".json");
    }

    private static Optional<TrainedGpt> load(GptRecipe recipe) {
        Path file = cacheFile(recipe);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonObject o = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
            if (!FORMAT.equals(o.get("format").getAsString()) || !recipe.describe().equals(o.get("recipe").getAsString())) return Optional.empty();
            return Optional.of(new TrainedGpt(recipe, new FloatTransformer(recipe.config(), doubles(o.getAsJsonArray("parameters"))),
                    new LossCurve(doubles(o.getAsJsonArray("loss"))), 0));
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    private static void store(TrainedGpt trained) {
        Path file = cacheFile(trained.recipe());
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("recipe", trained.recipe().describe());
        o.add("parameters", array(trained.model().parameters()));
        o.add("loss", array(trained.loss().values()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), trained.name(), ".tmp");
            Files.writeString(tmp, GSON.toJson(o) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // only an optimisation: training again next time is correct, just slower
        }
    }

    private static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = a.get(i).getAsDouble();
        return d;
    }

    private static JsonArray array(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) a.add(x);
        return a;
    }
}
