package org.zkopml.cli;

import java.util.Arrays;
import java.util.Map;
import org.zkopml.compare.VmRun;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OneStepContract;
import org.zkopml.dispute.Move;
import org.zkopml.lab.Stopwatch;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.VmState;
import java.util.List;
import org.zkopml.vm.LayeredProgram;
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

    /** {@code op run}. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Compile a model, run it on the VM, print steps, final state hash, output and VM speed.")
    static final class Run extends ResultCommand.OnModelRow {
        @Override
        CommandResult result() {
            VmRun run = VmRun.replay(task(), model.name(), progress());
            progress().note("ran " + model.name() + ": " + String.format("%,d", run.steps()) + " steps with checkpoints and state hash in "
                    + Stopwatch.format(run.nanos()));
            return new Ran(run, row.row, run.stepsPerSecond());
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
            LayeredProgram p = run.task().model();
            return Json.object("model", p.name(), "input", row, "commitment", run.task().modelCommitment().hex(),
                    "programWords", p.whole().image().length, "steps", run.steps(), "status", run.status().name(),
                    "finalStateHash", run.finalState().hex(), "output", run.output(), "stepsPerSecond", stepsPerSecond, "ms", run.nanos() / 1e6);
        }

        @Override
        public String text() {
            LayeredProgram p = run.task().model();
            return Json.lines("model", p.name() + " (" + p.layers().size() + " layers, " + p.whole().image().length + " program words)",
                    "steps", String.format("%,d (%s)", run.steps(), run.status()), "output", Arrays.toString(run.output()),
                    "final state hash", run.finalState().hex(), "VM speed", String.format("%.1f M steps/s (no hashing)", stepsPerSecond / 1e6),
                    "run + hash", Stopwatch.format(run.nanos()));
        }
    }

    /** {@code op dispute}. */
    @Command(name = "dispute", mixinStandardHelpOptions = true,
            description = "Play the dispute game: a cheating submitter against an honest challenger (or, with --cheat-step none, an honest submitter against a dishonest challenger).")
    static final class DisputeGame extends ResultCommand.OnModelRow {
        @CommandLine.Mixin
        GameChoice game;

        @Option(names = "--phases", paramLabel = "1|2", description = "1 = instructions only; 2 = layers, then instructions. Default: ${DEFAULT-VALUE}.")
        int phases = 1;

        @Option(names = "--log", description = "Print every move (text mode).")
        boolean log;

        @Option(names = "--onchain-step", description = "Also verify the disputed step's one-step witness with the Solidity OneStep "
                + "contract on a local EVM node (started and stopped by the command), against the Java verifier.")
        boolean onChainStep;

        @Override
        CommandResult result() {
            Cheat cheat = game.cheat();
            Rules rules = new Rules(game.k, phases, 100, 10, 1_000, 1_000);
            Task task = task();
            long start = System.nanoTime();
            DisputeResult r;
            try (DisputeProgress progress = new DisputeProgress(model.name(), rules, task.layers())) {
                r = Dispute.play(task, rules, cheat, game.seed, progress);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            progress().note("dispute over " + String.format("%,d", r.traceLength()) + " steps resolved in " + Stopwatch.format(ms * 1e6));
            Boolean onChain = onChainStep ? verifyOnChain(r) : null;
            return new Disputed(task, row.row, r, game.seed, ms, log, onChain);
        }

        /**
         * The game's one-step witness, re-executed by the OneStep contract on a local node: whether the contract
         * accepts it and returns the Java verifier's post-state hash. False when the game ended without a one-step proof.
         */
        private Boolean verifyOnChain(DisputeResult r) {
            byte[] witness = null;
            for (var e : r.game().log()) if (e.accepted() && e.move() instanceof Move.ProveStep p) witness = p.witness();
            if (witness == null) return false;
            Bytes32 pre = Bytes32.of(org.zkopml.hash.Keccak256.hash(java.util.Arrays.copyOf(witness, VmState.BYTES)));
            var java = OneStep.verify(pre, witness);
            long start = System.nanoTime();
            try (LocalChain chain = LocalChain.open()) {
                OneStepContract contract = OneStepContract.deploy(chain, chain.account(0));
                var evm = contract.verify(pre, witness);
                progress().note("the disputed step re-executed by the OneStep contract on a local node (chain id " + chain.chainId() + ") in "
                        + Stopwatch.format(System.nanoTime() - start) + ": " + (evm.accepted() ? "post-state " + evm.value().shortHex() : evm.reason()));
                return java.accepted() && evm.accepted() && java.value().equals(evm.value());
            }
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
     * @param onChain whether the Solidity contract re-executed the disputed step to the Java verifier's post-state
     *                (null: not asked)
     */
    record Disputed(Task task, int row, DisputeResult r, long seed, double ms, boolean log, Boolean onChain) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = json0();
            if (onChain != null) m.put("oneStepOnChain", onChain);
            return m;
        }

        private Map<String, Object> json0() {
            return Json.object("model", task.model().name(), "input", row, "traceLength", r.traceLength(), "layers", r.layers(),
                    "k", r.k(), "phases", r.phases(), "rounds", r.rounds(), "layerRounds", r.layerRounds(), "expectedRounds", r.expectedRounds(),
                    "cheatStep", r.cheatStep().orElse(-1), "disputedStep", r.disputedStep().orElse(-1), "disputedLayer", r.disputedLayer().orElse(-1),
                    "winner", r.winner().label(), "honest", r.honest().label(), "oneStepVerified", r.oneStepVerified(),
                    "resolution", r.resolution(), "moves", r.game().log().size(), "seed", seed, "gameMs", r.ms(), "ms", ms);
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            if (log) r.game().log().forEach(e -> s.append("  ").append(e).append('\n'));
            return s + Json.lines("trace length", String.format("%,d steps, %d layers", r.traceLength(), r.layers()),
                    "game", String.format("k = %d, %d phase(s): %d rounds (expected %d%s)", r.k(), r.phases(), r.rounds(), r.expectedRounds(),
                            r.phases() == 2 ? ", " + r.layerRounds() + " over layers" : ""),
                    "cheat", r.cheatStep().isEmpty() ? "none (dishonest challenger)" : "from step " + r.cheatStep().getAsLong(),
                    "disputed", "step " + r.disputedStep().orElse(-1) + (r.disputedLayer().isPresent() ? " (layer " + r.disputedLayer().getAsInt() + ")" : ""),
                    "winner", r.winner().label() + " (honest: " + r.honest().label() + ")", "resolution", r.resolution(),
                    "time", Stopwatch.format(ms * 1e6) + " (game alone " + Stopwatch.format(r.ms() * 1e6) + ")")
                    + (onChain == null ? "" : Json.lines("one step on-chain", onChain ? "the OneStep contract agrees with the Java verifier"
                            : "NOT verified by the contract"));
        }
    }
}
