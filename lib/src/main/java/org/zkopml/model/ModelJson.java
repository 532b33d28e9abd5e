package org.zkopml.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned JSON format of a {@link QuantizedModel}:
 * <pre>{@code
 * {"format": "zkopml-quantized-model", "version": 1, "description": "...optional...",
 *  "name": "iris-linear", "labels": ["setosa", ...], "scaleBits": 8, "inputWidth": 4, "inputBits": 16,
 *  "layers": [{"kind": "dense", "weights": [[...], ...], "bias": [...]},
 *             {"kind": "requantize", "shift": 8}, {"kind": "relu"},
 *             {"kind": "tree", "inputWidth": 4, "outputWidth": 3,
 *              "nodes": [{"feature": 2, "threshold": -300, "left": 1, "right": 2}, {"leaf": [1, 0, 0]}, ...]},
 *             {"kind": "argmax"}]}
 * }</pre>
 * A transformer's layers are {@code {"kind": "embedding", "tokens": M, "positions": M}},
 * {@code {"kind": "transformer", "context": T, "heads": h, "attentionNorm": N, "query": M, "key": M, "value": M,
 * "output": M, "mlpNorm": N, "up": M, "down": M}} and {@code {"kind": "lmhead", "context": T, "norm": N,
 * "unembedding": M}}, with an int8 matrix M = {@code {"rows", "cols", "shift", "values": [row-major]}} and gains
 * N = {@code {"shift", "gain": [...]}}.
 * All numbers are JSON integers. A file of another format or version is rejected with a clear error.
 *
 * <p>The layout above (field order, one layer per line, {@code ", "} separators, integers in decimal,
 * a final newline) is fixed: {@code recipe-commitments.txt} pins the exported text of every built-in
 * recipe. The model commitment does not depend on it: it is Keccak-256 of
 * {@link ModelEncoding#canonicalBytes}. JSON is read and strings are escaped by Gson (strict mode).
 */
public final class ModelJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "zkopml-quantized-model";

    private ModelJson() {}

    /** The JSON text of a model (no description). */
    public static String write(QuantizedModel model) {
        return write(model, null);
    }

    /** The JSON text of a model with an optional free-text description (not part of the commitment). */
    public static String write(QuantizedModel model, String description) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"format\": \"").append(FORMAT).append("\",\n  \"version\": ").append(ModelEncoding.FORMAT_VERSION).append(",\n");
        if (description != null) out.append("  \"description\": ").append(quote(description)).append(",\n");
        out.append("  \"name\": ").append(quote(model.name())).append(",\n  \"labels\": [");
        for (int i = 0; i < model.labels().size(); i++) out.append(i > 0 ? ", " : "").append(quote(model.labels().get(i)));
        out.append("],\n  \"scaleBits\": ").append(model.scaleBits())
                .append(",\n  \"inputWidth\": ").append(model.inputWidth())
                .append(",\n  \"inputBits\": ").append(model.inputBits())
                .append(",\n  \"layers\": [\n");
        for (int k = 0; k < model.layers().size(); k++) {
            Layer layer = model.layers().get(k);
            out.append("    {\"kind\": \"").append(layer.kind()).append('"');
            layer.accept(new LayerFields(out));
            out.append(k < model.layers().size() - 1 ? "},\n" : "}\n");
        }
        out.append("  ]\n}\n");
        return out.toString();
    }

    /** Writes a model to a file. */
    public static void save(QuantizedModel model, Path file) {
        try {
            Files.writeString(file, write(model), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model from a file; errors name the file. */
    public static QuantizedModel load(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a model from JSON text; {@code source} names the text in error messages. */
    public static QuantizedModel read(String json, String source) {
        Object root = parse(json, source);
        try {
            Map<String, Object> m = object(root, "the model");
            Object format = m.get("format");
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException("not a quantized model: format is " + format + ", expected \"" + FORMAT + "\"");
            }
            long version = integer(m, "version");
            if (version != ModelEncoding.FORMAT_VERSION) {
                throw new IllegalArgumentException("unsupported model format version " + version + " (this kit reads version "
                        + ModelEncoding.FORMAT_VERSION + ")");
            }
            List<String> labels = new ArrayList<>();
            for (Object o : list(m, "labels")) {
                if (!(o instanceof String s)) throw new IllegalArgumentException("labels must be strings");
                labels.add(s);
            }
            List<Layer> layers = new ArrayList<>();
            List<Object> rawLayers = list(m, "layers");
            for (int k = 0; k < rawLayers.size(); k++) {
                layers.add(layer(object(rawLayers.get(k), "layer " + k), k));
            }
            return new QuantizedModel(string(m, "name"), labels, toInt(integer(m, "scaleBits"), "scaleBits"),
                    toInt(integer(m, "inputWidth"), "inputWidth"), toInt(integer(m, "inputBits"), "inputBits"), layers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static Layer layer(Map<String, Object> m, int k) {
        String name = string(m, "kind");
        LayerKind kind;
        try {
            kind = LayerKind.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer " + k + " has " + e.getMessage(), e);
        }
        return switch (kind) {
            case DENSE -> {
                List<Object> rows = list(m, "weights");
                long[][] w = new long[rows.size()][];
                for (int j = 0; j < w.length; j++) w[j] = longs(rows.get(j), "layer " + k + " weights row " + j);
                yield new Dense(w, longs(m.get("bias"), "layer " + k + " bias"));
            }
            case RELU -> new Relu();
            case REQUANTIZE -> new Requantize(toInt(integer(m, "shift"), "shift"));
            case ARGMAX -> new Argmax();
            case EMBEDDING -> new Embedding(matrix(m.get("tokens"), k, "tokens"), matrix(m.get("positions"), k, "positions"));
            case TRANSFORMER -> new TransformerBlock(toInt(integer(m, "context"), "context"), norm(m.get("attentionNorm"), k, "attentionNorm"),
                    new Attention(toInt(integer(m, "heads"), "heads"), matrix(m.get("query"), k, "query"), matrix(m.get("key"), k, "key"),
                            matrix(m.get("value"), k, "value"), matrix(m.get("output"), k, "output")),
                    norm(m.get("mlpNorm"), k, "mlpNorm"), new FeedForward(matrix(m.get("up"), k, "up"), matrix(m.get("down"), k, "down")));
            case LM_HEAD -> new LmHead(toInt(integer(m, "context"), "context"), norm(m.get("norm"), k, "norm"),
                    matrix(m.get("unembedding"), k, "unembedding"));
            case TREE -> {
                List<TreeNode> nodes = new ArrayList<>();
                List<Object> raw = list(m, "nodes");
                for (int n = 0; n < raw.size(); n++) {
                    Map<String, Object> node = object(raw.get(n), "layer " + k + " node " + n);
                    if (node.containsKey("leaf")) {
                        nodes.add(TreeNode.leaf(longs(node.get("leaf"), "layer " + k + " node " + n + " leaf")));
                    } else {
                        nodes.add(TreeNode.split(toInt(integer(node, "feature"), "feature"), integer(node, "threshold"),
                                toInt(integer(node, "left"), "left"), toInt(integer(node, "right"), "right")));
                    }
                }
                yield new DecisionTree(toInt(integer(m, "inputWidth"), "inputWidth"), toInt(integer(m, "outputWidth"), "outputWidth"), nodes);
            }
        };
    }

    /** An int8 matrix {@code {"rows", "cols", "shift", "values": [row-major]}}. */
    private static Int8Matrix matrix(Object o, int k, String key) {
        String what = "layer " + k + " " + key;
        Map<String, Object> m = object(o, what);
        byte[] b = int8s(longs(m.get("values"), what + " values"), what + " value");
        return new Int8Matrix(toInt(integer(m, "rows"), "rows"), toInt(integer(m, "cols"), "cols"), b, toInt(integer(m, "shift"), "shift"));
    }

    /** The values as int8, each checked to lie in −127..127 (an error names {@code what} and the index). */
    private static byte[] int8s(long[] v, String what) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < -127 || v[i] > 127) throw new IllegalArgumentException(what + " " + i + " = " + v[i] + " is not in −127..127");
            b[i] = (byte) v[i];
        }
        return b;
    }

    /** RMSNorm gains {@code {"shift", "gain": [...]}}. */
    private static RmsNorm norm(Object o, int k, String key) {
        String what = "layer " + k + " " + key;
        Map<String, Object> m = object(o, what);
        byte[] b = int8s(longs(m.get("gain"), what + " gain"), what + " gain");
        return new RmsNorm(b, toInt(integer(m, "shift"), "shift"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, String what) {
        if (!(o instanceof Map)) throw new IllegalArgumentException(what + " must be a JSON object");
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> m, String key) {
        Object o = m.get(key);
        if (!(o instanceof List)) throw new IllegalArgumentException("\"" + key + "\" must be an array");
        return (List<Object>) o;
    }

    private static String string(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof String s)) throw new IllegalArgumentException("\"" + key + "\" must be a string");
        return s;
    }

    private static long integer(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Long l)) throw new IllegalArgumentException("\"" + key + "\" must be an integer");
        return l;
    }

    private static int toInt(long v, String key) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new IllegalArgumentException("\"" + key + "\" is out of range: " + v);
        return (int) v;
    }

    private static long[] longs(Object o, String what) {
        if (!(o instanceof List<?> list)) throw new IllegalArgumentException(what + " must be an array of integers");
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long l)) throw new IllegalArgumentException(what + " must contain integers only");
            out[i] = l;
        }
        return out;
    }

    /** Appends the fields of one layer after its {@code "kind"} (in the order of the class comment). */
    private static final class LayerFields implements Layer.Visitor<Void> {
        private final StringBuilder out;

        LayerFields(StringBuilder out) {
            this.out = out;
        }

        @Override
        public Void visitDense(Dense d) {
            out.append(", \"weights\": [");
            for (int j = 0; j < d.outputs(); j++) {
                out.append(j > 0 ? ",\n      " : "\n      ");
                array(out, d.weights()[j]);
            }
            out.append("],\n      \"bias\": ");
            array(out, d.bias());
            return null;
        }

        @Override
        public Void visitRelu(Relu relu) {
            return null;
        }

        @Override
        public Void visitRequantize(Requantize q) {
            out.append(", \"shift\": ").append(q.shift());
            return null;
        }

        @Override
        public Void visitDecisionTree(DecisionTree t) {
            out.append(", \"inputWidth\": ").append(t.inputWidth()).append(", \"outputWidth\": ").append(t.outputWidth())
                    .append(", \"nodes\": [");
            for (int n = 0; n < t.nodes().size(); n++) {
                TreeNode node = t.nodes().get(n);
                out.append(n > 0 ? ",\n      " : "\n      ");
                if (node.isLeaf()) {
                    out.append("{\"leaf\": ");
                    array(out, node.leaf());
                    out.append('}');
                } else {
                    out.append("{\"feature\": ").append(node.feature()).append(", \"threshold\": ").append(node.threshold())
                            .append(", \"left\": ").append(node.left()).append(", \"right\": ").append(node.right()).append('}');
                }
            }
            out.append(']');
            return null;
        }

        @Override
        public Void visitArgmax(Argmax argmax) {
            return null;
        }

        @Override
        public Void visitEmbedding(Embedding e) {
            matrix("tokens", e.tokens());
            matrix("positions", e.positions());
            return null;
        }

        @Override
        public Void visitTransformerBlock(TransformerBlock b) {
            out.append(", \"context\": ").append(b.context()).append(", \"heads\": ").append(b.attention().heads());
            norm("attentionNorm", b.attentionNorm());
            matrix("query", b.attention().query());
            matrix("key", b.attention().key());
            matrix("value", b.attention().value());
            matrix("output", b.attention().output());
            norm("mlpNorm", b.mlpNorm());
            matrix("up", b.mlp().up());
            matrix("down", b.mlp().down());
            return null;
        }

        @Override
        public Void visitLmHead(LmHead h) {
            out.append(", \"context\": ").append(h.context());
            norm("norm", h.norm());
            matrix("unembedding", h.unembedding());
            return null;
        }

        private void matrix(String key, Int8Matrix m) {
            out.append(",\n      \"").append(key).append("\": {\"rows\": ").append(m.rows()).append(", \"cols\": ").append(m.cols())
                    .append(", \"shift\": ").append(m.shift()).append(", \"values\": [");
            java.nio.ByteBuffer v = m.view();
            for (int i = 0; v.hasRemaining(); i++) out.append(i > 0 ? ", " : "").append(v.get());
            out.append("]}");
        }

        private void norm(String key, RmsNorm n) {
            out.append(",\n      \"").append(key).append("\": {\"shift\": ").append(n.shift()).append(", \"gain\": [");
            for (int i = 0; i < n.width(); i++) out.append(i > 0 ? ", " : "").append(n.gain(i));
            out.append("]}");
        }
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    /** A JSON string literal for {@code s} (Gson's escaping, HTML characters left as they are). */
    static String quote(String s) {
        return GSON.toJson(s);
    }

    /**
     * Parses strict JSON into plain values: objects as {@code LinkedHashMap}, arrays as {@code List},
     * integers as {@code Long} (out-of-range integers are rejected), other numbers as {@code Double},
     * strings, booleans and {@code null}. Errors name {@code source} and the line.
     */
    static Object parse(String text, String source) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("unexpected text after the JSON value");
            return plain(root, source);
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            Matcher where = WHERE.matcher(message);
            String line = where.find() ? where.group(1) + ": " : " ";
            String what = message.replaceAll("\\s*at line \\d+ column \\d+.*", "").replaceAll("\\s*See https://\\S+", "").strip();
            throw new IllegalArgumentException(source + ":" + line + "malformed JSON: " + what, e);
        }
    }

    private static Object plain(JsonElement e, String source) {
        if (e.isJsonNull()) return null;
        if (e.isJsonObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) m.put(f.getKey(), plain(f.getValue(), source));
            return m;
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) list.add(plain(x, source));
            return list;
        }
        var p = e.getAsJsonPrimitive();
        if (p.isBoolean()) return p.getAsBoolean();
        if (p.isString()) return p.getAsString();
        String number = p.getAsNumber().toString();
        if (!INTEGER.matcher(number).matches()) return Double.parseDouble(number);
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException(source + ": integer " + number + " is out of range");
        }
    }

    private static void array(StringBuilder out, long[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) out.append(i > 0 ? ", " : "").append(values[i]);
        out.append(']');
    }
}
