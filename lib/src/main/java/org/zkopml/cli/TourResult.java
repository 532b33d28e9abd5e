package org.zkopml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.GameOutcome;
import org.zkopml.compare.ProvenCircuit;
import org.zkopml.compare.Tour;
import org.zkopml.groth16.Proof;
import org.zkopml.lab.Stopwatch;

/**
 * What {@code ./kit tour} prints: the {@link Tour}'s figures as the side-by-side table ({@link #table()}, also the
 * report's) and as one JSON object.
 *
 * @param tour   what the tour measured
 * @param report the HTML report's path
 */
record TourResult(Tour tour, Path report) implements CommandResult {
    /** Which chain, as the tour's output names it. */
    String rpc() {
        return ChainCommand.rpc(tour.localNode(), tour.url(), "the tour");
    }

    /** The side-by-side table's rows, the header first. */
    List<String[]> rows() {
        ProvenCircuit o = tour.zk().proven();
        GameOutcome d = tour.disputed().outcome(), h = tour.happy().outcome();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "zkML (Groth16, statement a)", "opML (bisection game on the VM)"});
        rows.add(new String[]{"work to claim", "prove " + Stopwatch.format(o.proveNanos()) + " (" + String.format("%,d", o.constraints())
                + " constraints; setup " + Stopwatch.format(o.setupNanos()) + " once)", "VM run " + Stopwatch.format(tour.vm().nanos()) + " ("
                + String.format("%,d", tour.vm().steps()) + " steps, hashed)"});
        rows.add(new String[]{"proof size", Proof.BYTES + " bytes", "no proof: a 32-byte state hash and the output"});
        rows.add(new String[]{"off-chain verify", Stopwatch.format(tour.verifyWarm().nanosPerOperation()) + " (4 pairings)",
                "re-execute: " + Stopwatch.format(tour.vm().nanos())});
        rows.add(new String[]{"gas, honest claim", String.format("%,d verify (verifier deployed once: %,d)", tour.zkChain().verifyGas(), tour.zkChain().deployGas()),
                String.format("%,d submit + %,d finalise + %,d claim", h.submitGas(), h.endGas(), h.claimGas())});
        rows.add(new String[]{"gas, cheater", "none: a false output has no valid proof",
                String.format("%,d submit; dispute %,d in %d rounds", d.submitGas(), d.totalDisputeGas(), d.rounds())});
        rows.add(new String[]{"cheater caught", "by the verifier, at once", d.winner() + " wins (" + d.ruling() + ")"});
        rows.add(new String[]{"time to finality", tour.zkFinality(), tour.opFinality()});
        rows.add(new String[]{"trust", tour.zkTrust(), tour.opTrust()});
        rows.add(new String[]{"stays private", tour.zkPrivacy(), tour.opPrivacy()});
        return rows;
    }

    /** The side-by-side table (text), with the machine, model and chain. */
    String table() {
        List<String[]> rows = rows();
        int[] w = new int[3];
        for (String[] r : rows) for (int i = 0; i < 3; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        sb.append("machine: ").append(tour.machine().summary()).append('\n');
        sb.append("model: ").append(tour.model()).append(", test row ").append(tour.row()).append(", output ")
                .append(Arrays.toString(tour.zk().circuit().output())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            sb.append(String.format("%-" + w[0] + "s | %-" + w[1] + "s | %s%n", r[0], r[1], r[2]));
            if (i == 0) sb.append("-".repeat(w[0])).append("-+-").append("-".repeat(w[1])).append("-+-").append("-".repeat(w[2])).append('\n');
        }
        sb.append("chain: ").append(rpc()).append("; tour ").append(Stopwatch.format(tour.totalNanos())).append('\n');
        return sb.toString();
    }

    @Override
    public String text() {
        return table() + "\nreport: " + report.toAbsolutePath() + "\n";
    }

    /** The JSON object of {@code tour --json}. */
    @Override
    public Map<String, Object> json() {
        ProvenCircuit o = tour.zk().proven();
        GameOutcome d = tour.disputed().outcome(), h = tour.happy().outcome();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("machine", new MachineCommand.Described(tour.machine()).json());
        m.put("model", tour.model());
        m.put("input", tour.row());
        m.put("trainMs", tour.trainNanos() / 1e6);
        m.put("reproducesTheCommandsModel", tour.reproduced());
        m.put("output", tour.zk().circuit().output());
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("statement", "a");
        z.put("constraints", o.constraints());
        z.put("wires", o.wires());
        z.put("publicInputs", o.publicInputs().size());
        z.put("compileMs", ZkCommand.ms(tour.zk().compileNanos()));
        z.put("setupMs", ZkCommand.ms(o.setupNanos()));
        z.put("proveMs", ZkCommand.ms(o.proveNanos()));
        z.put("verifyMs", ZkCommand.ms(o.verifyNanos()));
        z.put("verifyWarmMs", tour.verifyWarm().nanosPerOperation() / 1e6);
        z.put("proofBytes", Proof.BYTES);
        z.put("verified", o.verdict().accepted());
        z.put("verifyGas", tour.zkChain().verifyGas());
        z.put("verifierDeployGas", tour.zkChain().deployGas());
        z.put("verifiedOnChain", tour.zkChain().accepted());
        z.put("finalityBlocks", tour.zkChain().blocks());
        z.put("trust", tour.zkTrust());
        z.put("private", tour.zkPrivacy());
        m.put("zk", z);
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("steps", tour.vm().steps());
        op.put("finalStateHash", tour.vm().finalState().hex());
        op.put("vmRunMs", tour.vm().nanos() / 1e6);
        op.put("k", d.k());
        op.put("cheatStep", tour.disputed().cheatStep());
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
        op.put("disputeMs", tour.disputeNanos() / 1e6);
        op.put("deployGas", Map.of("OneStep", tour.disputed().oneStepDeployGas(), "BisectionGame", tour.disputed().gameDeployGas()));
        op.put("challengeWindowSeconds", tour.disputed().params().challengeWindow());
        op.put("moveTimeoutSeconds", tour.disputed().params().responseWindow());
        op.put("finalityBoundSeconds", tour.disputed().finalityBoundSeconds());
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("submitGas", h.submitGas());
        u.put("finalizeGas", h.endGas());
        u.put("claimGas", h.claimGas());
        u.put("totalGas", tour.happyGas());
        u.put("winner", h.winner());
        u.put("finalitySeconds", tour.happy().finalityBoundSeconds());
        u.put("chainSeconds", tour.happy().chainSeconds());
        op.put("unchallenged", u);
        op.put("trust", tour.opTrust());
        op.put("private", tour.opPrivacy());
        m.put("op", op);
        m.put("chainId", d.chainId());
        m.put("rpc", rpc());
        m.put("ms", tour.totalNanos() / 1e6);
        m.put("report", report.toString());
        return m;
    }
}
