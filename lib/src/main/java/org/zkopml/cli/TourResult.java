package org.zkopml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.compare.ProvenCircuit;
import org.zkopml.compare.VmRun;
import org.zkopml.compare.Tour;
import org.zkopml.groth16.Proof;
import org.zkopml.lab.Stopwatch;

/**
 * What {@code ./kit tour} prints: the {@link Tour}'s figures as the side-by-side table ({@link #table()}, wrapped within
 * 100 columns for a terminal; the HTML report shows the same {@link #rows()} unwrapped) and as one JSON object.
 *
 * @param tour   what the tour measured
 * @param report the HTML report's path
 */
record TourResult(Tour tour, Path report) implements TourPage {
    @Override
    public Run run() {
        return new Run(tour.machine(), "model: " + tour.model() + ", test row " + tour.row() + ", output " + Arrays.toString(tour.zk().circuit().output()), ChainCommand.rpc(tour.localNode(), tour.url(), "the tour"),
                tour.totalNanos(), tour.happy(), tour.disputed());
    }

    /** The side-by-side table's rows, the header first. */
    @Override
    public List<String[]> rows() {
        ProvenCircuit o = tour.zk().proven();
        OptimisticRun.Result d = tour.disputed(), h = tour.happy();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "zkML (Groth16, statement a)", "opML (bisection game on the VM)"});
        rows.add(new String[]{"work to claim", "prove " + Stopwatch.format(o.proveNanos()) + " (" + String.format("%,d", o.constraints())
                + " constraints; setup " + Stopwatch.format(o.setupNanos()) + " once)", "VM run " + Stopwatch.format(tour.vm().nanos()) + " ("
                + String.format("%,d", tour.vm().steps()) + " steps, hashed)"});
        rows.add(new String[]{"proof size", Proof.BYTES + " bytes", "no proof: a 32-byte state hash and the output"});
        rows.add(new String[]{"off-chain verify", Stopwatch.format(tour.verifyWarm().nanosPerOperation()) + " (4 pairings)",
                "re-execute: " + Stopwatch.format(tour.vm().nanos())});
        rows.add(new String[]{"gas, honest claim", String.format("%,d verify (verifier deployed once: %,d)", tour.zkChain().verifyGas(), tour.zkChain().deployGas()),
                String.format("%,d submit + %,d finalise + %,d withdraw", h.submitGas(), h.finalizeGas(), h.withdrawGas())});
        rows.add(new String[]{"gas, cheater", "none: a false output has no valid proof",
                String.format("%,d submit; dispute %,d in %d rounds", d.submitGas(), d.totalDisputeGas(), d.result().rounds())});
        rows.add(new String[]{"cheater caught", "by the verifier, at once", d.result().winner().label() + " wins (" + d.result().resolution() + ")"});
        rows.add(new String[]{"time to finality", tour.zkFinality(), tour.opFinality()});
        rows.add(new String[]{"trust", tour.zkTrust(), tour.opTrust()});
        rows.add(new String[]{"stays private", tour.zkPrivacy(), tour.opPrivacy()});
        return rows;
    }




    @Override
    public Map<String, Number> zkGas() {
        return Map.of("zk: verify", tour.zkChain().verifyGas());
    }

    @Override
    public Map<String, Number> millis() {
        ProvenCircuit o = tour.zk().proven();
        Map<String, Number> t = new LinkedHashMap<>();
        t.put("zk setup (once)", o.setupNanos() / 1e6);
        t.put("zk prove", o.proveNanos() / 1e6);
        t.put("zk verify", tour.verifyWarm().nanosPerOperation() / 1e6);
        t.put("op VM run", tour.vm().nanos() / 1e6);
        t.put("op dispute on-chain", tour.disputeNanos() / 1e6);
        return t;
    }

    @Override
    public String commandsHtml() {
        return "The same figures come from <code>./kit zk prove --model " + TourReport.esc(tour.model()) + " --statement a --input " + tour.row()
                + " --out DIR</code>, <code>./kit op run</code>, <code>./kit chain zk</code> and <code>./kit chain op</code> (with <code>--unchallenged</code> "
                + "for the honest claim) with the same model and input.";
    }

    /** The JSON object of {@code tour --json}. */
    @Override
    public Map<String, Object> json() {
        ProvenCircuit o = tour.zk().proven();
        Tour.ZkOnChain c = tour.zkChain();
        Map<String, Object> zk = Json.object("statement", "a", "constraints", o.constraints(), "wires", o.wires(),
                "publicInputs", o.publicInputs().size(), "compileMs", ZkCommand.ms(tour.zk().compileNanos()),
                "setupMs", ZkCommand.ms(o.setupNanos()), "proveMs", ZkCommand.ms(o.proveNanos()), "verifyMs", ZkCommand.ms(o.verifyNanos()),
                "verifyWarmMs", tour.verifyWarm().nanosPerOperation() / 1e6, "proofBytes", Proof.BYTES, "verified", o.verdict().accepted(),
                "verifyGas", c.verifyGas(), "verifierDeployGas", c.deployGas(), "verifiedOnChain", c.accepted(), "finalityBlocks", c.blocks(),
                "trust", tour.zkTrust(), "private", tour.zkPrivacy());
        Map<String, Object> op = op(tour.vm(), tour.happy(), tour.disputed(), tour.disputeNanos(), tour.opTrust(), tour.opPrivacy());
        return Json.object("machine", new MachineCommand.Described(tour.machine()).json(), "model", tour.model(), "input", tour.row(),
                "trainMs", tour.trainNanos() / 1e6, "reproducesTheCommandsModel", tour.reproduced(), "output", tour.zk().circuit().output(),
                "zk", zk, "op", op, "chainId", tour.disputed().chainId(), "rpc", run().rpc(), "ms", tour.totalNanos() / 1e6, "report", report.toString());
    }

    /** The opML half of a tour's JSON: the VM run, the unchallenged claim and the dispute, from their receipts. */
    static Map<String, Object> op(VmRun vm, OptimisticRun.Result h, OptimisticRun.Result d, long disputeNanos, String trust, String privacy) {
        Map<String, Object> unchallenged = Json.object("submitGas", h.submitGas(), "finalizeGas", h.finalizeGas(), "withdrawGas", h.withdrawGas(),
                "totalGas", h.unchallengedGas(), "winner", h.result().winner().label(),
                "finalitySeconds", h.finalityBoundSeconds(), "chainSeconds", h.chainSeconds());
        return Json.object("steps", vm.steps(), "finalStateHash", vm.finalState().hex(),
                "vmRunMs", vm.nanos() / 1e6, "k", d.result().k(), "cheatStep", d.result().cheatStep().orElse(-1),
                "requestGas", d.requestGas(), "submitGas", d.submitGas(), "challengeGas", d.challengeGas(), "oneStepGas", d.oneStepGas(),
                "withdrawGas", d.withdrawGas(), "totalDisputeGas", d.totalDisputeGas(), "rounds", d.result().rounds(),
                "disputedStep", d.result().disputedStep().orElse(-1), "winner", d.result().winner().label(), "honest", d.result().honest().label(),
                "ruling", d.result().resolution(), "bondsConserved", d.bondsConserved() && h.bondsConserved(),
                "disputeMs", disputeNanos / 1e6,
                "deployGas", Map.of("OneStep", d.oneStepDeployGas(), "BisectionGame", d.gameDeployGas()),
                "challengeWindowSeconds", d.rules().challengeWindow(), "moveTimeoutSeconds", d.rules().responseWindow(),
                "finalityBoundSeconds", d.finalityBoundSeconds(), "unchallenged", unchallenged,
                "trust", trust, "private", privacy);
    }
}
