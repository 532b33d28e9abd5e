package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.lab.Stopwatch;
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
 * model's inference on one test row (Hyrax-committed weights, logUp for requantization and ReLU), or of a
 * random N×N integer matrix product (Thaler's protocol), with its commit, prove and verify times and its
 * size. Progress and durations on stderr; with {@code --json} one object on stdout. Exit 0 when the proof
 * verified, 1 on a rejected input (unknown model, a row outside the test set, an unsupported model) or a
 * failed verification, 2 on wrong usage.
 */
@Command(name = "sumcheck", mixinStandardHelpOptions = true,
        description = "Prove and verify with the sumcheck protocol: a whole model on one test row, or a random N×N matrix product.")
final class ZkSumcheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Exactly one of a model (with --input) or a matrix size. */
    static final class Target {
        @Option(names = "--model", paramLabel = "NAME", description = "An MLP or linear recipe, e.g. digits-mlp (see: model list).")
        String model;

        @Option(names = "--matmul", paramLabel = "N", description = "Prove a random N×N integer matrix product (1 ≤ N ≤ 4096).")
        Integer matmul;
    }

    @Option(names = "--input", paramLabel = "ROW", description = "Test row to prove (with --model; default: ${DEFAULT-VALUE}).")
    int row = 0;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random matrices (with --matmul; default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return Guarded.run(spec, () -> target.model != null ? model() : matmul());
    }

    private int model() {
        PrintWriter err = spec.commandLine().getErr();
        TrainedModel trained = ModelCommand.train(target.model, err);
        if (row < 0 || row >= trained.testRows()) {
            throw new IllegalArgumentException("--input " + row + " is not a test row of " + target.model + " (0.." + (trained.testRows() - 1) + ")");
        }
        QuantizedModel q = trained.quantized();
        long[] x = trained.testInput(row, TrainedModel.DEFAULT_SCALE_BITS);
        Stopwatch.Timed<CommittedModel> committed;
        Stopwatch.Timed<ModelProof> proof;
        Stopwatch.Timed<Verdict<Integer>> verdict;
        try (ProgressBar bar = ProgressBars.of("zk sumcheck " + target.model, 3)) {
            committed = Stopwatch.time(() -> CommittedModel.commit(q));
            bar.step();
            proof = Stopwatch.time(() -> ModelProver.prove(committed.value(), q, x));
            bar.step();
            verdict = Stopwatch.time(() -> ModelVerifier.verify(committed.value(), x, proof.value()));
            bar.step();
        }
        err.println("committed in " + Stopwatch.format(committed.nanos()) + ", proved in " + Stopwatch.format(proof.nanos())
                + ", verified in " + Stopwatch.format(verdict.nanos()));
        err.flush();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", target.model);
        o.put("input", row);
        o.put("parameters", q.parameters());
        o.put("layers", proof.value().layers());
        o.put("predicted", q.predict(x));
        o.put("commitMs", committed.nanos() / 1e6);
        o.put("proveMs", proof.nanos() / 1e6);
        o.put("verifyMs", verdict.nanos() / 1e6);
        o.put("proofBytes", proof.value().proofBytes());
        o.put("commitmentBytes", committed.value().bytes());
        o.put("verified", verdict.value().accepted());
        o.put("reason", verdict.value().reason());
        return print(o, verdict.value().accepted(), verdict.value().accepted()
                ? target.model + " row " + row + ": class " + verdict.value().value() + " proven (" + proof.value().layers() + " dense layers)"
                : target.model + " row " + row + ": REJECTED: " + verdict.value().reason());
    }

    private int matmul() {
        int n = target.matmul;
        if (n < 1 || n > 4096) throw new IllegalArgumentException("--matmul " + n + " is outside 1..4096");
        PrintWriter err = spec.commandLine().getErr();
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
        try (ProgressBar bar = ProgressBars.of("zk sumcheck matmul " + n, 4)) {
            y = Stopwatch.time(() -> MatMul.multiply(w, x));
            bar.step();
            committed = Stopwatch.time(() -> MatMul.commitWeights(w));
            bar.step();
            proof = Stopwatch.time(() -> MatMul.prove(committed.value(), w, x, y.value()));
            bar.step();
            verdict = Stopwatch.time(() -> MatMul.verify(committed.value(), x, y.value(), proof.value()));
            bar.step();
        }
        err.println("multiplied in " + Stopwatch.format(y.nanos()) + ", committed to W in " + Stopwatch.format(committed.nanos())
                + ", proved in " + Stopwatch.format(proof.nanos()) + ", verified in " + Stopwatch.format(verdict.nanos())
                + " (single run, no JIT warm-up: see bench/ for steady-state figures)");
        err.flush();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("matmul", n);
        o.put("seed", seed);
        o.put("multiplications", (long) n * n * n);
        o.put("layers", 1);
        o.put("multiplyMs", y.nanos() / 1e6);
        o.put("commitMs", committed.nanos() / 1e6);
        o.put("proveMs", proof.nanos() / 1e6);
        o.put("verifyMs", verdict.nanos() / 1e6);
        o.put("proofBytes", proof.value().bytes());
        o.put("commitmentBytes", committed.value().bytes());
        o.put("verified", verdict.value().accepted());
        o.put("reason", verdict.value().reason());
        return print(o, verdict.value().accepted(), n + "×" + n + " product: " + (verdict.value().accepted() ? "verified" : "REJECTED: " + verdict.value().reason()));
    }

    private int print(Map<String, Object> o, boolean ok, String headline) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(o));
        } else {
            out.println(headline);
            for (Map.Entry<String, Object> e : o.entrySet()) {
                if (e.getKey().equals("reason")) continue;
                out.printf("  %-16s %s%n", e.getKey(), e.getValue());
            }
            out.println("  " + o.get("reason"));
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
