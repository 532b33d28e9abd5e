package org.zkopml.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
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
        Verdict<Void> sat = system.check(witness);
        if (!sat.accepted()) throw new IllegalArgumentException("the witness does not satisfy the circuit: " + sat.reason());
        long t0 = System.nanoTime();
        ProvingKey pk;
        String setup;
        if (zkey == null) {
            pk = Setup.generate(system, new SecureRandom()).provingKey();   // the toxic waste is dropped here
            setup = "kit";
        } else {
            pk = Zkey.read(zkey);
            setup = zkey.toString();
            Qap q = pk.qap();
            int n = Qap.domainSize(system.size(), system.publicWires());
            if (q.wires() != system.wires() || q.publicWires() != system.publicWires() || q.domain().size() != n) {
                throw new IllegalArgumentException(zkey + ": the key is for " + q.wires() + " wires, " + q.publicWires()
                        + " public, domain " + q.domain().size() + "; the circuit has " + system.wires() + " wires, "
                        + system.publicWires() + " public, domain " + n);
            }
        }
        long t1 = System.nanoTime();
        progress.note("setup: " + (zkey == null ? "the kit's own (toxic waste dropped)" : "read " + zkey) + " in " + Stopwatch.format(t1 - t0));
        Proof proof = Prover.prove(pk, witness, new SecureRandom());
        long t2 = System.nanoTime();
        progress.note("proved " + system.size() + " constraints in " + Stopwatch.format(t2 - t1));
        List<Fr> publics = List.copyOf(Arrays.asList(witness).subList(1, 1 + system.publicWires()));
        Verdict<Void> verdict = Verifier.verifyFr(pk.vk(), publics, proof);
        long t3 = System.nanoTime();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
        R1csFile.write(system, outDir.resolve("circuit.r1cs"));
        WitnessFile.write(witness, outDir.resolve("witness.wtns"));
        SnarkjsJson.writeProof(proof, outDir.resolve("proof.json"));
        SnarkjsJson.writePublic(publics, outDir.resolve("public.json"));
        SnarkjsJson.writeVerifyingKey(pk.vk(), outDir.resolve("verification_key.json"));
        return new ProvenCircuit(system.size(), system.wires(), publics, setup, t1 - t0, t2 - t1, t3 - t2, verdict, proof, pk.vk());
    }
}
