package org.zkopml.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.zkopml.circuit.Statement;
import org.zkopml.compare.Models;
import org.zkopml.compare.OnChainProof;
import org.zkopml.compare.Progress;
import org.zkopml.lab.Stopwatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit chain zk}: one inference of a built-in model proven with Groth16 and verified on a local EVM by the
 * verifier contract generated from the proof's key, beside snarkjs's exported verifier on the same proof; the
 * inference recorded in the registry; optionally a batch of proofs verified in one product of n + 3 pairings
 * ({@link OnChainProof}). Every gas figure comes from a receipt.
 */
@Command(name = "zk", mixinStandardHelpOptions = true,
        description = "Prove a model's inference with Groth16 and verify it on a local EVM node: the kit's generated verifier beside "
                + "snarkjs's exported one (gas from receipts), the inference recorded in a registry, and with --batch N a batch of N proofs "
                + "in one pairing product.")
final class ChainZkCommand extends ResultCommand.OnModelRow {
    @Option(names = "--statement", paramLabel = "a|b|c", description = "a: public model, private input; b: private committed model, public input; c: both public (default: ${DEFAULT-VALUE}).")
    String statement = "a";

    @Option(names = "--batch", paramLabel = "N", description = "Also verify N proofs (test rows ROW, ROW+1, …) in one batch (1 to 64).")
    Integer batch;

    @Override
    CommandResult result() {
        Statement st = Statement.parse(statement);
        if (batch != null && (batch < 1 || batch > 64)) throw new IllegalArgumentException("--batch must be in [1, 64], got " + batch);
        int r = row();
        Progress progress = progress();
        long start = System.nanoTime();
        OnChainProof p = OnChainProof.run(Models.train(model.name(), progress), st, r, batch == null ? 0 : batch, progress);
        double ms = (System.nanoTime() - start) / 1e6;
        progress.note("proved and verified on-chain in " + Stopwatch.format((long) (ms * 1e6)));
        return new VerifiedOnChain(p, ms);
    }

    /**
     * What {@code chain zk} prints.
     *
     * @param p  the proof verified on the chain
     * @param ms the whole flow, training and node start included
     */
    record VerifiedOnChain(OnChainProof p, double ms) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = Json.object("model", p.model(), "statement", p.statement().name().toLowerCase(Locale.ROOT), "input", p.row(),
                    "output", p.circuit().output(), "constraints", p.circuit().constraints(), "publicInputs", p.circuit().system().publicWires(),
                    "javaVerified", p.javaVerified(), "verified", p.onChain().accepted());
            if (p.onChain().rejected()) m.put("reason", p.onChain().reason());
            m.putAll(Json.object("deployGas", p.deployGas(), "verifyGas", p.verifyGas(), "snarkjsVerified", p.snarkjsVerified(),
                    "snarkjsDeployGas", p.snarkjsDeployGas(), "snarkjsVerifyGas", p.snarkjsVerifyGas(), "pairingGas", OnChainProof.PAIRING_GAS,
                    "recorded", p.recorded().accepted()));
            if (p.recorded().accepted()) {
                m.putAll(Json.object("recordGas", p.recorded().value().gasUsed(), "inputId", p.inputId()));
            } else {
                m.put("recordReason", p.recorded().reason());
            }
            m.put("modelCommitment", p.modelCommitment());
            if (p.batch() != null) {
                // batchVerified: the batch's transaction did not revert
                m.putAll(Json.object("batch", p.batch().size(), "batchVerified", true, "batchDeployGas", p.batch().deployGas(),
                        "batchGas", p.batch().gas(), "batchGasPerProof", p.batch().gasPerProof(), "batchPairingGas", p.batch().pairingGas()));
            }
            m.putAll(Json.object("chainId", p.chainId(), "rpc", ChainCommand.rpc(p.localNode(), p.url(), "this command"), "ms", ms));
            return m;
        }

        @Override
        public String text() {
            String recorded = p.recorded().accepted() ? String.format("recorded with %,d gas, input id %s", p.recorded().value().gasUsed(), p.inputId())
                    : "not recorded: " + p.recorded().reason();
            String text = Json.lines("model", p.model() + ", statement " + p.statement().name().toLowerCase(Locale.ROOT) + ", test row " + p.row()
                            + ": output " + Arrays.toString(p.circuit().output()),
                    "circuit", String.format("%,d constraints, %d public inputs", p.circuit().constraints(), p.circuit().system().publicWires()),
                    "verified", "on-chain " + p.onChain().accepted() + ", in Java " + p.javaVerified() + (p.onChain().rejected() ? " (" + p.onChain().reason() + ")" : ""),
                    "kit verifier", String.format("deploy %,d gas; verifyProof %,d gas", p.deployGas(), p.verifyGas()),
                    "snarkjs verifier", String.format("deploy %,d gas; verifyProof %,d gas (verified: %s)", p.snarkjsDeployGas(), p.snarkjsVerifyGas(), p.snarkjsVerified()),
                    "pairing alone", String.format("%,d gas (45,000 + 4 × 34,000, EIP-1108)", OnChainProof.PAIRING_GAS), "registry", recorded);
            if (p.batch() != null) {
                text += Json.lines("batch of " + p.batch().size(), String.format("verified true: %,d gas, %,d gas per proof (pairing alone %,d); deploy %,d gas",
                        p.batch().gas(), p.batch().gasPerProof(), p.batch().pairingGas(), p.batch().deployGas()));
            }
            return text + Json.lines("chain id", p.chainId());
        }

        @Override
        public int exitCode() {
            return p.accepted() ? 0 : 1;
        }
    }
}
