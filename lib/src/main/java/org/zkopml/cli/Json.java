package org.zkopml.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code --json} output, written by Gson: maps become objects (in their iteration order), lists
 * and {@code long[]}/{@code int[]} arrays become arrays, numbers and booleans stay bare (non-finite
 * doubles as {@code null}), anything else is its {@code toString()} as a string. One compact line, no
 * HTML escaping.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {}

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
