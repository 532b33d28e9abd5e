package org.zkopml.chain;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * A compiled contract from {@code contracts/build/<Name>.json}, written by {@code contracts/compile.mjs}
 * (solc-js standard JSON): its ABI and creation bytecode, and the compiler settings used.
 *
 * @param name       the contract's name
 * @param abi        its ABI (JSON)
 * @param bytecode   creation bytecode, 0x-prefixed hex
 * @param solc       the compiler version
 * @param evmVersion the target EVM version
 */
public record Artifact(String name, String abi, String bytecode, String solc, String evmVersion) {
    private static volatile boolean compiled;

    /** Loads {@code contracts/build/<name>.json}, first recompiling the sources if one changed since the last build. */
    public static Artifact load(String name) {
        Path dir = contractsFolder();
        compileIfStale(dir);
        Path file = dir.resolve("build").resolve(name + ".json");
        if (!Files.isRegularFile(file)) throw new IllegalStateException("no compiled contract " + file + " (run ./kit setup)");
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            return new Artifact(o.get("contract").getAsString(), o.get("abi").toString(), o.get("bytecode").getAsString(),
                    o.get("solc").getAsString(), o.get("evmVersion").getAsString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + ": not a compiled contract (" + e.getMessage() + ")", e);
        }
    }

    private static final java.util.Map<String, Artifact> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Compiles one Solidity source given as text (e.g. a verifier generated at run time) with the kit's pinned solc
     * and the same settings as the contracts of {@code contracts/src} ({@code node compile.mjs --stdin-many}); the
     * artifact of contract {@code name}. The same source is compiled once per JVM.
     */
    public static Artifact compile(String name, String source) {
        return compileAll(java.util.List.of(java.util.Map.entry(name, source))).get(0);
    }

    /**
     * {@link #compile} for many (contract name, source) pairs in one run of solc ({@code node compile.mjs
     * --stdin-many}); the artifacts in the same order. Sources compiled before in this JVM are not compiled again.
     */
    public static java.util.List<Artifact> compileAll(java.util.List<java.util.Map.Entry<String, String>> units) {
        java.util.List<java.util.Map.Entry<String, String>> todo = new java.util.ArrayList<>();
        for (var u : units) if (!COMPILED.containsKey(u.getKey() + "\n" + u.getValue()) && !todo.contains(u)) todo.add(u);
        if (!todo.isEmpty()) {
            com.google.gson.JsonArray in = new com.google.gson.JsonArray();
            for (var u : todo) {
                JsonObject o = new JsonObject();
                o.addProperty("name", u.getKey());
                o.addProperty("source", u.getValue());
                in.add(o);
            }
            com.google.gson.JsonArray out = JsonParser.parseString(runSolc(in.toString(), todo.size() == 1 ? todo.get(0).getKey() : todo.size() + " sources")).getAsJsonArray();
            for (int i = 0; i < todo.size(); i++) {
                JsonObject o = out.get(i).getAsJsonObject();
                COMPILED.put(todo.get(i).getKey() + "\n" + todo.get(i).getValue(), new Artifact(o.get("contract").getAsString(), o.get("abi").toString(),
                        o.get("bytecode").getAsString(), o.get("solc").getAsString(), o.get("evmVersion").getAsString()));
            }
        }
        java.util.List<Artifact> result = new java.util.ArrayList<>();
        for (var u : units) result.add(COMPILED.get(u.getKey() + "\n" + u.getValue()));
        return result;
    }

    private static String runSolc(String json, String name) {
        Path dir = contractsFolder();
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("solc"))) {
            throw new IllegalStateException("solc is not installed in " + dir + " (run ./kit setup)");
        }
        try {
            Path err = Files.createTempFile("zkopml-solc-", ".log");
            try {
                Process p = new ProcessBuilder("node", "compile.mjs", "--stdin-many").directory(dir.toFile())
                        .redirectError(err.toFile()).start();
                try (var in = p.getOutputStream()) {
                    in.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("compiling " + name + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) throw new IllegalStateException(name + " did not compile:\n" + Files.readString(err));
                return out;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node compile.mjs --stdin-many: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + name, e);
        }
    }

    /**
     * The kit's {@code contracts/} folder: {@code KIT_CONTRACTS} when set, else the first {@code contracts/}
     * with a {@code package.json} above the working directory or above the kit's jar.
     */
    public static Path contractsFolder() {
        String env = System.getenv("KIT_CONTRACTS");
        if (env != null && !env.isBlank()) return Paths.get(env).toAbsolutePath();
        Path found = searchUp(Paths.get("").toAbsolutePath());
        if (found == null) {
            try {
                found = searchUp(Paths.get(Artifact.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | RuntimeException e) {
                found = null;
            }
        }
        if (found == null) throw new IllegalStateException("cannot find the kit's contracts/ folder (set KIT_CONTRACTS)");
        return found;
    }

    private static Path searchUp(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            Path c = p.resolve("contracts");
            if (Files.isRegularFile(c.resolve("package.json")) && Files.isDirectory(c.resolve("src"))) return c;
        }
        return null;
    }

    /** Runs {@code node compile.mjs} once per JVM (it does nothing when the build is newer than every source). */
    private static synchronized void compileIfStale(Path dir) {
        if (compiled) return;
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("solc"))) {
            throw new IllegalStateException("solc is not installed in " + dir + " (run ./kit setup)");
        }
        try {
            Process p = new ProcessBuilder("node", "compile.mjs").directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("compile.mjs did not finish in 120 s");
            }
            if (p.exitValue() != 0) throw new IllegalStateException("the contracts did not compile:\n" + out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node compile.mjs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the contracts", e);
        }
        compiled = true;
    }
}
