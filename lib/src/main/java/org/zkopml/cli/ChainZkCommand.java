package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zkopml.circuit.Statement;
import org.zkopml.compare.Models;
import org.zkopml.compare.OnChainProof;
import org.zkopml.compare.Progress;
import org.zkopml.lab.Stopwatch;
import picocli.CommandLine;
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
final class ChainZkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ModelChoice model;

    @CommandLine.Mixin
    RowChoice row;

    @Option(names = "--statement", paramLabel = "a|b|c", description = "a: public model, private input; b: private committed model, public input; c: both public (default: ${DEFAULT-VALUE}).")
    String statement = "a";

    @Option(names = "--batch", paramLabel = "N", description = "Also verify N proofs (test rows ROW, ROW+1, …) in one batch (1 to 64).")
    Integer batch;

    @CommandLine.Mixin
    Output output;

    @Override
    public Integer call() {
        String name = model.name();
        Statement st = Statement.parse(statement);
        if (batch != null && (batch < 1 || batch > 64)) throw new IllegalArgumentException("--batch must be in [1, 64], got " + batch);
        int r = row.of(name);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new BarProgress(err);
        long start = System.nanoTime();
        OnChainProof p = OnChainProof.run(Models.train(name, progress), st, r, batch == null ? 0 : batch, progress);
        double ms = (System.nanoTime() - start) / 1e6;
        err.println("proved and verified on-chain in " + Stopwatch.format((long) (ms * 1e6)));
        err.flush();
        return output.print(spec, new VerifiedOnChain(p, ms));
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
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", p.model());
            m.put("statement", p.statement().name().toLowerCase(Locale.ROOT));
            m.put("input", p.row());
            m.put("output", p.circuit().output());
            m.put("constraints", p.circuit().constraints());
            m.put("publicInputs", p.circuit().system().publicWires());
            m.put("javaVerified", p.javaVerified());
            m.put("verified", p.onChain().accepted());
            if (p.onChain().rejected()) m.put("reason", p.onChain().reason());
            m.put("deployGas", p.deployGas());
            m.put("verifyGas", p.verifyGas());
            m.put("snarkjsVerified", p.snarkjsVerified());
            m.put("snarkjsDeployGas", p.snarkjsDeployGas());
            m.put("snarkjsVerifyGas", p.snarkjsVerifyGas());
            m.put("pairingGas", OnChainProof.PAIRING_GAS);
            m.put("recorded", p.recorded().accepted());
            if (p.recorded().accepted()) {
                m.put("recordGas", p.recorded().value().gasUsed());
                m.put("inputId", p.inputId());
            } else {
                m.put("recordReason", p.recorded().reason());
            }
            m.put("modelCommitment", p.modelCommitment());
            if (p.batch() != null) {
                m.put("batch", p.batch().size());
                m.put("batchVerified", true);   // the batch's transaction did not revert
                m.put("batchDeployGas", p.batch().deployGas());
                m.put("batchGas", p.batch().gas());
                m.put("batchGasPerProof", p.batch().gasPerProof());
                m.put("batchPairingGas", p.batch().pairingGas());
            }
            m.put("chainId", p.chainId());
            m.put("rpc", ChainCommand.rpc(p.localNode(), p.url(), "this command"));
            m.put("ms", ms);
            return m;
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("model            %s, statement %s, test row %d: output %s%n", p.model(), p.statement().name().toLowerCase(Locale.ROOT),
                    p.row(), Arrays.toString(p.circuit().output())));
            s.append(String.format("circuit          %,d constraints, %d public inputs%n", p.circuit().constraints(), p.circuit().system().publicWires()));
            s.append(String.format("verified         on-chain %s, in Java %s%s%n", p.onChain().accepted(), p.javaVerified(),
                    p.onChain().rejected() ? " (" + p.onChain().reason() + ")" : ""));
            s.append(String.format("kit verifier     deploy %,d gas; verifyProof %,d gas%n", p.deployGas(), p.verifyGas()));
            s.append(String.format("snarkjs verifier deploy %,d gas; verifyProof %,d gas (verified: %s)%n", p.snarkjsDeployGas(), p.snarkjsVerifyGas(),
                    p.snarkjsVerified()));
            s.append(String.format("pairing alone    %,d gas (45,000 + 4 × 34,000, EIP-1108)%n", OnChainProof.PAIRING_GAS));
            s.append(String.format("registry         %s%n", p.recorded().accepted()
                    ? String.format("recorded with %,d gas, input id %s", p.recorded().value().gasUsed(), p.inputId())
                    : "not recorded: " + p.recorded().reason()));
            if (p.batch() != null) {
                s.append(String.format("batch of %-3d     verified true: %,d gas, %,d gas per proof (pairing alone %,d); deploy %,d gas%n", p.batch().size(),
                        p.batch().gas(), p.batch().gasPerProof(), p.batch().pairingGas(), p.batch().deployGas()));
            }
            s.append(String.format("chain id         %d%n", p.chainId()));
            return s.toString();
        }

        @Override
        public int exitCode() {
            return p.accepted() ? 0 : 1;
        }
    }
}
