package org.zkopml.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.GameOutcome;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.groth16.Proof;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.values.Bytes32;

/**
 * Everything {@code ./kit tour} measured, and its two views: the side-by-side table and the JSON object.
 *
 * @param machine       where it ran
 * @param model         the recipe
 * @param row           the test row
 * @param trainNanos    training from the recipe's seed, now
 * @param reproduced    whether that training gave the quantized model every command uses (the cached one)
 * @param zk            the Groth16 proof of statement a (as {@code zk prove})
 * @param verifyWarm    the off-chain verifier after JIT warm-up
 * @param steps         the VM trace length
 * @param vmNanos       the VM run with checkpoints and state hashes (as {@code op run})
 * @param finalState    the final state hash
 * @param happy         the unchallenged claim on-chain (as {@code chain op --unchallenged})
 * @param disputed      the cheating submitter's claim and its dispute (as {@code chain op})
 * @param disputeNanos  wall time of the on-chain dispute (deployment included)
 * @param zkChain       the proof verified on-chain, or null when the kit has no on-chain Groth16 verifier
 * @param rpc           which chain
 * @param totalNanos    the whole tour
 */
record TourResult(Machine machine, String model, int row, long trainNanos, boolean reproduced, ZkCommand.ModelProof zk, Measurement verifyWarm, long steps, long vmNanos,
                  Bytes32 finalState, OptimisticRun.Result happy, OptimisticRun.Result disputed, long disputeNanos,
                  ZkOnChain zkChain, String rpc, long totalNanos) {

    /**
     * The Groth16 proof verified by a contract.
     *
     * @param verifyGas      gas of the verifying transaction, from its receipt
     * @param deployGas      gas to deploy the verifier
     * @param accepted       whether the contract accepted the proof
     * @param blocks         blocks from the last block before the verifying transaction to the one that included it
     */
    record ZkOnChain(long verifyGas, long deployGas, boolean accepted, long blocks) {}

    /** Gas of the happy optimistic path: submit, finalise after the window, claim the bond back. */
    long happyGas() {
        GameOutcome h = happy.outcome();
        return h.submitGas() + h.endGas() + h.claimGas();
    }

    /** The zk side: what the prover pays and what the verifier and chain see. */
    String zkPrivacy() {
        return "the input (public: the model, the output and the input's Poseidon commitment)";
    }

    String opPrivacy() {
        return "nothing: model and input must be public so that anyone can re-execute";
    }

    String zkTrust() {
        return "Groth16 is sound (q-type assumptions on BN254) and the setup's toxic waste was destroyed";
    }

    String opTrust() {
        return "1-of-N: at least one honest watcher re-executes and challenges within the window; data available";
    }

    String zkFinality() {
        return zkChain == null ? "one verifying transaction (not measured: no on-chain Groth16 verifier in this build)"
                : zkChain.blocks() + (zkChain.blocks() == 1 ? " block" : " blocks") + " (the verifying transaction)";
    }

    String opFinality() {
        return String.format("%,d s window unchallenged; ≤ %,d s disputed (+ %d moves × %,d s)", happy.finalityBoundSeconds(),
                disputed.finalityBoundSeconds(), 2 * disputed.outcome().rounds() + 1, disputed.params().responseWindow());
    }

    /** The side-by-side table (text). */
    String table() {
        ZkCommand.Outcome o = zk.outcome();
        GameOutcome d = disputed.outcome();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "zkML (Groth16, statement a)", "opML (bisection game on the VM)"});
        rows.add(new String[]{"work to claim", "prove " + Stopwatch.format(o.proveNanos()) + " (" + String.format("%,d", o.constraints())
                + " constraints; setup " + Stopwatch.format(o.setupNanos()) + " once)", "VM run " + Stopwatch.format(vmNanos) + " ("
                + String.format("%,d", steps) + " steps, hashed)"});
        rows.add(new String[]{"proof size", Proof.BYTES + " bytes", "no proof: a 32-byte state hash and the output"});
        rows.add(new String[]{"off-chain verify", Stopwatch.format(verifyWarm.nanosPerOperation()) + " (4 pairings)",
                "re-execute: " + Stopwatch.format(vmNanos)});
        rows.add(new String[]{"gas, honest claim", zkChain == null ? "n/a (no on-chain verifier yet)"
                : String.format("%,d verify (verifier deployed once: %,d)", zkChain.verifyGas(), zkChain.deployGas()),
                String.format("%,d submit + %,d finalise + %,d claim", happy.outcome().submitGas(), happy.outcome().endGas(), happy.outcome().claimGas())});
        rows.add(new String[]{"gas, cheater", "none: a false output has no valid proof",
                String.format("%,d submit; dispute %,d in %d rounds", d.submitGas(), d.totalDisputeGas(), d.rounds())});
        rows.add(new String[]{"cheater caught", "by the verifier, at once", d.winner() + " wins (" + d.ruling() + ")"});
        rows.add(new String[]{"time to finality", zkFinality(), opFinality()});
        rows.add(new String[]{"trust", zkTrust(), opTrust()});
        rows.add(new String[]{"stays private", zkPrivacy(), opPrivacy()});
        int[] w = new int[3];
        for (String[] r : rows) for (int i = 0; i < 3; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        sb.append("machine: ").append(machine.summary()).append('\n');
        sb.append("model: ").append(model).append(", test row ").append(row).append(", output ").append(java.util.Arrays.toString(zk.circuit().output())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            sb.append(String.format("%-" + w[0] + "s | %-" + w[1] + "s | %s%n", r[0], r[1], r[2]));
            if (i == 0) sb.append("-".repeat(w[0])).append("-+-").append("-".repeat(w[1])).append("-+-").append("-".repeat(w[2])).append('\n');
        }
        sb.append("chain: ").append(rpc).append("; tour ").append(Stopwatch.format(totalNanos)).append('\n');
        return sb.toString();
    }

    /** The JSON object of {@code tour --json} (the report path added by the command). */
    Map<String, Object> json() {
        ZkCommand.Outcome o = zk.outcome();
        GameOutcome d = disputed.outcome(), h = happy.outcome();
        Map<String, Object> m = TourCommand.map();
        Map<String, Object> mach = TourCommand.map();
        mach.put("cpuModel", machine.cpuModel());
        mach.put("cores", machine.cores());
        mach.put("memoryBytes", machine.memoryBytes());
        mach.put("maxHeapBytes", machine.maxHeapBytes());
        mach.put("jvm", machine.jvm());
        mach.put("os", machine.os());
        m.put("machine", mach);
        m.put("model", model);
        m.put("input", row);
        m.put("trainMs", trainNanos / 1e6);
        m.put("reproducesTheCommandsModel", reproduced);
        m.put("output", zk.circuit().output());
        Map<String, Object> z = TourCommand.map();
        z.put("statement", "a");
        z.put("constraints", o.constraints());
        z.put("wires", o.wires());
        z.put("publicInputs", o.publicInputs().size());
        z.put("compileMs", ZkCommand.ms(zk.compileNanos()));
        z.put("setupMs", ZkCommand.ms(o.setupNanos()));
        z.put("proveMs", ZkCommand.ms(o.proveNanos()));
        z.put("verifyMs", ZkCommand.ms(o.verifyNanos()));
        z.put("verifyWarmMs", verifyWarm.nanosPerOperation() / 1e6);
        z.put("proofBytes", Proof.BYTES);
        z.put("verified", o.verdict().accepted());
        z.put("verifyGas", zkChain == null ? null : zkChain.verifyGas());
        z.put("verifierDeployGas", zkChain == null ? null : zkChain.deployGas());
        z.put("verifiedOnChain", zkChain == null ? null : zkChain.accepted());
        z.put("finalityBlocks", zkChain == null ? null : zkChain.blocks());
        z.put("trust", zkTrust());
        z.put("private", zkPrivacy());
        m.put("zk", z);
        Map<String, Object> op = TourCommand.map();
        op.put("steps", steps);
        op.put("finalStateHash", finalState.hex());
        op.put("vmRunMs", vmNanos / 1e6);
        op.put("k", d.k());
        op.put("cheatStep", disputed.cheatStep());
        op.put("requestGas", d.requestGas());
        op.put("submitGas", d.submitGas());
        op.put("challengeGas", d.challengeGas());
        op.put("oneStepGas", d.oneStepGas());
        op.put("claimGas", d.claimGas());
        op.put("totalDisputeGas", d.totalDisputeGas());
        op.put("rounds", d.rounds());
        op.put("disputedStep", d.leaf());
        op.put("winner", d.winner());
        op.put("honest", d.honest());
        op.put("ruling", d.ruling());
        op.put("bondsConserved", d.bondsConserved() && h.bondsConserved());
        op.put("disputeMs", disputeNanos / 1e6);
        op.put("deployGas", Map.of("OneStep", disputed.oneStepDeployGas(), "BisectionGame", disputed.gameDeployGas()));
        op.put("challengeWindowSeconds", disputed.params().challengeWindow());
        op.put("moveTimeoutSeconds", disputed.params().responseWindow());
        op.put("finalityBoundSeconds", disputed.finalityBoundSeconds());
        Map<String, Object> u = TourCommand.map();
        u.put("submitGas", h.submitGas());
        u.put("finalizeGas", h.endGas());
        u.put("claimGas", h.claimGas());
        u.put("totalGas", happyGas());
        u.put("winner", h.winner());
        u.put("finalitySeconds", happy.finalityBoundSeconds());
        u.put("chainSeconds", happy.chainSeconds());
        op.put("unchallenged", u);
        op.put("trust", opTrust());
        op.put("private", opPrivacy());
        m.put("op", op);
        m.put("chainId", d.chainId());
        m.put("rpc", rpc);
        m.put("ms", totalNanos / 1e6);
        return m;
    }
}
