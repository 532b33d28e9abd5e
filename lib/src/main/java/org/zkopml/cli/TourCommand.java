package org.zkopml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.chain.Groth16VerifierContract;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OnChainGame;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.chain.Receipt;
import org.zkopml.chain.VmTrace;
import org.zkopml.circuit.Statement;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.Task;
import org.zkopml.groth16.Verifier;
import org.zkopml.lab.Machine;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Recipe;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Verdict;
import org.zkopml.vm.ModelCompiler;
import org.zkopml.vm.Replay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit tour}: the kit's point in one run. One inference of a trained, quantized model made trustworthy
 * twice — with a Groth16 proof (statement a: public model, private input) verified off-chain and on the local
 * chain, and optimistically (a claim posted with a bond, unchallenged through its window; then a cheating
 * submitter caught through the on-chain bisection game) — and the two set side by side, measured live. Every
 * step calls the code of the command that does it alone ({@code zk prove}, {@code op run}, {@code chain op}), so
 * the deterministic figures (constraints, proof bytes, steps, gas, rounds) are the ones those commands print.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "zkML versus opML on one inference, measured live: train, prove (Groth16) and verify off- and on-chain; "
                + "post optimistically, finalise after the window, catch a cheater on-chain; a side-by-side table and an HTML report.")
