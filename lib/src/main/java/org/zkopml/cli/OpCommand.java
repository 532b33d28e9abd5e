package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.Memory;
import org.zkopml.vm.ModelCompiler;
import org.zkopml.vm.Replay;
import org.zkopml.vm.SyntheticModels;
import org.zkopml.vm.Vm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit op run|dispute}: run a compiled model on the opML VM (steps, final state hash, speed),
 * and play the optimistic dispute game over it with a cheater and an honest party.
 */
@Command(name = "op", mixinStandardHelpOptions = true,
        description = "opML: run a model on the deterministic VM, or play the bisection dispute game over its trace.",
        subcommands = {OpCommand.Run.class, OpCommand.DisputeGame.class})
final class OpCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: run or dispute");
    }

    /** Options shared by run and dispute. */
    static class TaskOptions {
        @Option(names = "--model", required = true, paramLabel = "NAME",
                description = "A built-in recipe (see: model list) or synthetic-20 / synthetic-24 (random MLPs of ≈ 2^20 / 2^24 VM steps).")
        String model;

        @Option(names = "--input", paramLabel = "ROW", description = "Test row index (synthetic models: input seed). Default: ${DEFAULT-VALUE}.")
        int row = 0;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
    }

    /** The compiled model and its input, with the model's commitment. */
    static Task task(TaskOptions o, PrintWriter err) {
        if (o.row < 0) throw new IllegalArgumentException("--input must be ≥ 0, got " + o.row);
        if (o.model.startsWith("synthetic-")) {
            LayeredProgram p = SyntheticModels.named(o.model);
            return Task.of(p, SyntheticModels.input(o.row, p.whole().inputLength()));
        }
        TrainedModel trained = ModelCommand.train(o.model, err);
        QuantizedModel m = trained.quantized();
        if (o.row >= trained.testRows()) throw new IllegalArgumentException("--input " + o.row + " is past the " + trained.testRows() + " test rows of " + o.model);
        return new Task(ModelCompiler.compile(m), trained.testInput(o.row, m.scaleBits()), m.commitment());
    }

    static String hex(Bytes32 b) {
        return b.hex();
    }

    /** {@code op run}. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Compile a model, run it on the VM, print steps, final state hash, output and VM speed.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        TaskOptions options = new TaskOptions();

        @Override
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> {
                PrintWriter err = spec.commandLine().getErr();
                Task task = task(options, err);
                LayeredProgram p = task.model();
                long start = System.nanoTime();
                Replay replay;
                try (ProgressBar bar = ProgressBars.steps("run " + options.model, -1)) {
                    replay = Replay.of(p.whole(), task.input(), Dispute.CHECKPOINT_INTERVAL, bar::stepTo);
                    bar.maxHint(replay.length());
                    bar.stepTo(replay.length());
                }
                Bytes32 finalHash = replay.finalState().hash();
                long runNanos = System.nanoTime() - start;
                err.println("ran " + options.model + ": " + String.format("%,d", replay.length()) + " steps with checkpoints and state hash in " + Stopwatch.format(runNanos));
                err.flush();
                long[] output = replay.finalWords(p.whole().outputAddress(), p.whole().outputLength());
                // Speed without hashing: re-run the program on one memory (its code never depends on old buffer contents).
                Memory memory = p.whole().memory(task.input());
                long rerun = new Vm(memory).run(Long.MAX_VALUE);
                if (rerun != replay.length()) throw new IllegalStateException("a re-run took " + rerun + " steps, the replay " + replay.length());
                Measurement speed = Stopwatch.measure("VM run", () -> new Vm(memory).run(Long.MAX_VALUE), 100, 300);
                double stepsPerSecond = speed.operationsPerSecond() * replay.length();
                PrintWriter out = spec.commandLine().getOut();
                if (options.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("model", p.name());
                    m.put("input", options.row);
                    m.put("commitment", hex(task.modelCommitment()));
                    m.put("programWords", p.whole().image().length);
                    m.put("steps", replay.length());
                    m.put("status", replay.finalStatus().name());
                    m.put("finalStateHash", hex(finalHash));
                    m.put("output", output);
                    m.put("stepsPerSecond", stepsPerSecond);
                    m.put("ms", runNanos / 1e6);
                    out.println(Json.write(m));
                } else {
                    out.printf("model            %s (%d layers, %d program words)%n", p.name(), p.layers().size(), p.whole().image().length);
                    out.printf("steps            %,d (%s)%n", replay.length(), replay.finalStatus());
                    out.printf("output           %s%n", java.util.Arrays.toString(output));
                    out.printf("final state hash %s%n", hex(finalHash));
                    out.printf("VM speed         %.1f M steps/s (no hashing)%n", stepsPerSecond / 1e6);
                    out.printf("run + hash       %s%n", Stopwatch.format(runNanos));
                }
                out.flush();
                return 0;
            });
        }
    }

    /** {@code op dispute}. */
    @Command(name = "dispute", mixinStandardHelpOptions = true,
            description = "Play the dispute game: a cheating submitter against an honest challenger (or, with --cheat-step none, an honest submitter against a dishonest challenger).")
    static final class DisputeGame implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        TaskOptions options = new TaskOptions();

        @Option(names = "--cheat-step", paramLabel = "K|random|none", description = "First wrong step of the cheating submitter. Default: ${DEFAULT-VALUE}.")
        String cheat = "random";

        @Option(names = "--k", paramLabel = "K", description = "Points per bisection round (1 = binary). Default: ${DEFAULT-VALUE}.")
        int k = 1;

        @Option(names = "--phases", paramLabel = "1|2", description = "1 = instructions only; 2 = layers, then instructions. Default: ${DEFAULT-VALUE}.")
        int phases = 1;

        @Option(names = "--seed", paramLabel = "S", description = "Seed (random cheat step, dishonest choices). Default: ${DEFAULT-VALUE}.")
        long seed = 1;

        @Option(names = "--log", description = "Print every move (text mode).")
        boolean log;

        @Override
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> {
                Cheat cheatMode = Cheat.parse(cheat);
                Rules rules = new Rules(k, phases, 100, 10, 1_000, 1_000);
                PrintWriter err = spec.commandLine().getErr();
                Task task = task(options, err);
                long start = System.nanoTime();
                DisputeResult r;
                try (DisputeProgress progress = new DisputeProgress(options.model, rules, task.layers())) {
                    r = Dispute.play(task, rules, cheatMode, seed, progress);
                }
                double ms = (System.nanoTime() - start) / 1e6;
                err.println("dispute over " + String.format("%,d", r.traceLength()) + " steps resolved in " + Stopwatch.format(ms * 1e6));
                err.flush();
                PrintWriter out = spec.commandLine().getOut();
                if (options.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("model", task.model().name());
                    m.put("input", options.row);
                    m.put("traceLength", r.traceLength());
                    m.put("layers", r.layers());
                    m.put("k", r.k());
                    m.put("phases", r.phases());
                    m.put("rounds", r.rounds());
                    m.put("layerRounds", r.layerRounds());
                    m.put("expectedRounds", r.expectedRounds());
                    m.put("cheatStep", r.cheatStep().orElse(-1));
                    m.put("disputedStep", r.disputedStep().orElse(-1));
                    m.put("disputedLayer", r.disputedLayer().orElse(-1));
                    m.put("winner", r.winner().label());
                    m.put("honest", r.honest().label());
                    m.put("oneStepVerified", r.oneStepVerified());
                    m.put("resolution", r.resolution());
                    m.put("moves", r.game().log().size());
                    m.put("seed", seed);
                    m.put("gameMs", r.ms());
                    m.put("ms", ms);
                    out.println(Json.write(m));
                } else {
                    if (log) r.game().log().forEach(e -> out.println("  " + e));
                    out.printf("trace length     %,d steps, %d layers%n", r.traceLength(), r.layers());
                    out.printf("game             k = %d, %d phase(s): %d rounds (expected %d%s)%n", r.k(), r.phases(), r.rounds(), r.expectedRounds(),
                            r.phases() == 2 ? ", " + r.layerRounds() + " over layers" : "");
                    out.printf("cheat            %s%n", r.cheatStep().isEmpty() ? "none (dishonest challenger)" : "from step " + r.cheatStep().getAsLong());
                    out.printf("disputed         step %d%s%n", r.disputedStep().orElse(-1), r.disputedLayer().isPresent() ? " (layer " + r.disputedLayer().getAsInt() + ")" : "");
                    out.printf("winner           %s (honest: %s)%n", r.winner().label(), r.honest().label());
                    out.printf("resolution       %s%n", r.resolution());
                    out.printf("time             %s (game alone %s)%n", Stopwatch.format(ms * 1e6), Stopwatch.format(r.ms() * 1e6));
                }
                out.flush();
                return 0;
            });
        }
    }
}
