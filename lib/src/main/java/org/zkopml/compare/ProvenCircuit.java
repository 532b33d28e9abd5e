package org.zkopml.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.ProvingKey;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Qap;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.groth16.Zkey;
import org.zkopml.lab.Stopwatch;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;
import org.zkopml.values.Verdict;

/**
 * A constraint system and its witness proven with Groth16 — setup (the kit's own, whose toxic waste is dropped at
 * once, or a snarkjs {@code .zkey}), prove, verify — and written in snarkjs's file layout ({@code circuit.r1cs},
 * {@code witness.wtns}, {@code proof.json}, {@code public.json}, {@code verification_key.json}), so that
 * {@code snarkjs groth16 verify} checks the same files. What {@code ./kit zk prove-r1cs} runs.
 *
 * @param constraints  the number of constraints
 * @param wires        the number of wires
 * @param publicInputs the public inputs w_1..w_ℓ (outputs, then inputs)
 * @param setup        "kit" (a fresh setup) or the zkey's path
 * @param setupNanos   time of the setup, or of reading the zkey
 * @param proveNanos   time of the prover
 * @param verifyNanos  time of the verifier
 * @param verdict      the verifier's verdict on the written proof
 * @param proof        the proof
 * @param vk           its verifying key
 */
public record ProvenCircuit(int constraints, int wires, List<Fr> publicInputs, String setup, long setupNanos, long proveNanos,
                            long verifyNanos, Verdict<Void> verdict, Proof proof, VerifyingKey vk) {
    /** The names of the files {@link #prove} writes. */
    public static final List<String> FILES = List.of("circuit.r1cs", "witness.wtns", "proof.json", "public.json", "verification_key.json");

    /** Copies the public inputs. */
    public ProvenCircuit {
        publicInputs = List.copyOf(publicInputs);
    }

    /**
     * Proves that {@code witness} satisfies {@code system} and writes the snarkjs files to {@code outDir}: with a fresh
     * setup or, if {@code zkey} is given, with that snarkjs proving key (which must belong to the system). A witness that
     * does not satisfy the system, or a key of another circuit, is rejected (IllegalArgumentException) before proving.
     */
    public static ProvenCircuit prove(ConstraintSystem system, Fr[] witness, Path outDir, Path zkey, Progress progress) {
        checkWitness(system, witness);
        return proveAndWrite(system, witness, null, zkey == null ? null : KeyRead.of(zkey), outDir, progress);
    }

    /**
     * {@code ./kit zk prove-r1cs}: a circom {@code .r1cs} and {@code .wtns} proven as {@link #prove} does, the two files
     * copied into {@code outDir} as they are. With a {@code .zkey}, the key is read on another thread while the circuit
     * and witness are read and checked: the reads are independent, and a short command spends much of its time in them.
     */
    public static ProvenCircuit proveFiles(Path r1cs, Path wtns, Path zkey, Path outDir, Progress progress) {
        CompletableFuture<KeyRead> key = zkey == null ? null : KeyRead.inBackground(zkey);
        ConstraintSystem system;
        Fr[] witness;
        try (Progress.Task task = progress.task("read circuit", 2)) {
            system = R1csFile.read(r1cs);
            task.step();
            witness = WitnessFile.read(wtns);
            task.step();
        }
        if (witness.length != system.wires()) {
            throw new IllegalArgumentException(wtns + ": " + witness.length + " values, the circuit " + r1cs + " has " + system.wires() + " wires");
        }
        checkWitness(system, witness);
        return proveAndWrite(system, witness, new Sources(r1cs, wtns), key == null ? null : joined(key), outDir, progress);
    }

    private static void checkWitness(ConstraintSystem system, Fr[] witness) {
        Verdict<Void> sat = system.check(witness);
        if (!sat.accepted()) throw new IllegalArgumentException("the witness does not satisfy the circuit: " + sat.reason());
    }

    /** Setup (or the key read), prove, then verify while the five files are written. */
    private static ProvenCircuit proveAndWrite(ConstraintSystem system, Fr[] witness, Sources sources, KeyRead key, Path outDir,
                                               Progress progress) {
        ProvingKey pk;
        long t0 = System.nanoTime();
        if (key == null) {
            pk = Setup.generate(system, new SecureRandom()).provingKey();   // the toxic waste is dropped here
            progress.note("setup: the kit's own (toxic waste dropped) in " + Stopwatch.format(System.nanoTime() - t0));
        } else {
            pk = key.forSystem(system);
            progress.note("setup: read " + key.file() + " in " + Stopwatch.format(key.nanos()));
        }
        long t1 = System.nanoTime();
        Proof proof = Prover.prove(pk, witness, new SecureRandom());
        long t2 = System.nanoTime();
        progress.note("proved " + system.size() + " constraints in " + Stopwatch.format(t2 - t1));
        List<Fr> publics = List.copyOf(Arrays.asList(witness).subList(1, 1 + system.publicWires()));
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> write(system, witness, sources, pk.vk(), proof, publics, outDir));
        Verdict<Void> verdict = Verifier.verifyFr(pk.vk(), publics, proof);
        long t3 = System.nanoTime();
        joined(written);
        return new ProvenCircuit(system.size(), system.wires(), publics, key == null ? "kit" : key.file().toString(),
                key == null ? t1 - t0 : key.nanos(), t2 - t1, t3 - t2, verdict, proof, pk.vk());
    }

    /** The five files in snarkjs's layout, side by side on the cores. */
    private static void write(ConstraintSystem system, Fr[] witness, Sources sources, VerifyingKey vk, Proof proof, List<Fr> publics,
                              Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
        Path r1cs = outDir.resolve("circuit.r1cs"), wtns = outDir.resolve("witness.wtns");
        Stream.<Runnable>of(
                () -> {
                    if (sources == null) R1csFile.write(system, r1cs);
                    else Sources.copy(sources.r1cs(), r1cs);
                },
                () -> {
                    if (sources == null) WitnessFile.write(witness, wtns);
                    else Sources.copy(sources.wtns(), wtns);
                },
                () -> SnarkjsJson.writeProof(proof, outDir.resolve("proof.json")),
                () -> SnarkjsJson.writePublic(publics, outDir.resolve("public.json")),
                () -> SnarkjsJson.writeVerifyingKey(vk, outDir.resolve("verification_key.json"))
        ).parallel().forEach(Runnable::run);
    }

    /** A task's result, or its own exception (a bad file's one-line error) rethrown as it was. */
    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The circom files a proof was made from, which are written out as they are (they were read and checked, and a copy
     * keeps every section circom wrote).
     *
     * @param r1cs the circuit
     * @param wtns the witness
     */
    private record Sources(Path r1cs, Path wtns) {
        static void copy(Path from, Path to) {
            try {
                if (!Files.exists(to) || !Files.isSameFile(from, to)) Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(to + ": cannot write (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * A snarkjs proving key read from its file, with the time the read took.
     *
     * @param file  the {@code .zkey}
     * @param pk    the key
     * @param nanos the time of the read (on its own thread, when it ran beside other work)
     */
    private record KeyRead(Path file, ProvingKey pk, long nanos) {
        static KeyRead of(Path file) {
            long t0 = System.nanoTime();
            ProvingKey pk = Zkey.read(file);
            return new KeyRead(file, pk, System.nanoTime() - t0);
        }

        /** Starts the read on a daemon thread (so that an error elsewhere does not wait for it). */
        static CompletableFuture<KeyRead> inBackground(Path file) {
            CompletableFuture<KeyRead> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(of(file));
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "zkey-read");
            t.setDaemon(true);
            t.start();
            return f;
        }

        /** The key, after checking that it belongs to the system (wires, public wires, domain). */
        ProvingKey forSystem(ConstraintSystem system) {
            Qap q = pk.qap();
            int n = Qap.domainSize(system.size(), system.publicWires());
            if (q.wires() != system.wires() || q.publicWires() != system.publicWires() || q.domain().size() != n) {
                throw new IllegalArgumentException(file + ": the key is for " + q.wires() + " wires, " + q.publicWires()
                        + " public, domain " + q.domain().size() + "; the circuit has " + system.wires() + " wires, "
                        + system.publicWires() + " public, domain " + n);
            }
            return pk;
        }
    }
}
