package org.zkopml.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.ProvingKey;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.groth16.Verifier;
import org.zkopml.groth16.VerifyingKey;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.LinearCombination;

/**
 * Gas of the zkML path, measured from receipts on a chain: deploying the kit's generated Groth16 verifier and
 * verifying one proof as the number ℓ of public inputs grows, beside snarkjs's exported verifier on the same proof;
 * and batches of n proofs of one circuit in one product of n + 3 pairings. The precompile prices (EIP-1108) explain
 * most of it: a pairing check of k pairs costs 45,000 + 34,000·k, an ecMul 6,000, an ecAdd 150; a single proof needs
 * k = 4 pairs and ℓ ecMuls; a batch of n needs k = n + 3 pairs and 2(n − 1) + ℓ + 2 ecMuls.
 */
public final class ZkGasStudy {
    private ZkGasStudy() {}

    /** Gas of the pairing precompile for k pairs (EIP-197 with EIP-1108's prices): 45,000 + 34,000·k. */
    public static long pairingGas(int pairs) {
        return 45_000L + 34_000L * pairs;
    }

    /** Gas of ecMul (EIP-1108). */
    public static final long EC_MUL_GAS = 6_000;
    /** Gas of ecAdd (EIP-1108). */
    public static final long EC_ADD_GAS = 150;

    /**
     * A small circuit with exactly {@code publicInputs} public inputs x_1..x_ℓ (random field elements) and one
     * private w: w·w = t_0 and w·x_j = t_j for each j, so that every input is bound by a constraint.
     */
    public static CircuitBuilder.Built circuitWithInputs(int publicInputs, RandomGenerator rng) {
        if (publicInputs < 0) throw new IllegalArgumentException("publicInputs must be ≥ 0, got " + publicInputs);
        CircuitBuilder cb = new CircuitBuilder();
        List<LinearCombination> xs = new ArrayList<>();
        for (int j = 0; j < publicInputs; j++) xs.add(cb.publicInput(Fr.random(rng)));
        LinearCombination w = cb.privateInput(Fr.random(rng));
        cb.at("gas", "w·w");
        cb.mul(w, w, "w·w");
        for (int j = 0; j < publicInputs; j++) {
            cb.at("gas", "x_" + (j + 1));
            cb.mul(w, xs.get(j), "w·x_j");
        }
        return cb.build();
    }

    /**
     * A proven statement: keys, one proof and its public inputs.
     *
     * @param vk           the verifying key
     * @param pk           the proving key
     * @param proof        a proof
     * @param publicInputs its public inputs x_1..x_ℓ
     */
    public record Proven(VerifyingKey vk, ProvingKey pk, Proof proof, List<Fr> publicInputs) {
        public Proven {
            publicInputs = List.copyOf(publicInputs);
        }
    }

    /** Sets up (fresh toxic waste from {@code rng}, dropped) and proves a circuit; the proof is checked by the Java verifier. */
    public static Proven prove(CircuitBuilder.Built built, RandomGenerator rng) {
        Setup.Result s = Setup.generate(built.system(), rng);
        Fr[] w = built.witness();
        Proof p = Prover.prove(s.provingKey(), w, rng);
        List<Fr> x = Arrays.asList(w).subList(1, 1 + built.system().publicWires());
        if (!Verifier.verifyFr(s.verifyingKey(), x, p).accepted()) throw new IllegalStateException("the prover made a proof that does not verify");
        return new Proven(s.verifyingKey(), s.provingKey(), p, x);
    }

    /**
     * One verifier compared on one proof.
     *
     * @param publicInputs     ℓ
     * @param deployGas        the kit's verifier: deployment
     * @param verifyGas        the kit's verifier: verifyProof as a transaction
     * @param snarkjsDeployGas snarkjs's exported verifier: deployment
     * @param snarkjsVerifyGas snarkjs's exported verifier: verifyProof as a transaction, same calldata
     * @param precompileGas    what the precompiles alone cost: pairingGas(4) + ℓ·(ecMul + ecAdd)
     */
    public record VerifierRow(int publicInputs, long deployGas, long verifyGas, long snarkjsDeployGas, long snarkjsVerifyGas, long precompileGas) {}

    /** Deploys both verifiers for {@code proven}'s key and verifies its proof on each, by transaction. */
    public static VerifierRow compare(LocalChain chain, Snarkjs snarkjs, Proven proven) {
        return compare(chain, proven, SnarkjsVerifier.export(snarkjs, proven.pk()));
    }

