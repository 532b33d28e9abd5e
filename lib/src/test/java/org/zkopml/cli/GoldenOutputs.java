package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.zkopml.groth16.ExampleCircuits;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;

/**
 * The golden files in {@code src/test/resources/org/zkopml/cli/golden/}: for each command, the JSON it printed when
 * it was captured (before issue 20 reshaped the CLI), with a description, the arguments, the exit code and the fields
 * whose value is not deterministic (timings, the machine, gas that depends on a random setup: compared by JSON type
 * only). A command's output now must keep every field of its golden output, with the same value (or type); fields
 * added since are allowed. A file that {@code "needs"} something — a local node ({@code chain}, with snarkjs beside it)
 * or a JShell per stage ({@code jshell}, slow) — is checked by the tagged test method of {@link CommandOutputGoldenTest}.
 *
 * <p>In the arguments, {@code {dir}} is a fresh temporary folder (holding {@code c.r1cs} and {@code c.wtns}: the
 * example circuit of 16 chained multiplications with 3 public inputs) and {@code {root}} the kit's folder; the same
 * strings stand for those paths in the outputs. {@code before} lists commands run first (each must exit 0).
 *
 * <p>To capture the files again (only when a change of output is intended, and said so in the commit), run the
 * golden tests with {@code -Dzkopml.golden.record=true}: each file gets the output of the code as it is now.
 */
final class GoldenOutputs {
    private GoldenOutputs() {}

    /** The golden files' folder, from the module's folder (where Maven runs the tests). */
    static final Path FOLDER = Path.of("src/test/resources/org/zkopml/cli/golden");

    /** One golden file. */
    record Case(String name, JsonObject spec) {
        @Override
        public String toString() {
            return name;
        }

        /** Whether the case needs a chain or is slow: the tagged test checks it. */
        boolean tagged() {
            return spec.has("needs");
        }
    }

    /** The golden files that need something (a chain, a JShell), or those that do not. */
    static Stream<Case> cases(boolean tagged) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Case> all = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                all.add(new Case(name, JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject()));
            }
            return all.stream().filter(c -> c.tagged() == tagged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the case's command in {@code dir}; records its output when asked to, else compares it with the golden one. */
    static void check(Case c, Path dir) {
        Path root = Path.of("").toAbsolutePath().getParent();
        CircuitBuilder.Built ex = ExampleCircuits.chain(16, 3);
        R1csFile.write(ex.system(), dir.resolve("c.r1cs"));
        WitnessFile.write(ex.witness(), dir.resolve("c.wtns"));
        Map<String, String> vars = Map.of("{dir}", dir.toString(), "{root}", root.toString());
        if (c.spec().has("before")) {
            for (JsonElement before : c.spec().getAsJsonArray("before")) {
                Capture.Ran r = Capture.run(args(before.getAsJsonArray(), vars));
                assertEquals(0, r.code(), c + ": " + before + ": " + r.err());
            }
        }
        Capture.Ran r = Capture.run(args(c.spec().getAsJsonArray("args"), vars));
        JsonElement output;
        try {
            output = JsonParser.parseString(unsubstitute(r.out(), vars));
        } catch (RuntimeException e) {
            throw new AssertionError(c + ": stdout is not JSON: " + r.out() + "\nstderr: " + r.err(), e);
        }
        if (Boolean.getBoolean("zkopml.golden.record")) {
            JsonObject spec = c.spec().deepCopy();
            spec.addProperty("exitCode", r.code());
            spec.add("output", output);
            try {
                Files.writeString(FOLDER.resolve(c.name() + ".json"),
                        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertTrue(c.spec().has("output"), c + ": no golden output recorded");
        assertEquals(c.spec().get("exitCode").getAsInt(), r.code(), c + ": exit code; stderr: " + r.err());
        Set<String> typeOnly = new HashSet<>();
        c.spec().getAsJsonArray("typeOnly").forEach(e -> typeOnly.add(e.getAsString()));
        List<String> differences = new ArrayList<>();
        compare("", c.spec().get("output"), output, typeOnly, differences);
        if (!differences.isEmpty()) fail(c + " (" + c.spec().get("description").getAsString() + "):\n  " + String.join("\n  ", differences));
    }

    private static String[] args(JsonArray a, Map<String, String> vars) {
        String[] out = new String[a.size()];
        for (int i = 0; i < out.length; i++) {
            String s = a.get(i).getAsString();
            for (Map.Entry<String, String> v : vars.entrySet()) s = s.replace(v.getKey(), v.getValue());
            out[i] = s;
        }
        return out;
    }

    private static String unsubstitute(String text, Map<String, String> vars) {
        String s = text.replace(vars.get("{dir}"), "{dir}");
        return s.replace(vars.get("{root}"), "{root}");
    }

    /**
     * Every field of {@code golden} is in {@code now} with an equal value, or, for a path in {@code typeOnly}, a value of
     * the same JSON type; objects are compared field by field (so {@code now} may have more), arrays element by element.
     */
    static void compare(String path, JsonElement golden, JsonElement now, Set<String> typeOnly, List<String> differences) {
        String where = path.isEmpty() ? "(the output)" : path;
        if (now == null) {
            differences.add(where + ": missing (was " + golden + ")");
        } else if (typeOnly.contains(path)) {
            if (!type(golden).equals(type(now))) differences.add(where + ": a " + type(now) + " (" + now + "), was a " + type(golden));
        } else if (golden.isJsonObject() && now.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : golden.getAsJsonObject().entrySet()) {
                compare(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), now.getAsJsonObject().get(e.getKey()), typeOnly, differences);
            }
        } else if (golden.isJsonArray() && now.isJsonArray() && golden.getAsJsonArray().size() == now.getAsJsonArray().size()) {
            for (int i = 0; i < golden.getAsJsonArray().size(); i++) {
                compare(path + "[" + i + "]", golden.getAsJsonArray().get(i), now.getAsJsonArray().get(i), typeOnly, differences);
            }
        } else if (!golden.equals(now)) {
            differences.add(where + ": " + now + ", was " + golden);
        }
    }

    private static String type(JsonElement e) {
        if (e.isJsonNull()) return "null";
        if (e.isJsonObject()) return "object";
        if (e.isJsonArray()) return "array";
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isNumber() ? "number" : p.isBoolean() ? "boolean" : "string";
    }
}
