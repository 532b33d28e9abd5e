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
import org.zkopml.hash.Keccak256;

/**
 * The on-disk cache of trained float models, so a recipe is trained once per checkout. Files are
 * {@code <name>-<key>.json} where the key hashes the recipe's description and the cache format; written
 * and read by Gson, doubles as {@link Double#toString} does, which reads back to the identical value. The folder is the
 * system property {@code zkopml.cache} if set, else {@code .kit/models} of the enclosing project
 * (found by walking up to the folder holding {@code kit} and {@code lib/pom.xml}), else
 * {@code target/zkopml-models}. A damaged or stale file is ignored and overwritten.
 */
public final class ModelCache {
    private static final String FORMAT = "zkopml-float-model-cache-2";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

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
        byte[] key = Keccak256.hash((FORMAT + "\n" + recipe.describe()).getBytes(StandardCharsets.UTF_8));
        return directory().resolve(recipe.name() + "-" + HexFormat.of().formatHex(key, 0, 6) + ".json");
    }

    /**
     * The cached model of a recipe, or empty if there is none or it cannot be used (damaged, another
     * format, another recipe): the caller then trains and {@link #store}s it again.
     */
    public static Optional<TrainedModel> load(Recipe recipe) {
        Path file = file(recipe);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Map<String, Object> m = map(ModelJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            if (!FORMAT.equals(m.get("format")) || !recipe.describe().equals(m.get("recipe"))) return Optional.empty();
            Table table = Datasets.load(recipe.dataset());
            Split split = table.split(recipe.testFraction(), recipe.seed());
            Map<String, Object> std = map(m.get("standardizer"));
            Standardizer standardizer = new Standardizer(doubles(std.get("mean")), doubles(std.get("scale")));
            FloatModel model = model(map(m.get("model")));
            return Optional.of(new TrainedModel(recipe, split, standardizer, model, (String) m.get("provenance"), 0,
                    new LossCurve(doubles(m.get("loss")))));
        } catch (RuntimeException | IOException e) {
            return Optional.empty();
        }
    }

    /** Writes a trained model to the cache (atomically; failures to write are ignored: the cache is an optimisation). */
    public static void store(TrainedModel trained) {
        Path file = file(trained.recipe());
        JsonObject out = new JsonObject();
        out.addProperty("format", FORMAT);
        out.addProperty("recipe", trained.recipe().describe());
        JsonObject std = new JsonObject();
        std.add("mean", array(trained.standardizer().mean()));
        std.add("scale", array(trained.standardizer().scale()));
        out.add("standardizer", std);
        JsonObject model = new JsonObject();
        FloatModel m = trained.model();
        if (m instanceof LinearClassifier l) {
            model.addProperty("kind", "linear");
            model.add("weights", matrix(l.weights()));
            model.add("bias", array(l.bias()));
        } else if (m instanceof MultilayerPerceptron p) {
            model.addProperty("kind", "mlp");
            JsonArray w = new JsonArray(), b = new JsonArray();
            for (double[][] x : p.weights()) w.add(matrix(x));
            for (double[] v : p.biases()) b.add(array(v));
            model.add("weights", w);
            model.add("biases", b);
        } else if (m instanceof TreeClassifier t) {
            model.addProperty("kind", "tree");
            model.addProperty("inputWidth", t.inputWidth());
            model.addProperty("classes", t.classes());
            model.add("feature", ints(t.feature()));
            model.add("threshold", array(t.threshold()));
            model.add("left", ints(t.left()));
            model.add("right", ints(t.right()));
            model.add("leafClass", ints(t.leafClass()));
        } else {
            return;                                               // a model kind the cache does not know: train next time
        }
        out.add("model", model);
        out.add("loss", array(trained.loss().values()));
        out.addProperty("provenance", trained.provenance());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), trained.name(), ".tmp");
            Files.writeString(tmp, GSON.toJson(out) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the cache is only an optimisation: training again next time is correct, just slower
        }
    }

    private static FloatModel model(Map<String, Object> m) {
        switch ((String) m.get("kind")) {
            case "linear":
                return new LinearClassifier(matrix(m.get("weights")), doubles(m.get("bias")));
            case "mlp": {
                List<double[][]> w = new ArrayList<>();
                List<double[]> b = new ArrayList<>();
                for (Object o : (List<?>) m.get("weights")) w.add(matrix(o));
                for (Object o : (List<?>) m.get("biases")) b.add(doubles(o));
                return new MultilayerPerceptron(w, b);
            }
            case "tree":
                return new TreeClassifier(((Long) m.get("inputWidth")).intValue(), ((Long) m.get("classes")).intValue(),
                        ints(m.get("feature")), doubles(m.get("threshold")), ints(m.get("left")), ints(m.get("right")),
                        ints(m.get("leafClass")));
            default:
                throw new IllegalArgumentException("unknown cached model kind");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static double[] doubles(Object o) {
        List<?> list = (List<?>) o;
        double[] d = new double[list.size()];
        for (int i = 0; i < d.length; i++) d[i] = ((Number) list.get(i)).doubleValue();
        return d;
    }

    private static int[] ints(Object o) {
        List<?> list = (List<?>) o;
        int[] d = new int[list.size()];
        for (int i = 0; i < d.length; i++) d[i] = Math.toIntExact((Long) list.get(i));
        return d;
    }

    private static double[][] matrix(Object o) {
        List<?> rows = (List<?>) o;
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) m[i] = doubles(rows.get(i));
        return m;
    }

    private static JsonArray array(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) a.add(x);
        return a;
    }

    private static JsonArray ints(int[] v) {
        JsonArray a = new JsonArray();
        for (int x : v) a.add(x);
        return a;
    }

    private static JsonArray matrix(double[][] m) {
        JsonArray a = new JsonArray();
        for (double[] r : m) a.add(array(r));
        return a;
    }
}
