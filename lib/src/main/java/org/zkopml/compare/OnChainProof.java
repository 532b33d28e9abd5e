package org.zkopml.compare;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.chain.Groth16VerifierContract;
import org.zkopml.chain.InferenceRegistryContract;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.Receipt;
import org.zkopml.chain.SnarkjsVerifier;
import org.zkopml.chain.ZkGasStudy;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.circuit.ModelCircuits;
import org.zkopml.circuit.Statement;
import org.zkopml.field.Fr;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.Prover;
import org.zkopml.groth16.Setup;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.groth16.Verifier;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Verdict;

/**
 * One inference of a trained model proven with Groth16 and verified on a chain ({@link LocalChain#open()}): by the
 * verifier contract generated from the proof's key, beside snarkjs's exported verifier on the same proof; the inference
 * recorded in the registry; optionally a batch of proofs verified in one product of n + 3 pairings. Every gas figure
 * comes from a receipt. What {@code ./kit chain zk} runs.
 *
 * @param model            the recipe's name
 * @param statement        which statement
 * @param row              the test row
 * @param circuit          the compiled circuit
 * @param javaVerified     whether the kit's Java verifier accepted the proof
 * @param onChain          the kit's verifier contract's verdict
 * @param deployGas        gas to deploy the kit's verifier
 * @param verifyGas        gas of a verifying transaction (0 when the contract rejected the proof)
 * @param snarkjsVerified  whether snarkjs's exported verifier accepted the same proof
 * @param snarkjsDeployGas gas to deploy snarkjs's verifier
 * @param snarkjsVerifyGas gas of a verifying transaction to snarkjs's verifier
 * @param recorded         the registry's receipt of the recorded inference, or why not
 * @param inputId          the input's id in the registry's event (null when not recorded)
 * @param modelCommitment  the model's commitment (hex)
 * @param batch            the batch verified, or null when none was asked for
 * @param chainId          the chain's id
 * @param localNode        whether the flow started (and stopped) its own node
 * @param url              the node's JSON-RPC address
 */
public record OnChainProof(String model, Statement statement, int row, CompiledCircuit circuit, boolean javaVerified, Verdict<Void> onChain,
                           long deployGas, long verifyGas, boolean snarkjsVerified, long snarkjsDeployGas, long snarkjsVerifyGas,
                           Verdict<Receipt> recorded, String inputId, String modelCommitment, Batch batch, long chainId, boolean localNode,
                           String url) {
    /** The Groth16 pairing check of one proof on the EVM: 4 pairs (EIP-1108). */
    public static final long PAIRING_GAS = ZkGasStudy.pairingGas(4);

    /**
     * A batch of proofs (test rows row, row + 1, …) verified by one transaction, which reverts unless every proof verifies.
     *
     * @param size       the number of proofs
     * @param deployGas  gas to deploy the batching verifier
     * @param gas        gas of the batch's transaction
     * @param pairingGas gas of its n + 3 pairings alone
     */
    public record Batch(int size, long deployGas, long gas, long pairingGas) {
        /** Gas per proof. */
        public long gasPerProof() {
            return gas / size;
        }
    }

    /** Whether every verifier accepted and the inference was recorded (a batch, when asked for, reverts otherwise). */
    public boolean accepted() {
        return onChain.accepted() && javaVerified && snarkjsVerified && recorded.accepted();
    }

    /**
     * Proves test row {@code row} of {@code trained} for {@code statement} (a fresh setup, its toxic waste dropped) and
     * verifies it on the chain; with {@code batch} &gt; 0, also a batch of that many proofs.
     */
    public static OnChainProof run(TrainedModel trained, Statement statement, int row, int batch, Progress progress) {
        if (batch < 0 || batch > 64) throw new IllegalArgumentException("a batch has 1 to 64 proofs (0: no batch), got " + batch);
        QuantizedModel q = trained.quantized();
        Snarkjs snarkjs = Snarkjs.locate();
        SecureRandom rng = new SecureRandom();
        Fr blinding = Fr.random(rng);
        try (Progress.Task task = progress.task("chain zk", 7 + (batch == 0 ? 0 : batch + 1))) {
            long[] x = trained.testInput(row, q.scaleBits());
            CompiledCircuit c = ProvenInference.compile(q, statement, x, blinding);
            task.step();
            Setup.Result setup = Setup.generate(c.system(), rng);   // the toxic waste is dropped here
            task.step();
            Proof proof = Prover.prove(setup.provingKey(), c.witness(), rng);
            List<Fr> publics = List.of(c.publicInputs());
            Verdict<Void> java = Verifier.verifyFr(setup.verifyingKey(), publics, proof);
            task.step();
            try (LocalChain chain = LocalChain.open()) {
                Groth16VerifierContract kit = Groth16VerifierContract.deploy(chain, setup.verifyingKey());
                task.step();
                Verdict<Void> onChain = kit.verify(proof, publics);
                long verifyGas = onChain.accepted() ? kit.verifyGas(proof, publics) : 0;
                task.step();
                Groth16VerifierContract theirs = SnarkjsVerifier.deploy(chain, snarkjs, setup.provingKey());
                Verdict<Void> theirVerdict = theirs.verify(proof, publics);
                long snarkjsGas = theirs.verifyGas(proof, publics);
                task.step();
                InferenceRegistryContract reg = InferenceRegistryContract.deploy(chain);
                Fr cm = statement == Statement.B ? publics.get(publics.size() - 1) : null;
                Verdict<Receipt> recorded = reg.registerModel(chain.account(0), q.commitment(), kit, statement, c.output().length, cm)
                        .then(r -> reg.record(chain.account(0), reg.idOf(q.commitment(), kit, statement, c.output().length, cm), proof, publics));
                String inputId = recorded.accepted() ? reg.events(recorded.value()).get(0).input().hex() : null;
                task.step();
                Batch b = null;
                if (batch > 0) {
                    List<Fr[]> witnesses = new ArrayList<>();
                    for (int i = 0; i < batch; i++) {
                        int r = (row + i) % trained.testRows();
                        witnesses.add(ModelCircuits.compile(q, statement, trained.testInput(r, q.scaleBits()), blinding).witness());
                    }
                    Groth16VerifierContract batching = Groth16VerifierContract.deployBatching(chain, setup.verifyingKey());
                    // proves the n inputs (fresh randomness) and sends them as one verifyBatch transaction, which reverts
                    // (ChainException) unless every proof verifies
                    ZkGasStudy.BatchRow row0 = ZkGasStudy.batches(batching, setup.provingKey(), witnesses, new int[] {batch}, rng, task::step).get(0);
                    task.step();
                    b = new Batch(batch, batching.deployGas(), row0.gas(), row0.pairingGas());
                }
                return new OnChainProof(trained.name(), statement, row, c, java.accepted(), onChain, kit.deployGas(), verifyGas,
                        theirVerdict.accepted(), theirs.deployGas(), snarkjsGas, recorded, inputId, q.commitmentHex(), b, chain.chainId(),
                        chain.local(), chain.url());
            }
        }
    }
}
