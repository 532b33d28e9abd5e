package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zkopml.compare.Models;
import org.zkopml.compare.VmRun;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.lab.Stopwatch;
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

    /** The opML task the model and row options name (the row checked before anything is trained). */
    static Task task(ModelChoice model, RowChoice row, PrintWriter err) {
        String name = model.name();
        return Models.task(name, row.forTask(name), new BarProgress(err));
    }

    /** {@code op run}. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Compile a model, run it on the VM, print steps, final state hash, output and VM speed.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelChoice model;

        @CommandLine.Mixin
        RowChoice row;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            VmRun run = VmRun.replay(task(model, row, err), model.name(), new BarProgress(err));
            err.println("ran " + model.name() + ": " + String.format("%,d", run.steps()) + " steps with checkpoints and state hash in " + Stopwatch.format(run.nanos()));
            err.flush();
            return output.print(spec, new Ran(run, row.row, run.stepsPerSecond()));
        }
    }

    /**
     * What {@code op run} prints.
     *
     * @param run            the run with checkpoints and hashes
     * @param row            the input row (or seed)
     * @param stepsPerSecond the VM's speed without hashing
     */
    record Ran(VmRun run, int row, double stepsPerSecond) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", run.task().model().name());
            m.put("input", row);
            m.put("commitment", run.task().modelCommitment().hex());
            m.put("programWords", run.task().model().whole().image().length);
            m.put("steps", run.steps());
            m.put("status", run.status().name());
            m.put("finalStateHash", run.finalState().hex());
            m.put("output", run.output());
            m.put("stepsPerSecond", stepsPerSecond);
            m.put("ms", run.nanos() / 1e6);
            return m;
        }

        @Override
        public String text() {
            return String.format("model            %s (%d layers, %d program words)%n", run.task().model().name(), run.task().model().layers().size(),
                    run.task().model().whole().image().length)
                    + String.format("steps            %,d (%s)%n", run.steps(), run.status())
                    + String.format("output           %s%n", Arrays.toString(run.output()))
                    + String.format("final state hash %s%n", run.finalState().hex())
                    + String.format("VM speed         %.1f M steps/s (no hashing)%n", stepsPerSecond / 1e6)
                    + String.format("run + hash       %s%n", Stopwatch.format(run.nanos()));
        }
    }

    /** {@code op dispute}. */
    @Command(name = "dispute", mixinStandardHelpOptions = true,
            description = "Play the dispute game: a cheating submitter against an honest challenger (or, with --cheat-step none, an honest submitter against a dishonest challenger).")
    static final class DisputeGame implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelChoice model;

        @CommandLine.Mixin
        RowChoice row;

        @CommandLine.Mixin
        GameChoice game;

        @Option(names = "--phases", paramLabel = "1|2", description = "1 = instructions only; 2 = layers, then instructions. Default: ${DEFAULT-VALUE}.")
        int phases = 1;

        @Option(names = "--log", description = "Print every move (text mode).")
        boolean log;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() {
            Cheat cheat = game.cheat();
            Rules rules = new Rules(game.k, phases, 100, 10, 1_000, 1_000);
            PrintWriter err = spec.commandLine().getErr();
            Task task = task(model, row, err);
            long start = System.nanoTime();
            DisputeResult r;
            try (DisputeProgress progress = new DisputeProgress(model.name(), rules, task.layers())) {
                r = Dispute.play(task, rules, cheat, game.seed, progress);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            err.println("dispute over " + String.format("%,d", r.traceLength()) + " steps resolved in " + Stopwatch.format(ms * 1e6));
            err.flush();
            return output.print(spec, new Disputed(task, row.row, r, game.seed, ms, log));
        }
    }

    /**
     * What {@code op dispute} prints.
     *
     * @param task the disputed task
     * @param row  the input row (or seed)
     * @param r    the game's result
     * @param seed the game's seed
     * @param ms   the whole dispute, both runs included
     * @param log  whether the text lists every move
     */
    record Disputed(Task task, int row, DisputeResult r, long seed, double ms, boolean log) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", task.model().name());
            m.put("input", row);
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
            return m;
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            if (log) r.game().log().forEach(e -> s.append("  ").append(e).append('\n'));
            s.append(String.format("trace length     %,d steps, %d layers%n", r.traceLength(), r.layers()));
            s.append(String.format("game             k = %d, %d phase(s): %d rounds (expected %d%s)%n", r.k(), r.phases(), r.rounds(), r.expectedRounds(),
                    r.phases() == 2 ? ", " + r.layerRounds() + " over layers" : ""));
            s.append(String.format("cheat            %s%n", r.cheatStep().isEmpty() ? "none (dishonest challenger)" : "from step " + r.cheatStep().getAsLong()));
            s.append(String.format("disputed         step %d%s%n", r.disputedStep().orElse(-1),
                    r.disputedLayer().isPresent() ? " (layer " + r.disputedLayer().getAsInt() + ")" : ""));
            s.append(String.format("winner           %s (honest: %s)%n", r.winner().label(), r.honest().label()));
            s.append(String.format("resolution       %s%n", r.resolution()));
            s.append(String.format("time             %s (game alone %s)%n", Stopwatch.format(ms * 1e6), Stopwatch.format(r.ms() * 1e6)));
            return s.toString();
        }
    }
}
