package org.zkopml.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zkopml.hash.Keccak256;

/**
 * The on-disk cache of trained models, so a recipe is trained once per checkout: the float models of
 * {@link Recipes} and the transformers of {@link Gpts}. A file is {@code <name>-<key>.json}, where the key hashes the
 * recipe's description and the cache format, and holds an {@link Envelope} (format, recipe, value) bound by Gson to
 * the records it stores: doubles as {@link Double#toString} writes them, which read back to the identical value; a
 * {@link FloatModel} tagged with its kind. The folder is the system property {@code zkopml.cache} if set, else
 * {@code .kit/models} of the enclosing project (found by walking up to the folder holding {@code kit} and
 * {@code lib/pom.xml}), else {@code target/zkopml-models}. A damaged or stale file is ignored and overwritten.
 */
public final class ModelCache {
    private static final String FORMAT = "zkopml-float-model-cache-3";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .registerTypeAdapterFactory(new TaggedFloatModels()).create();

    private ModelCache() {}

    /** The cache folder. */
    public static Path directory() {
        String configured = System.getProperty("zkopml.cache");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("kit")) && Files.isRegularFile(dir.resolve("lib/pom.xml"))) {
                return dir.resolve(".kit").resolve("models");
            }
            dir = dir.getParent();
        }
        return Path.of("target", "zkopml-models");
    }

    /** The cache file of a recipe. */
    public static Path file(Recipe recipe) {
        return file(FORMAT, recipe.name(), recipe.describe());
    }

    /**
     * The cached model of a recipe, or empty if there is none or it cannot be used (damaged, another
     * format, another recipe): the caller then trains and {@link #store}s it again.
     */
    public static Optional<TrainedModel> load(Recipe recipe) {
        return read(file(recipe), FORMAT, recipe.describe(), Trained.class, t -> {
            Split split = Datasets.load(recipe.dataset()).split(recipe.testFraction(), recipe.seed());
            return new TrainedModel(recipe, split, t.standardizer(), t.model(), t.provenance(), 0, t.loss());
        });
    }

    /** Writes a trained model to the cache (atomically; failures to write are ignored: the cache is an optimisation). */
    public static void store(TrainedModel trained) {
        write(file(trained.recipe()), FORMAT, trained.recipe().describe(),
                new Trained(trained.standardizer(), trained.model(), trained.loss(), trained.provenance()));
    }

    /**
     * What the cache keeps of a trained float model (the split is the dataset's, drawn again from the recipe's seed).
     * Every part is required, so a file with one missing is refused, not half loaded.
     */
    private record Trained(Standardizer standardizer, FloatModel model, LossCurve loss, String provenance) {
        Trained {
            Objects.requireNonNull(standardizer, "standardizer");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(loss, "loss");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * One cache file.
     *
     * @param format the cache format it was written in
     * @param recipe the description of the recipe it was trained from
     * @param value  what training produced
     */
    private record Envelope<T>(String format, String recipe, T value) {}

    /** The file of a recipe called {@code name} and described by {@code describe}, in cache format {@code format}. */
    static Path file(String format, String name, String describe) {
        byte[] key = Keccak256.hash((format + "\n" + describe).getBytes(StandardCharsets.UTF_8));
        return directory().resolve(name + "-" + HexFormat.of().formatHex(key, 0, 6) + ".json");
    }

    /**
     * The value in {@code file}, opened by {@code open}, or empty when the file is missing, damaged, of another
     * format or recipe, or cannot be opened.
     */
    static <T, R> Optional<R> read(Path file, String format, String describe, Class<T> type, Function<T, R> open) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Envelope<T> e = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    TypeToken.getParameterized(Envelope.class, type).getType());
            if (e == null || !format.equals(e.format()) || !describe.equals(e.recipe()) || e.value() == null) return Optional.empty();
            return Optional.of(open.apply(e.value()));
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code value} to {@code file} atomically; a failure is ignored (training again next time is correct, just slower). */
    static void write(Path file, String format, String describe, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, GSON.toJson(new Envelope<>(format, describe, value)) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the cache is only an optimisation
        }
    }

    /** Writes a {@link FloatModel} as {@code {"kind": "TreeClassifier", "value": {...}}} and reads it back by that kind. */
    private static final class TaggedFloatModels implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != FloatModel.class) return null;
            TypeAdapter<FloatModel> tagged = new TypeAdapter<>() {
                @Override
                public void write(JsonWriter out, FloatModel m) throws IOException {
                    out.beginObject().name("kind").value(m.getClass().getSimpleName()).name("value");
                    adapter(m.getClass()).write(out, m);
                    out.endObject();
                }

                @Override
                public FloatModel read(JsonReader in) {
                    JsonObject o = JsonParser.parseReader(in).getAsJsonObject();
                    String kind = o.get("kind").getAsString();
                    for (Class<?> c : FloatModel.class.getPermittedSubclasses()) {
                        if (c.getSimpleName().equals(kind)) return adapter(c).fromJsonTree(o.get("value"));
                    }
                    throw new JsonParseException("unknown float model kind " + kind);
                }

                private TypeAdapter<FloatModel> adapter(Class<?> c) {
                    return (TypeAdapter<FloatModel>) gson.getAdapter(c);
                }
            };
            return (TypeAdapter<T>) tagged.nullSafe();
        }
    }
}
