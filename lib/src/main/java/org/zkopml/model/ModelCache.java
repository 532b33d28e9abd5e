package org.zkopml.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.zkopml.hash.Keccak256;

/**
 * The on-disk cache of trained float models, so a recipe is trained once per checkout. Files are
 * {@code <name>-<key>.json} where the key hashes the recipe's description and the cache format; doubles
 * are written with {@link Double#toString}, which reads back to the identical value. The folder is the
 * system property {@code zkopml.cache} if set, else {@code .kit/models} of the enclosing project
 * (found by walking up to the folder holding {@code kit} and {@code lib/pom.xml}), else
 * {@code target/zkopml-models}. A damaged or stale file is ignored and overwritten.
 */
public final class ModelCache {
    private static final String FORMAT = "zkopml-float-model-cache-2";

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

    /** The cached model of a recipe, or {@code null} if there is none (or it cannot be read). */
    public static TrainedModel load(Recipe recipe) {
        Path file = file(recipe);
        if (!Files.isRegularFile(file)) return null;
        try {
            Map<String, Object> m = map(ModelJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            if (!FORMAT.equals(m.get("format")) || !recipe.describe().equals(m.get("recipe"))) return null;
            Table table = Datasets.load(recipe.dataset());
            Split split = table.split(recipe.testFraction(), recipe.seed());
            Map<String, Object> std = map(m.get("standardizer"));
            Standardizer standardizer = new Standardizer(doubles(std.get("mean")), doubles(std.get("scale")));
            FloatModel model = model(map(m.get("model")));
            return new TrainedModel(recipe, split, standardizer, model, (String) m.get("provenance"), 0, doubles(m.get("loss")));
        } catch (RuntimeException | IOException e) {
            return null;
        }
    }

    /** Writes a trained model to the cache (atomically; failures to write are ignored: the cache is an optimisation). */
    public static void store(TrainedModel trained) {
        Path file = file(trained.recipe());
        StringBuilder out = new StringBuilder();
        out.append("{\"format\": ").append(ModelJson.quote(FORMAT)).append(",\n \"recipe\": ").append(ModelJson.quote(trained.recipe().describe()))
                .append(",\n \"standardizer\": {\"mean\": ").append(array(trained.standardizer().mean()))
                .append(", \"scale\": ").append(array(trained.standardizer().scale())).append("},\n \"model\": ");
        FloatModel model = trained.model();
        if (model instanceof LinearClassifier l) {
            out.append("{\"kind\": \"linear\", \"weights\": ").append(matrix(l.weights())).append(", \"bias\": ").append(array(l.bias())).append('}');
        } else if (model instanceof MultilayerPerceptron p) {
            List<String> w = new ArrayList<>();
            List<String> b = new ArrayList<>();
            for (double[][] m : p.weights()) w.add(matrix(m));
            for (double[] v : p.biases()) b.add(array(v));
            out.append("{\"kind\": \"mlp\", \"weights\": [").append(String.join(", ", w)).append("], \"biases\": [")
                    .append(String.join(", ", b)).append("]}");
        } else if (model instanceof TreeClassifier t) {
            out.append("{\"kind\": \"tree\", \"inputWidth\": ").append(t.inputWidth()).append(", \"classes\": ").append(t.classes())
                    .append(", \"feature\": ").append(ints(t.feature())).append(", \"threshold\": ").append(array(t.threshold()))
                    .append(", \"left\": ").append(ints(t.left())).append(", \"right\": ").append(ints(t.right()))
                    .append(", \"leafClass\": ").append(ints(t.leafClass())).append('}');
        }
        out.append(",\n \"loss\": ").append(array(trained.loss()))
                .append(",\n \"provenance\": ").append(ModelJson.quote(trained.provenance())).append("\n}\n");
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), trained.name(), ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
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

    private static String array(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i > 0 ? ", " : "").append(Double.toString(v[i]));
        return sb.append(']').toString();
    }

    private static String ints(int[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i > 0 ? ", " : "").append(v[i]);
        return sb.append(']').toString();
    }

    private static String matrix(double[][] m) {
        List<String> rows = new ArrayList<>();
        for (double[] r : m) rows.add(array(r));
        return "[" + String.join(", ", rows) + "]";
    }
}
