package org.zkopml.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.compare.ProvenCircuit;
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
record TourResult(Tour tour, Path report) implements CommandResult {
    /** Which chain, as the tour's output names it. */
    String rpc() {
        return ChainCommand.rpc(tour.localNode(), tour.url(), "the tour");
    }

    /** The side-by-side table's rows, the header first. */
    List<String[]> rows() {
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

    /** The terminal's width the text table is laid out for (the report keeps the wide table). */
    static final int COLUMNS = 100;

    /** The side-by-side table (text), with the machine, model and chain, within {@link #COLUMNS} columns. */
    String table() {
        StringBuilder sb = new StringBuilder();
        for (String line : wrap("machine: " + tour.machine().summary(), COLUMNS)) sb.append(line).append('\n');
        sb.append("model: ").append(tour.model()).append(", test row ").append(tour.row()).append(", output ")
                .append(Arrays.toString(tour.zk().circuit().output())).append('\n');
        for (String line : layout(rows(), COLUMNS)) sb.append(line).append('\n');
        for (String line : wrap("chain: " + rpc() + "; tour " + Stopwatch.format(tour.totalNanos()), COLUMNS)) sb.append(line).append('\n');
        return sb.toString();
    }

    /**
     * Three columns within {@code width} characters: the label column as wide as its longest label (at most
     * 20), the two others sharing the rest; a cell's words wrap onto as many lines as it needs, and a rule
     * follows the header row.
     */
    static List<String> layout(List<String[]> rows, int width) {
        int w0 = 0;
        for (String[] r : rows) w0 = Math.max(w0, r[0].length());
        w0 = Math.min(w0, 20);
        int w1 = (width - w0 - 6) / 2, w2 = width - w0 - 6 - w1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> a = wrap(rows.get(i)[0], w0), b = wrap(rows.get(i)[1], w1), c = wrap(rows.get(i)[2], w2);
            int n = Math.max(a.size(), Math.max(b.size(), c.size()));
            for (int k = 0; k < n; k++) {
                String line = String.format("%-" + w0 + "s | %-" + w1 + "s | %s", k < a.size() ? a.get(k) : "", k < b.size() ? b.get(k) : "",
                        k < c.size() ? c.get(k) : "");
                out.add(line.stripTrailing());
            }
            if (i == 0) out.add("-".repeat(w0) + "-+-" + "-".repeat(w1) + "-+-" + "-".repeat(w2));
        }
        return out;
    }

    /** The text's words in lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    @Override
    public String text() {
        return table() + "\nreport: " + report.toAbsolutePath() + "\n";
    }

    /** The JSON object of {@code tour --json}. */
    @Override
    public Map<String, Object> json() {
        ProvenCircuit o = tour.zk().proven();
        OptimisticRun.Result d = tour.disputed(), h = tour.happy();
        Tour.ZkOnChain c = tour.zkChain();
        Map<String, Object> zk = Json.object("statement", "a", "constraints", o.constraints(), "wires", o.wires(),
                "publicInputs", o.publicInputs().size(), "compileMs", ZkCommand.ms(tour.zk().compileNanos()),
                "setupMs", ZkCommand.ms(o.setupNanos()), "proveMs", ZkCommand.ms(o.proveNanos()), "verifyMs", ZkCommand.ms(o.verifyNanos()),
                "verifyWarmMs", tour.verifyWarm().nanosPerOperation() / 1e6, "proofBytes", Proof.BYTES, "verified", o.verdict().accepted(),
                "verifyGas", c.verifyGas(), "verifierDeployGas", c.deployGas(), "verifiedOnChain", c.accepted(), "finalityBlocks", c.blocks(),
                "trust", tour.zkTrust(), "private", tour.zkPrivacy());
        Map<String, Object> unchallenged = Json.object("submitGas", h.submitGas(), "finalizeGas", h.finalizeGas(), "withdrawGas", h.withdrawGas(),
                "totalGas", tour.happyGas(), "winner", h.result().winner().label(), "finalitySeconds", h.finalityBoundSeconds(),
                "chainSeconds", h.chainSeconds());
        Map<String, Object> op = Json.object("steps", tour.vm().steps(), "finalStateHash", tour.vm().finalState().hex(),
                "vmRunMs", tour.vm().nanos() / 1e6, "k", d.result().k(), "cheatStep", d.result().cheatStep().orElse(-1),
                "requestGas", d.requestGas(), "submitGas", d.submitGas(), "challengeGas", d.challengeGas(), "oneStepGas", d.oneStepGas(),
                "withdrawGas", d.withdrawGas(), "totalDisputeGas", d.totalDisputeGas(), "rounds", d.result().rounds(),
                "disputedStep", d.result().disputedStep().orElse(-1), "winner", d.result().winner().label(), "honest", d.result().honest().label(),
                "ruling", d.result().resolution(), "bondsConserved", d.bondsConserved() && h.bondsConserved(),
                "disputeMs", tour.disputeNanos() / 1e6,
                "deployGas", Map.of("OneStep", d.oneStepDeployGas(), "BisectionGame", d.gameDeployGas()),
                "challengeWindowSeconds", d.rules().challengeWindow(), "moveTimeoutSeconds", d.rules().responseWindow(),
                "finalityBoundSeconds", tour.disputed().finalityBoundSeconds(), "unchallenged", unchallenged,
                "trust", tour.opTrust(), "private", tour.opPrivacy());
        return Json.object("machine", new MachineCommand.Described(tour.machine()).json(), "model", tour.model(), "input", tour.row(),
                "trainMs", tour.trainNanos() / 1e6, "reproducesTheCommandsModel", tour.reproduced(), "output", tour.zk().circuit().output(),
                "zk", zk, "op", op, "chainId", d.chainId(), "rpc", rpc(), "ms", tour.totalNanos() / 1e6, "report", report.toString());
    }
}
