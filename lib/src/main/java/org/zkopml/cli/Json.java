package org.zkopml.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's output helpers: {@link #object} and {@link #lines} build a result's JSON object and readable lines from
 * label–value pairs; {@link #write} is the {@code --json} output, written by Gson: maps become objects (in their iteration order), lists
 * and {@code long[]}/{@code int[]} arrays become arrays, numbers and booleans stay bare (non-finite
 * doubles as {@code null}), anything else is its {@code toString()} as a string. One compact line, no
 * HTML escaping.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {}

    /**
     * An ordered object from alternating keys and values ({@code "model", name, "rows", 38, …}), as a mutable map so that
     * a caller may add fields that are there only sometimes.
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values come in pairs, got " + keysAndValues.length);
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /**
     * Readable lines from alternating labels and values: each label padded to 16 columns, then its value
     * ({@code "steps            154"}), each line ending in a line break.
     */
    public static String lines(Object... labelsAndValues) {
        if (labelsAndValues.length % 2 != 0) throw new IllegalArgumentException("labels and values come in pairs, got " + labelsAndValues.length);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < labelsAndValues.length; i += 2) s.append(String.format("%-16s %s%n", labelsAndValues[i], labelsAndValues[i + 1]));
        return s.toString();
    }

    /** The JSON text of a value. */
    public static String write(Object value) {
        return GSON.toJson(tree(value));
    }

    private static JsonElement tree(Object value) {
        if (value == null) return JsonNull.INSTANCE;
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            for (Map.Entry<?, ?> e : map.entrySet()) o.add(String.valueOf(e.getKey()), tree(e.getValue()));
            return o;
        }
        JsonArray a = new JsonArray();
        if (value instanceof List<?> list) {
            for (Object x : list) a.add(tree(x));
            return a;
        }
        if (value instanceof long[] longs) {
            for (long x : longs) a.add(x);
            return a;
        }
        if (value instanceof int[] ints) {
            for (int x : ints) a.add(x);
            return a;
        }
        if (value instanceof Double d && !Double.isFinite(d)) return JsonNull.INSTANCE;
        if (value instanceof Float f && !Float.isFinite(f)) return JsonNull.INSTANCE;
        if (value instanceof Number n) return new JsonPrimitive(n);
        if (value instanceof Boolean b) return new JsonPrimitive(b);
        return new JsonPrimitive(value.toString());
    }
}
