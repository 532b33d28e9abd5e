package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.SplittableRandom;
import org.zkopml.compare.Models;
import org.zkopml.compare.ProvenGpt;
import org.zkopml.compare.Progress;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.GptConfig;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;
import org.zkopml.sumcheck.CommittedModel;
import org.zkopml.sumcheck.HyraxCommitment;
import org.zkopml.sumcheck.MatMul;
import org.zkopml.sumcheck.MatMulProof;
import org.zkopml.sumcheck.ModelProof;
import org.zkopml.sumcheck.ModelProver;
import org.zkopml.sumcheck.ModelVerifier;
import org.zkopml.values.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit zk sumcheck --model NAME --input ROW} or {@code --matmul N}: a sumcheck proof of a whole
 * model's inference on one test row (Hyrax-committed weights, logUp for requantization and ReLU), of a transformer's
 * whole forward pass on one prompt ({@link ProvenGpt}: gpt-tiny's test prompt, a synthetic GPT's seeded prompt), or of a
 * random N×N integer matrix product (Thaler's protocol), with its commit, prove and verify times and its
 * size. Progress and durations on stderr; with {@code --json} one object on stdout. Exit 0 when the proof
 * verified, 1 on a rejected input (unknown model, a row outside the test set, an unsupported model) or a
 * failed verification, 2 on wrong usage (neither or both of --model and --matmul).
 */
@Command(name = "sumcheck", mixinStandardHelpOptions = true,
        description = "Prove and verify with the sumcheck protocol: a whole model (an MLP or linear recipe on one test row; a transformer — gpt-tiny, gpt-1m — on one prompt), or a random N×N matrix product.")
final class ZkSumcheckCommand extends ResultCommand.OnModelRow {
    @Option(names = "--matmul", paramLabel = "N", description = "Prove a random N×N integer matrix product (1 ≤ N ≤ 4096) instead of a model.")
    Integer matmul;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random matrices (with --matmul; default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    CommandResult result() {
        if (model.given() == (matmul != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --model NAME or --matmul N");
        }
        return model.given() ? model() : matmul();
    }

    private CommandResult model() {
        String name = model.name();
        if (Gpts.isGpt(name)) return gpt(name);
        int r = row();
        PrintWriter err = err();
        TrainedModel trained = Models.train(name, progress());
        QuantizedModel q = trained.quantized();
        long[] x = trained.testInput(r, TrainedModel.DEFAULT_SCALE_BITS);
        Stopwatch.Timed<CommittedModel> committed;
        Stopwatch.Timed<ModelProof> proof;
        Stopwatch.Timed<Verdict<Integer>> verdict;
        try (Progress.Task task = new BarProgress(err).task("zk sumcheck " + name, 3)) {
            committed = Stopwatch.time(() -> CommittedModel.commit(q));
            task.step();
            proof = Stopwatch.time(() -> ModelProver.prove(committed.value(), q, x));
            task.step();
            verdict = Stopwatch.time(() -> ModelVerifier.verify(committed.value(), x, proof.value()));
            task.step();
        }
        err.println("committed in " + Stopwatch.format(committed.nanos()) + ", proved in " + Stopwatch.format(proof.nanos())
                + ", verified in " + Stopwatch.format(verdict.nanos()));
        err.flush();
        return new ModelSummed(name, r, q.parameters(), q.predict(x), committed, proof, verdict);
    }

    /** The largest transformer this command proves (the prover holds its witness and padded weights in memory). */
    static final long MAX_GPT_PARAMETERS = 5_000_000;

    private CommandResult gpt(String name) {
        int r = row.forTask(name);
        GptConfig config = Gpts.config(name);
        if (config.parameters() > MAX_GPT_PARAMETERS) {
            throw new IllegalArgumentException(name + " has " + String.format("%,d", config.parameters()) + " parameters: the sumcheck prover here holds its witness and "
                    + "padded weights in memory (about 2.3 kB per parameter, measured on gpt-1m) and proves at most " + String.format("%,d", MAX_GPT_PARAMETERS)
                    + " here (gpt-tiny, gpt-1m); larger GPTs run and are disputed on the VM (op dispute)");
        }
        ProvenGpt p = ProvenGpt.prove(name, r, progress());
        return new GptSummed(p);
    }

    /**
     * What {@code zk sumcheck --model gpt-…} prints: the fields of the MLP's proof, the prompt and the prover's time per
     * parameter and per multiply–accumulate.
     *
     * @param proven the proof, its times and the verdict
     */
    record GptSummed(ProvenGpt proven) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            ProvenGpt p = proven;
            Map<String, Object> o = Json.object("model", p.model(), "input", p.row(), "prompt", p.promptText(), "parameters", p.parameters(),
                    "macs", p.macs(), "layers", p.committed().config().layers(), "predicted", p.reference(), "nextToken", p.token(p.reference()));
            o.putAll(figures(p.commitNanos(), p.proveNanos(), p.verifyNanos(), p.proof().proofBytes(), p.committed().bytes(), p.verdict()));
            o.put("proveNsPerParameter", p.proveNanosPerParameter());
            o.put("proveNsPerMac", p.proveNanosPerMac());
            o.put("sumchecks", p.proof().sumchecks());
            o.put("lookups", p.proof().lookups().size());
            o.put("relations", p.proof().relations().size());
            return o;
        }

        @Override
        public String text() {
            ProvenGpt p = proven;
            return lines(p.verdict().accepted()
                    ? p.model() + " prompt " + p.row() + " \"" + p.promptText() + "\": next token '" + p.token(p.verdict().value()) + "' proven ("
                    + p.committed().config().layers() + " transformer blocks, the whole forward pass)"
                    : p.model() + " prompt " + p.row() + ": REJECTED: " + p.verdict().reason(), json());
        }

        @Override
        public int exitCode() {
            return proven.verdict().accepted() ? 0 : 1;
        }
    }

    private CommandResult matmul() {
        int n = matmul;
        if (n < 1 || n > 4096) throw new IllegalArgumentException("--matmul " + n + " is outside 1..4096");
        PrintWriter err = err();
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] w = new long[n][n], x = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                w[i][k] = rnd.nextInt(-128, 128);
                x[i][k] = rnd.nextInt(-128, 128);
            }
        }
        Stopwatch.Timed<long[][]> y;
        Stopwatch.Timed<HyraxCommitment> committed;
        Stopwatch.Timed<MatMulProof> proof;
        Stopwatch.Timed<Verdict<Void>> verdict;
        try (Progress.Task task = new BarProgress(err).task("zk sumcheck matmul " + n, 4)) {
            y = Stopwatch.time(() -> MatMul.multiply(w, x));
            task.step();
            committed = Stopwatch.time(() -> MatMul.commitWeights(w));
            task.step();
            proof = Stopwatch.time(() -> MatMul.prove(committed.value(), w, x, y.value()));
            task.step();
            verdict = Stopwatch.time(() -> MatMul.verify(committed.value(), x, y.value(), proof.value()));
            task.step();
        }
        err.println("multiplied in " + Stopwatch.format(y.nanos()) + ", committed to W in " + Stopwatch.format(committed.nanos())
                + ", proved in " + Stopwatch.format(proof.nanos()) + ", verified in " + Stopwatch.format(verdict.nanos())
                + " (single run, no JIT warm-up: see bench/ for steady-state figures)");
        err.flush();
        return new MatMulSummed(n, seed, y, committed, proof, verdict);
    }

    /**
     * What {@code zk sumcheck --model} prints.
     *
     * @param model      the recipe
     * @param row        the test row
     * @param parameters the model's parameters
     * @param predicted  the reference inference's class
     * @param committed  the Hyrax commitment to the weights, timed
     * @param proof      the proof, timed
     * @param verdict    the verifier's verdict (the proven class), timed
     */
    record ModelSummed(String model, int row, long parameters, int predicted, Stopwatch.Timed<CommittedModel> committed,
                       Stopwatch.Timed<ModelProof> proof, Stopwatch.Timed<Verdict<Integer>> verdict) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> o = Json.object("model", model, "input", row, "parameters", parameters, "layers", proof.value().layers(),
                    "predicted", predicted);
            o.putAll(figures(committed.nanos(), proof.nanos(), verdict.nanos(), proof.value().proofBytes(), committed.value().bytes(), verdict.value()));
            return o;
        }

        @Override
        public String text() {
            return lines(verdict.value().accepted()
                    ? model + " row " + row + ": class " + verdict.value().value() + " proven (" + proof.value().layers() + " dense layers)"
                    : model + " row " + row + ": REJECTED: " + verdict.value().reason(), json());
        }

        @Override
        public int exitCode() {
            return verdict.value().accepted() ? 0 : 1;
        }
    }

    /**
     * What {@code zk sumcheck --matmul} prints.
     *
     * @param n         the matrices' size
     * @param seed      the seed of their entries
     * @param product   the product Y = W·X, timed
     * @param committed the Hyrax commitment to W, timed
     * @param proof     the proof, timed
     * @param verdict   the verifier's verdict, timed
     */
    record MatMulSummed(int n, long seed, Stopwatch.Timed<long[][]> product, Stopwatch.Timed<HyraxCommitment> committed,
                        Stopwatch.Timed<MatMulProof> proof, Stopwatch.Timed<Verdict<Void>> verdict) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> o = Json.object("matmul", n, "seed", seed, "multiplications", (long) n * n * n, "layers", 1,
                    "multiplyMs", product.nanos() / 1e6);
            o.putAll(figures(committed.nanos(), proof.nanos(), verdict.nanos(), proof.value().bytes(), committed.value().bytes(), verdict.value()));
            return o;
        }

        @Override
        public String text() {
            return lines(n + "×" + n + " product: " + (verdict.value().accepted() ? "verified" : "REJECTED: " + verdict.value().reason()), json());
        }

        @Override
        public int exitCode() {
            return verdict.value().accepted() ? 0 : 1;
        }
    }

    /** A sumcheck proof's times, sizes and verdict, the fields both kinds of proof print. */
    private static Map<String, Object> figures(long commitNanos, long proveNanos, long verifyNanos, long proofBytes, long commitmentBytes,
                                               Verdict<?> verdict) {
        return Json.object("commitMs", commitNanos / 1e6, "proveMs", proveNanos / 1e6, "verifyMs", verifyNanos / 1e6,
                "proofBytes", proofBytes, "commitmentBytes", commitmentBytes, "verified", verdict.accepted(), "reason", verdict.reason());
    }

    /** The text of a proof's figures: the headline, each figure on its own line, the verifier's reason last. */
    private static String lines(String headline, Map<String, Object> figures) {
        StringBuilder s = new StringBuilder(headline).append('\n');
        figures.forEach((k, v) -> {
            if (!k.equals("reason")) s.append(String.format("  %-16s %s%n", k, v));
        });
        return s.append("  ").append(figures.get("reason")).append('\n').toString();
    }
}