    private static VerifierRow compare(LocalChain chain, Proven proven, String snarkjsSource) {
        Groth16VerifierContract kit = Groth16VerifierContract.deploy(chain, proven.vk());
        Groth16VerifierContract theirs = Groth16VerifierContract.deploySource(chain, chain.account(0), proven.vk(), SnarkjsVerifier.NAME, snarkjsSource);
        for (Groth16VerifierContract v : List.of(kit, theirs)) {
            var verdict = v.verify(proven.proof(), proven.publicInputs());
            if (!verdict.accepted()) throw new IllegalStateException("a verifier rejected a valid proof: " + verdict.reason());
        }
        int l = proven.publicInputs().size();
        return new VerifierRow(l, kit.deployGas(), kit.verifyGas(proven.proof(), proven.publicInputs()),
                theirs.deployGas(), theirs.verifyGas(proven.proof(), proven.publicInputs()),
                pairingGas(4) + l * (EC_MUL_GAS + EC_ADD_GAS));
    }

    /** {@link #compare} on a small generated circuit with ℓ public inputs, for each ℓ in {@code counts}. */
    public static List<VerifierRow> byPublicInputs(LocalChain chain, Snarkjs snarkjs, int[] counts, RandomGenerator rng) {
        List<Proven> proven = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        List<java.util.Map.Entry<String, String>> sources = new ArrayList<>();
        for (int l : counts) {
            Proven p = prove(circuitWithInputs(l, rng), rng);
            proven.add(p);
            theirs.add(SnarkjsVerifier.export(snarkjs, p.pk()));
            sources.add(java.util.Map.entry(Groth16VerifierContract.NAME, VerifierSource.generate(p.vk(), Groth16VerifierContract.NAME)));
            sources.add(java.util.Map.entry(SnarkjsVerifier.NAME, theirs.get(theirs.size() - 1)));
        }
        Artifact.compileAll(sources);   // one run of solc for every contract; the deployments below find them compiled
        List<VerifierRow> rows = new ArrayList<>();
        for (int i = 0; i < proven.size(); i++) rows.add(compare(chain, proven.get(i), theirs.get(i)));
        return rows;
    }

    /**
     * One batch.
     *
     * @param n             proofs in the batch
     * @param gas           the verifyBatch transaction
     * @param gasPerProof   gas / n
     * @param singleGas     one proof verified alone on the same contract (verifyProof)
     * @param pairingGas    what the pairing precompile alone costs: pairingGas(n + 3)
     */
    public record BatchRow(int n, long gas, long gasPerProof, long singleGas, long pairingGas) {}

    /**
     * Deploys the batching verifier for {@code pk} and verifies batches of n proofs for each n in {@code sizes}: the
     * proofs are of the given witnesses in turn (fresh randomness each), all of the same circuit.
     */
    public static List<BatchRow> batches(LocalChain chain, ProvingKey pk, List<Fr[]> witnesses, int[] sizes, RandomGenerator rng) {
        return batches(Groth16VerifierContract.deployBatching(chain, pk.vk()), pk, witnesses, sizes, rng);
    }

    /** {@link #batches(LocalChain, ProvingKey, List, int[], RandomGenerator)} on an already deployed batching verifier. */
    public static List<BatchRow> batches(Groth16VerifierContract verifier, ProvingKey pk, List<Fr[]> witnesses, int[] sizes, RandomGenerator rng) {
        if (witnesses.isEmpty()) throw new IllegalArgumentException("at least one witness");
        int max = Arrays.stream(sizes).max().orElse(0);
        List<Proof> proofs = new ArrayList<>();
        List<List<Fr>> xs = new ArrayList<>();
        int l = pk.vk().publicInputs();
        for (int i = 0; i < max; i++) {
            Fr[] w = witnesses.get(i % witnesses.size());
            proofs.add(Prover.prove(pk, w, rng));
            xs.add(List.copyOf(Arrays.asList(w).subList(1, 1 + l)));
        }
        long single = verifier.verifyGas(proofs.get(0), xs.get(0));
        List<BatchRow> rows = new ArrayList<>();
        for (int n : sizes) {
            if (n < 1) throw new IllegalArgumentException("a batch has at least one proof, got " + n);
            long gas = verifier.verifyBatchByTransaction(proofs.subList(0, n), xs.subList(0, n)).gasUsed();
            rows.add(new BatchRow(n, gas, gas / n, single, pairingGas(n + 3)));
        }
        return rows;
    }
}
