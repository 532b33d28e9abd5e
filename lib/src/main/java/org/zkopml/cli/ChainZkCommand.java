package org.zkopml.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
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
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit chain zk}: one inference of a built-in model proven with Groth16 and verified on a local EVM by the
 * verifier contract generated from the proof's key, beside snarkjs's exported verifier on the same proof; the
 * inference recorded in the registry; optionally a batch of proofs verified in one product of n + 3 pairings.
 * Every gas figure comes from a receipt.
 */
@Command(name = "zk", mixinStandardHelpOptions = true,
        description = "Prove a model's inference with Groth16 and verify it on a local EVM node: the kit's generated verifier beside "
                + "snarkjs's exported one (gas from receipts), the inference recorded in a registry, and with --batch N a batch of N proofs "
                + "in one pairing product.")
final class ChainZkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "A recipe (see: model list).")
    String model;

    @Option(names = "--input", paramLabel = "ROW", description = "Test row to prove (default: ${DEFAULT-VALUE}).")
    int row = 0;

    @Option(names = "--statement", paramLabel = "a|b|c", description = "a: public model, private input; b: private committed model, public input; c: both public (default: ${DEFAULT-VALUE}).")
    String statement = "a";

    @Option(names = "--batch", paramLabel = "N", description = "Also verify N proofs (test rows ROW, ROW+1, …) in one batch (1 to 64).")
    Integer batch;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return Guarded.run(spec, this::run);
    }

    private int run() {
        PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
        Statement st = Statement.parse(statement);
        if (batch != null && (batch < 1 || batch > 64)) throw new IllegalArgumentException("--batch must be in [1, 64], got " + batch);
        TrainedModel trained = ModelCommand.train(model, err);
        QuantizedModel q = trained.quantized();
        if (row < 0 || row >= trained.testRows()) {
            throw new IllegalArgumentException("--input " + row + " is not a test row of " + model + " (0.." + (trained.testRows() - 1) + ")");
        }
        Snarkjs snarkjs = Snarkjs.locate();
        SecureRandom rng = new SecureRandom();
        Fr blinding = Fr.random(rng);
        int n = batch == null ? 0 : batch;
        long start = System.nanoTime();
        Map<String, Object> m = new LinkedHashMap<>();
        try (ProgressBar bar = ProgressBars.of("chain zk", 7 + (n == 0 ? 0 : n + 1))) {
            long[] x = trained.testInput(row, q.scaleBits());
            CompiledCircuit c = ModelCircuits.compile(q, st, x, blinding);
            long[] reference = {IntegerInference.predict(q, x)};
            if (!Arrays.equals(c.output(), reference)) {
                throw new IllegalStateException("the circuit's output " + Arrays.toString(c.output()) + " differs from the reference inference " + Arrays.toString(reference));
            }
            bar.step();
            Setup.Result setup = Setup.generate(c.system(), rng);   // the toxic waste is dropped here
            bar.step();
            Proof proof = Prover.prove(setup.provingKey(), c.witness(), rng);
            List<Fr> publics = List.of(c.publicInputs());
            Verdict<Void> java = Verifier.verifyFr(setup.verifyingKey(), publics, proof);
            bar.step();
            try (LocalChain chain = LocalChain.open()) {
                Groth16VerifierContract kit = Groth16VerifierContract.deploy(chain, setup.verifyingKey());
                bar.step();
                Verdict<Void> onChain = kit.verify(proof, publics);
                long verifyGas = onChain.accepted() ? kit.verifyGas(proof, publics) : 0;
                bar.step();
                Groth16VerifierContract theirs = SnarkjsVerifier.deploy(chain, snarkjs, setup.provingKey());
                Verdict<Void> theirVerdict = theirs.verify(proof, publics);
                long snarkjsGas = theirs.verifyGas(proof, publics);
                bar.step();
                InferenceRegistryContract reg = InferenceRegistryContract.deploy(chain);
                Fr cm = st == Statement.B ? publics.get(publics.size() - 1) : null;
                Verdict<Receipt> registered = reg.registerModel(chain.account(0), q.commitment(), kit, st, c.output().length, cm)
                        .then(r -> reg.record(chain.account(0), q.commitment(), proof, publics));
                bar.step();
                m.put("model", model);
                m.put("statement", st.name().toLowerCase(Locale.ROOT));
                m.put("input", row);
                m.put("output", c.output());
                m.put("constraints", c.constraints());
                m.put("publicInputs", publics.size());
                m.put("javaVerified", java.accepted());
                m.put("verified", onChain.accepted());
                if (onChain.rejected()) m.put("reason", onChain.reason());
                m.put("deployGas", kit.deployGas());
                m.put("verifyGas", verifyGas);
                m.put("snarkjsVerified", theirVerdict.accepted());
                m.put("snarkjsDeployGas", theirs.deployGas());
                m.put("snarkjsVerifyGas", snarkjsGas);
                m.put("pairingGas", ZkGasStudy.pairingGas(4));
                m.put("recorded", registered.accepted());
                if (registered.accepted()) {
                    m.put("recordGas", registered.value().gasUsed());
                    m.put("inputId", reg.events(registered.value()).get(0).input().hex());
                } else {
                    m.put("recordReason", registered.reason());
                }
                m.put("modelCommitment", q.commitmentHex());
                if (n > 0) {
                    List<Fr[]> witnesses = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        int r = (row + i) % trained.testRows();
                        witnesses.add(ModelCircuits.compile(q, st, trained.testInput(r, q.scaleBits()), blinding).witness());
                    }
                    Groth16VerifierContract batching = Groth16VerifierContract.deployBatching(chain, setup.verifyingKey());
                    // proves the n inputs (fresh randomness) and sends them as one verifyBatch transaction, which reverts
                    // (ChainException, exit 1) unless every proof verifies
                    ZkGasStudy.BatchRow b = ZkGasStudy.batches(batching, setup.provingKey(), witnesses, new int[] {n}, rng, bar::step).get(0);
                    bar.step();
                    long gas = b.gas();
                    m.put("batch", n);
                    m.put("batchVerified", true);   // the transaction did not revert
                    m.put("batchDeployGas", batching.deployGas());
                    m.put("batchGas", gas);
                    m.put("batchGasPerProof", gas / n);
                    m.put("batchPairingGas", b.pairingGas());
                }
                m.put("chainId", chain.chainId());
                m.put("rpc", chain.local() ? "local Hardhat node (started and stopped by this command)" : chain.url());
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        m.put("ms", ms);
        err.println("proved and verified on-chain in " + Stopwatch.format((long) (ms * 1e6)));
        err.flush();
        boolean ok = (Boolean) m.get("verified") && (Boolean) m.get("javaVerified") && (Boolean) m.get("snarkjsVerified")
                && (Boolean) m.get("recorded") && (n == 0 || (Boolean) m.get("batchVerified"));
        if (json) {
            out.println(Json.write(m));
        } else {
            out.printf("model            %s, statement %s, test row %d: output %s%n", model, m.get("statement"), row, Arrays.toString(c(m)));
            out.printf("circuit          %,d constraints, %d public inputs%n", (Integer) m.get("constraints"), (Integer) m.get("publicInputs"));
            out.printf("verified         on-chain %s, in Java %s%s%n", m.get("verified"), m.get("javaVerified"), m.containsKey("reason") ? " (" + m.get("reason") + ")" : "");
            out.printf("kit verifier     deploy %,d gas; verifyProof %,d gas%n", (Long) m.get("deployGas"), (Long) m.get("verifyGas"));
            out.printf("snarkjs verifier deploy %,d gas; verifyProof %,d gas (verified: %s)%n", (Long) m.get("snarkjsDeployGas"), (Long) m.get("snarkjsVerifyGas"), m.get("snarkjsVerified"));
            out.printf("pairing alone    %,d gas (45,000 + 4 × 34,000, EIP-1108)%n", (Long) m.get("pairingGas"));
            out.printf("registry         %s%n", (Boolean) m.get("recorded") ? String.format("recorded with %,d gas, input id %s", (Long) m.get("recordGas"), m.get("inputId"))
                    : "not recorded: " + m.get("recordReason"));
            if (n > 0) {
                out.printf("batch of %-3d     verified %s: %,d gas, %,d gas per proof (pairing alone %,d); deploy %,d gas%n", n, m.get("batchVerified"),
                        (Long) m.get("batchGas"), (Long) m.get("batchGasPerProof"), (Long) m.get("batchPairingGas"), (Long) m.get("batchDeployGas"));
            }
            out.printf("chain id         %d%n", (Long) m.get("chainId"));
        }
        out.flush();
        return ok ? 0 : 1;
    }

    private static long[] c(Map<String, Object> m) {
        return (long[]) m.get("output");
    }
}
