package org.zkopml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.compare.GptTour;
import org.zkopml.compare.ProvenCircuit;
import org.zkopml.compare.ProvenGpt;
import org.zkopml.compare.Tour;
import org.zkopml.groth16.Proof;
import org.zkopml.lab.Stopwatch;

/**
 * What {@code ./kit tour --model gpt-tiny} prints: the {@link GptTour}'s figures as the side-by-side table and as one
 * JSON object — the zk column says what it covers (the whole pass by sumcheck, one head by Groth16) and what it does
 * not (a Groth16 proof of the whole model, an on-chain verifier for the sumcheck proof).
 *
 * @param tour   what the tour measured
 * @param report the HTML report's path
 */
record GptTourResult(GptTour tour, Path report) implements TourPage {




    @Override
    public Run run() {
        return new Run(tour.machine(), "model: " + tour.model() + ", test prompt " + tour.row() + " \"" + tour.sumcheck().promptText() + "\", next token '" + tour.nextToken() + "'", ChainCommand.rpc(tour.localNode(), tour.url(), "the tour"),
                tour.totalNanos(), tour.happy(), tour.disputed());
    }

    @Override
    public List<String[]> rows() {
        ProvenGpt s = tour.sumcheck();
        ProvenCircuit h = tour.head();
        OptimisticRun.Result d = tour.disputed(), u = tour.happy();
        Tour.ZkOnChain c = tour.headChain();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "zkML (sumcheck: the whole pass; Groth16: one attention head)", "opML (bisection game on the VM)"});
        rows.add(new String[]{"work to claim", "sumcheck prove " + Stopwatch.format(s.proveNanos()) + " (" + s.proof().relations().size() + " relations, "
                + s.proof().lookups().size() + " lookups; weights committed once in " + Stopwatch.format(s.commitNanos()) + "); one head: Groth16 prove "
                + Stopwatch.format(h.proveNanos()) + " (" + String.format("%,d", h.constraints()) + " constraints; setup " + Stopwatch.format(h.setupNanos()) + " once)",
                "VM run " + Stopwatch.format(tour.vm().nanos()) + " (" + String.format("%,d", tour.vm().steps()) + " steps, hashed)"});
        rows.add(new String[]{"proof size", String.format("sumcheck %,d bytes; one head %d bytes", s.proof().proofBytes(), Proof.BYTES),
                "no proof: a 32-byte state hash and the output"});
        rows.add(new String[]{"off-chain verify", "sumcheck " + Stopwatch.format(s.verifyNanos()) + "; one head " + Stopwatch.format(tour.headVerifyWarm().nanosPerOperation())
                + " (4 pairings)", "re-execute: " + Stopwatch.format(tour.vm().nanos())});
        rows.add(new String[]{"gas, honest claim", (c == null ? String.format("none: the head's verifier (%,d bytes of init code for %d public inputs) is over "
                + "EIP-3860's %,d", tour.headVerifierBytes(), h.publicInputs().size(), GptTour.MAX_INIT_CODE)
                : String.format("one head: %,d verify (verifier deployed once: %,d)", c.verifyGas(), c.deployGas())) + "; the whole pass: no verifier contract here",
                String.format("%,d submit + %,d finalise + %,d withdraw", u.submitGas(), u.finalizeGas(), u.withdrawGas())});
        rows.add(new String[]{"gas, cheater", "none: a false output has no valid proof",
                String.format("%,d submit; dispute %,d in %d rounds", d.submitGas(), d.totalDisputeGas(), d.result().rounds())});
        rows.add(new String[]{"cheater caught", "by the verifier, at once", d.result().winner().label() + " wins (" + d.result().resolution() + ")"});
        rows.add(new String[]{"time to finality", c == null ? "off-chain only (no verifier contract)"
                : c.blocks() + (c.blocks() == 1 ? " block" : " blocks") + " for the head's proof; the whole pass off-chain only",
                String.format("%,d s window unchallenged; ≤ %,d s disputed (+ %d moves × %,d s)", tour.happy().finalityBoundSeconds(),
                        tour.disputed().finalityBoundSeconds(), 2 * d.result().rounds() + 1, tour.disputed().rules().responseWindow())});
        rows.add(new String[]{"what is proven", tour.zkScope(), "the whole pass, by re-execution of one disputed step"});
        rows.add(new String[]{"trust", tour.zkTrust(), tour.opTrust()});
        rows.add(new String[]{"stays private", tour.zkPrivacy(), "nothing: model and input must be public so that anyone can re-execute"});
        return rows;
    }

    @Override
    public Map<String, Number> zkGas() {
        return tour.headChain() == null ? Map.of() : Map.of("zk: verify one head", tour.headChain().verifyGas());
    }

    @Override
    public Map<String, Number> millis() {
        ProvenGpt s = tour.sumcheck();
        ProvenCircuit h = tour.head();
        Map<String, Number> t = new LinkedHashMap<>();
        t.put("zk sumcheck commit (once)", s.commitNanos() / 1e6);
        t.put("zk sumcheck prove", s.proveNanos() / 1e6);
        t.put("zk sumcheck verify", s.verifyNanos() / 1e6);
        t.put("zk head setup (once)", h.setupNanos() / 1e6);
        t.put("zk head prove", h.proveNanos() / 1e6);
        t.put("op VM run", tour.vm().nanos() / 1e6);
        t.put("op dispute on-chain", tour.disputeNanos() / 1e6);
        return t;
    }

    @Override
    public String commandsHtml() {
        return "The same figures come from <code>./kit zk sumcheck --model gpt-tiny --input " + tour.row() + "</code>, <code>./kit op run --model gpt-tiny --input "
                + tour.row() + "</code> and <code>./kit chain op --model gpt-tiny --input " + tour.row() + "</code> (with <code>--unchallenged</code> for the honest "
                + "claim); the head's proof is in <code>zk/</code> beside this page in snarkjs's layout (<code>snarkjs groth16 verify</code>).";
    }

    /** The JSON object of {@code tour --model gpt-tiny --json}. */
    @Override
    public Map<String, Object> json() {
        ProvenGpt s = tour.sumcheck();
        ProvenCircuit h = tour.head();
        Tour.ZkOnChain c = tour.headChain();
        Map<String, Object> sumcheck = Json.object("parameters", s.parameters(), "macs", s.macs(), "layers", s.committed().config().layers(),
                "commitMs", s.commitNanos() / 1e6, "proveMs", s.proveNanos() / 1e6, "verifyMs", s.verifyNanos() / 1e6,
                "proofBytes", s.proof().proofBytes(), "commitmentBytes", s.committed().bytes(), "relations", s.proof().relations().size(),
                "lookups", s.proof().lookups().size(), "sumchecks", s.proof().sumchecks(), "verified", s.verdict().accepted(), "reason", s.verdict().reason());
        Map<String, Object> head = Json.object("statement", "c", "block", 1, "head", GptTour.HEAD, "constraints", h.constraints(), "wires", h.wires(),
                "publicInputs", h.publicInputs().size(), "setupMs", ZkCommand.ms(h.setupNanos()), "proveMs", ZkCommand.ms(h.proveNanos()),
                "verifyMs", ZkCommand.ms(h.verifyNanos()), "verifyWarmMs", tour.headVerifyWarm().nanosPerOperation() / 1e6, "proofBytes", Proof.BYTES,
                "verified", h.verdict().accepted(), "verifierInitCodeBytes", tour.headVerifierBytes(), "verifiedOnChain", c != null && c.accepted());
        if (c != null) {
            head.put("verifyGas", c.verifyGas());
            head.put("verifierDeployGas", c.deployGas());
            head.put("finalityBlocks", c.blocks());
        } else {
            head.put("onChain", "not deployable: " + tour.headVerifierBytes() + " bytes of init code, over EIP-3860's " + GptTour.MAX_INIT_CODE);
        }
        Map<String, Object> zk = Json.object("sumcheck", sumcheck, "head", head, "scope", tour.zkScope(), "wholeModelGroth16",
                "out of reach: one head alone is " + String.format("%,d", h.constraints()) + " constraints", "trust", tour.zkTrust(), "private", tour.zkPrivacy());
        Map<String, Object> op = TourResult.op(tour.vm(), tour.happy(), tour.disputed(), tour.disputeNanos(), tour.opTrust(),
                "nothing: model and input must be public so that anyone can re-execute");
        return Json.object("machine", new MachineCommand.Described(tour.machine()).json(), "model", tour.model(), "input", tour.row(),
                "prompt", s.promptText(), "trainMs", tour.trainNanos() / 1e6, "reproducesTheCommandsModel", tour.reproduced(),
                "output", new long[] {s.verdict().value()}, "nextToken", tour.nextToken(), "zk", zk, "op", op, "chainId", tour.disputed().chainId(),
                "rpc", run().rpc(), "ms", tour.totalNanos() / 1e6, "report", report.toString());
    }
}
