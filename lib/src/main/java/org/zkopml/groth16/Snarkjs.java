package org.zkopml.groth16;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A runner for the kit's peers in {@code bench/peers/} (snarkjs 0.7.6 and circom2, pinned by its lock file and
 * installed by {@code ./kit setup}): runs {@code node <package cli> args…} and returns the exit code and output,
 * so that tests and notebooks can check the kit's files with the reference toolchain. Finds
 * {@code bench/peers/node_modules} by walking up from the working directory; {@link #locate} throws with
 * instructions when node or the packages are missing (a cross-check must fail, not pass silently).
 *
 * @param peers the {@code bench/peers} directory
 */
public record Snarkjs(Path peers) {

    /**
     * The outcome of one run.
     *
     * @param exitCode the process's exit code
     * @param output   stdout and stderr, interleaved
     */
    public record Run(int exitCode, String output) {
        /** Whether it exited 0. */
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** The peers below the working directory or one of its parents; throws IllegalStateException if absent. */
    public static Snarkjs locate() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path peers = d.resolve("bench").resolve("peers");
            if (Files.isDirectory(peers.resolve("node_modules").resolve("snarkjs"))) {
                Snarkjs s = new Snarkjs(peers);
                s.checkNode();
                return s;
            }
            if (Files.isDirectory(peers)) {
                throw new IllegalStateException(peers + "/node_modules is missing: run ./kit setup (or: cd bench/peers && npm ci)");
            }
        }
        throw new IllegalStateException("no bench/peers directory above " + dir + ": run from the kit's checkout");
    }

    private void checkNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) throw new IllegalStateException("node --version failed: install Node.js 20 or newer");
        } catch (IOException e) {
            throw new IllegalStateException("node is not on PATH: install Node.js 20 or newer (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** {@code snarkjs args…} run in directory dir. */
    public Run snarkjs(Path dir, String... args) {
        return node(dir, peers.resolve("node_modules/snarkjs/build/cli.cjs"), args);
    }

    /** {@code circom2 args…} (the circom 2 compiler as WebAssembly) run in directory dir. */
    public Run circom(Path dir, String... args) {
        return node(dir, peers.resolve("node_modules/circom2/cli.js"), args);
    }

    /** The node_modules directory (for circom's {@code -l} include path, e.g. circomlib). */
    public Path nodeModules() {
        return peers.resolve("node_modules");
    }

    /**
     * A phase-1 ceremony run by snarkjs in {@code dir}: {@code powersoftau new bn128 power}, one contribution
     * named {@code name} with the given entropy, then {@code prepare phase2} into {@code file}. Throws
     * IllegalStateException with snarkjs's output when a step fails.
     */
    public Path powersOfTau(Path dir, int power, String name, String entropy, String file) {
        for (String[] step : List.of(new String[] {"powersoftau", "new", "bn128", Integer.toString(power), file + ".0"},
                new String[] {"powersoftau", "contribute", file + ".0", file + ".1", "--name=" + name, "-e=" + entropy},
                new String[] {"powersoftau", "prepare", "phase2", file + ".1", file})) {
            Run r = snarkjs(dir, step);
            if (!r.ok()) throw new IllegalStateException("snarkjs " + String.join(" ", step) + " failed: " + r.output());
        }
        return dir.resolve(file);
    }

    /** {@code snarkjs groth16 verify vkey public proof}: whether snarkjs prints OK. */
    public boolean verify(Path vkey, Path publicJson, Path proof) {
        Run r = snarkjs(vkey.toAbsolutePath().getParent(), "groth16", "verify", vkey.toAbsolutePath().toString(),
                publicJson.toAbsolutePath().toString(), proof.toAbsolutePath().toString());
        return r.ok() && r.output().contains("OK!");
    }

    private Run node(Path dir, Path script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", script.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + ": timed out");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd.get(1));
        }
    }
}