public final class TourCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME", description = "A model recipe (see: model list). Default: ${DEFAULT-VALUE}.")
    String model = "digits-mlp";

    @Option(names = "--input", paramLabel = "ROW", description = "Test row to prove and post. Default: ${DEFAULT-VALUE}.")
    int row = 0;

    @Option(names = "--cheat-step", paramLabel = "K|random", description = "First wrong step of the cheating submitter (as chain op). Default: ${DEFAULT-VALUE}.")
    String cheat = "random";

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random cheat step (as chain op). Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Option(names = "--k", paramLabel = "K", description = "Hashes per bisection round, 1 to 64 (as chain op). Default: ${DEFAULT-VALUE}.")
    int k = 1;

    @Option(names = "--report", paramLabel = "DIR", description = "Where to write index.html (and the proof's snarkjs files in zk/). Default: ${DEFAULT-VALUE}.")
    Path report = Path.of("target", "report");

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return Guarded.run(spec, () -> {
            if (k < 1 || k > 64) throw new IllegalArgumentException("--k must be in [1, 64], got " + k);
            if (cheat.equals("none")) throw new IllegalArgumentException("--cheat-step none: the tour's dispute needs a cheating submitter; give a step or random");
            PrintWriter err = spec.commandLine().getErr();
            long tourStart = System.nanoTime();
            Machine machine = Machine.current();
            err.println("tour: " + model + ", test row " + row + ", on " + machine.summary());

            err.println("[1/5] train and quantize " + model + " (from its seed, then the copy every command uses)");
            Recipe recipe = Recipes.get(model);
            TrainedModel fresh;
            try (ProgressBar bar = ProgressBars.of("train " + model, recipe.steps())) {
                fresh = Recipes.trainFresh(recipe, bar::stepTo);
            }
            err.println("trained " + model + " in " + Stopwatch.format(fresh.trainNanos()) + " (" + recipe.describe() + ")");
            TrainedModel trained = ModelCommand.train(model, err);
            boolean reproduced = fresh.quantized().equals(trained.quantized());

            err.println("[2/5] zkML: compile to R1CS (statement a), set up, prove, verify off-chain");
            ZkCommand.ModelProof zk = ZkCommand.proveModel(trained, model, Statement.A, row, report.resolve("zk"), null, err);
            if (!zk.outcome().verdict().accepted()) throw new IllegalStateException("the kit rejected its own proof: " + zk.outcome().verdict().reason());
            ZkCommand.Outcome o = zk.outcome();
            Measurement verifyWarm;
            try (ProgressBar bar = ProgressBars.of("verify (warm)", 1)) {
                verifyWarm = Stopwatch.measure("Groth16 verify", () -> Verifier.verifyFr(o.vk(), o.publicInputs(), o.proof()), 300, 700);
                bar.step();
            }

            err.println("[3/5] opML: compile to the VM, run with checkpoints and state hashes (what a submitter and every watcher do)");
            Task task = new Task(ModelCompiler.compile(trained.quantized()), trained.testInput(row, trained.quantized().scaleBits()),
                    trained.quantized().commitment());
            long vmStart = System.nanoTime();
            Replay replay;
            try (ProgressBar bar = ProgressBars.steps("run " + model, -1)) {
                replay = Replay.of(task.model().whole(), task.input(), Dispute.CHECKPOINT_INTERVAL, bar::stepTo);
                bar.maxHint(replay.length());
                bar.stepTo(replay.length());
            }
            long vmNanos = System.nanoTime() - vmStart;
            long[] vmOutput = replay.finalWords(task.model().whole().outputAddress(), task.model().whole().outputLength());
            if (!java.util.Arrays.equals(vmOutput, zk.circuit().output())) {
                throw new IllegalStateException("the VM's output " + java.util.Arrays.toString(vmOutput) + " differs from the circuit's "
                        + java.util.Arrays.toString(zk.circuit().output()));
            }

            err.println("[4/5] on a local chain: the Groth16 verifier deployed and the proof verified; then opML: post with a bond and finalise unchallenged; then a cheating submitter caught by the bisection game");
            VmTrace truth = VmTrace.honest(task.model().whole(), task.input());
            long cheatStep = OptimisticRun.cheatStep(cheat, truth.length(), seed);
            OptimisticRun.Result happy, disputed;
            long disputeNanos;
            String rpc;
            TourResult.ZkOnChain zkChain;
            try (LocalChain chain = LocalChain.open()) {
                rpc = chain.local() ? "local Hardhat node (started and stopped by the tour)" : chain.url();
                try (ProgressBar bar = ProgressBars.of("zk: verify on-chain", 3)) {
                    Groth16VerifierContract verifier = Groth16VerifierContract.deploy(chain, o.vk());
                    bar.step();
                    Verdict<Void> onChain = verifier.verify(o.proof(), o.publicInputs());
                    bar.step();
                    if (!onChain.accepted()) throw new IllegalStateException("the on-chain verifier rejected the kit's proof: " + onChain.reason());
                    Receipt tx = verifier.verifyByTransaction(o.proof(), o.publicInputs());
                    bar.step();
                    // blocks from the last block before the transaction (the deployment's) to the one that included it
                    zkChain = new TourResult.ZkOnChain(tx.gasUsed(), verifier.deployGas(), onChain.accepted(),
                            tx.blockNumber() - verifier.deployment().receipt().blockNumber());
                }
                try (ProgressBar bar = ProgressBars.of("unchallenged claim", 4)) {
                    happy = OptimisticRun.play(chain, truth, OptimisticRun.Cheater.NOBODY, 0, k, OnChainGame.Silence.NONE, (p, w, g) -> bar.step());
                }
                long t0 = System.nanoTime();
                try (ProgressBar bar = ProgressBars.of("on-chain dispute", 2L * org.zkopml.dispute.Bisection.rounds(truth.length(), k) + 5)) {
                    disputed = OptimisticRun.play(chain, truth, OptimisticRun.Cheater.SUBMITTER, cheatStep, k, OnChainGame.Silence.NONE,
                            (p, w, g) -> bar.step());
                }
                disputeNanos = System.nanoTime() - t0;
            }
            if (!disputed.outcome().honestWon() || !disputed.outcome().winner().equals("challenger")) {
                throw new IllegalStateException("the cheating submitter was not caught: " + disputed.outcome().ruling());
            }

            err.println("[5/5] the side-by-side table and the report");
            TourResult r = new TourResult(machine, model, row, fresh.trainNanos(), reproduced, zk, verifyWarm, replay.length(), vmNanos, replay.finalState().hash(),
                    happy, disputed, disputeNanos, zkChain, rpc, System.nanoTime() - tourStart);
            Path html = report.resolve("index.html");
            TourReport.write(r, html);
            err.println("wrote " + html + "; the tour took " + Stopwatch.format(System.nanoTime() - tourStart));
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = r.json();
                m.put("report", html.toString());
                out.println(Json.write(m));
            } else {
                out.print(r.table());
                out.println();
                out.println("report: " + html.toAbsolutePath());
            }
            out.flush();
            return 0;
        });
    }

    /** An ordered map (for the JSON sections). */
    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
