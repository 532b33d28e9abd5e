package org.zkopml.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the kit's peer scripts ({@code bench/peers/*.mjs}: snarkjs, circomlibjs, …) with Node.js, for tests and
 * notebooks that check the kit against an independent implementation. The peers are installed by
 * {@code ./kit setup} ({@code npm ci} in {@code bench/peers}); when they are missing this fails with a
 * message saying so, it never skips.
 */
public final class Peers {
    private Peers() {}

    /** The {@code bench/peers} folder of the project around the working directory. */
    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path peers = dir.resolve("bench").resolve("peers");
            if (Files.isRegularFile(peers.resolve("package.json"))) return peers;
            dir = dir.getParent();
        }
        throw new IllegalStateException("no bench/peers/package.json above " + Path.of("").toAbsolutePath()
                + ": run from inside the zkopml lab project");
    }

    /**
     * Runs {@code node SCRIPT ARGS…} in {@code bench/peers} with {@code stdin} as its standard input and returns
     * its standard output; throws with the script's error output if it exits non-zero or runs over two minutes.
     */
    public static String node(String script, String stdin, String... args) {
        Path peers = directory();
        if (!Files.isDirectory(peers.resolve("node_modules"))) {
            throw new IllegalStateException(peers.resolve("node_modules") + " is missing: run ./kit setup (or npm ci in " + peers + ")");
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(peers.toFile()).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("node " + script + " ran over 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("node " + script + " exited with " + p.exitValue() + ": " + err.join().strip());
            }
            return out.join();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run node (Node.js 20 or newer is required): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running node " + script, e);
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
