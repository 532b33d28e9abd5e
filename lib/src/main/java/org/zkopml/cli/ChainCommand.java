package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zkopml.chain.BisectionGameContract;
import org.zkopml.chain.GasReport;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.lab.Stopwatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit chain op|zk|node}: the optimistic dispute game (and, in {@link ChainZkCommand}, Groth16 verification) on a real EVM (a local Hardhat node the command
 * starts and stops, or {@code KIT_RPC_URL}), with every gas figure read from a receipt; and a local node in
 * the foreground for students who want to poke at it with other tools.
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "On-chain: play the opML dispute game, or verify a zkML proof (kit and snarkjs verifiers, registry, batches), on a local EVM node with gas from receipts; or run that node.",
        subcommands = {ChainCommand.Op.class, ChainZkCommand.class, ChainCommand.Node.class})
public final class ChainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: op, zk or node");
    }

    /** How a command names the chain it used in its output. */
    static String rpc(boolean local, String url, String by) {
        return local ? "local Hardhat node (started and stopped by " + by + ")" : url;
    }

    /** The party of {@code --silent}: the dishonest one, who stops answering (none: nobody). */
    enum Silent {
        none, submitter, challenger;

        /** The players with this one silent: the submitter after its first move, the challenger after its first two. */
        Dispute.Players apply(Dispute.Players players) {
            return switch (this) {
                case none -> players;
                case submitter -> players.silent(Party.SUBMITTER, 1);
                case challenger -> players.silent(Party.CHALLENGER, 2);
            };
        }
    }

    @Command(name = "op", mixinStandardHelpOptions = true,
            description = "Deploy the one-step verifier and the bisection game, register the model, request the task, submit its result with a "
                    + "bond and play the dispute on-chain with the players of op dispute: a cheating submitter against an honest challenger "
                    + "(--cheat-step none: an honest submitter against a dishonest challenger).")
    static final class Op extends ResultCommand.OnModelRow {
        @CommandLine.Mixin
        GameChoice game;

        @Option(names = "--phases", paramLabel = "1|2", description = "1 = instructions only; 2 = layers, then instructions. Default: ${DEFAULT-VALUE}.")
        int phases = 1;

        @Option(names = "--silent", paramLabel = "none|submitter|challenger",
                description = "The dishonest party stops answering after its first moves and loses by timeout. Default: ${DEFAULT-VALUE}.")
        Silent silent = Silent.none;

        @Option(names = "--log", description = "Print every transaction with its gas (text mode).")
        boolean log;

        @Option(names = "--unchallenged", description = "Nobody lies: the claim is not disputed and a third party finalises it after the challenge window.")
        boolean unchallenged;

        @Override
        CommandResult result() {
            Rules rules = BisectionGameContract.rules(game.kOnChain(), phases);
            Cheat cheat = game.cheat();
            boolean honestSubmitter = cheat instanceof Cheat.None;
            if (unchallenged && !(cheat instanceof Cheat.Random)) throw new IllegalArgumentException("--unchallenged means nobody lies: leave out --cheat-step");
            if (unchallenged && silent != Silent.none) throw new IllegalArgumentException("--unchallenged: nobody disputes, so nobody can go silent");
            if (silent == Silent.submitter && honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with --cheat-step none, that is the challenger");
            if (silent == Silent.challenger && !honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with a cheating submitter, that is the submitter");
            Task task = task();
            long start = System.nanoTime();
            OptimisticRun.Result run;
            String rpc;
            try (DisputeProgress progress = new DisputeProgress(model.name(), rules, task.layers()); LocalChain chain = LocalChain.open()) {
                if (silent != Silent.none && !chain.local()) {
                    throw new IllegalArgumentException("--silent needs the local node's clock (evm_increaseTime); on " + chain.url() + " deadlines pass in real time");
                }
                Dispute.Players players = unchallenged ? Dispute.nobodyLies(task, progress) : silent.apply(Dispute.players(task, cheat, game.seed, progress));
                run = OptimisticRun.play(chain, task, rules, players, progress);
                rpc = rpc(chain.local(), chain.url(), "this command");
            }
            double ms = (System.nanoTime() - start) / 1e6;
            progress().note("on-chain dispute over " + String.format("%,d", run.result().traceLength()) + " steps resolved in " + Stopwatch.format(ms * 1e6));
            return new Played(task, row.row, run, rpc, ms, log);
        }
    }

    /**
     * What {@code chain op} prints: the claim in {@code op dispute}'s terms (winner, rounds, disputed step — the same
     * numbers for the same model, input, cheat, k and phases) and its gas, transaction by transaction.
     *
     * @param task the task played
     * @param row  the input row (or seed)
     * @param run  the game on the chain and its gas
     * @param rpc  which chain
     * @param ms   the whole command, node start included
     * @param log  whether the text lists every transaction with its gas
     */
    record Played(Task task, int row, OptimisticRun.Result run, String rpc, double ms, boolean log) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            DisputeResult r = run.result();
            return Json.object("rpc", rpc, "model", task.model().name(), "input", row, "steps", r.traceLength(), "layers", r.layers(),
                    "k", r.k(), "phases", r.phases(), "cheatStep", r.cheatStep().orElse(-1), "honest", r.honest().label(), "winner", r.winner().label(),
                    "ruling", r.resolution(), "challenged", run.challenged(), "rounds", r.rounds(), "layerRounds", r.layerRounds(),
                    "disputedStep", r.disputedStep().orElse(-1), "disputedLayer", r.disputedLayer().orElse(-1),
                    "deployGas", Map.of("OneStep", run.oneStepDeployGas(), "BisectionGame", run.gameDeployGas()),
                    "requestGas", run.requestGas(), "submitGas", run.submitGas(), "challengeGas", run.challengeGas(), "moveGas", run.moveGas(),
                    "oneStepGas", run.oneStepGas(), "timeoutGas", run.timeoutGas(), "finalizeGas", run.finalizeGas(), "withdrawGas", run.withdrawGas(),
                    "totalDisputeGas", run.totalDisputeGas(), "bondsConserved", run.bondsConserved(), "chainId", run.chainId(),
                    "challengeWindowSeconds", run.rules().challengeWindow(), "moveTimeoutSeconds", run.rules().responseWindow(),
                    "finalityBoundSeconds", run.finalityBoundSeconds(), "chainSeconds", run.chainSeconds(), "ms", ms);
        }

        @Override
        public String text() {
            DisputeResult r = run.result();
            StringBuilder s = new StringBuilder();
            if (log) {
                for (GasReport.Entry e : run.gas().entries()) {
                    s.append(String.format("  %-12s %-10s %-12s %,10d gas%n", e.account(), e.what(), e.dispute() >= 0 ? "dispute " + e.dispute() : "", e.gas()));
                }
            }
            String cheat = !run.challenged() && r.cheatStep().isEmpty() && r.honest() == Party.SUBMITTER ? "nobody lies: the claim is not challenged"
                    : r.cheatStep().isEmpty() ? "none (dishonest challenger)" : "submitter lies from step " + r.cheatStep().getAsLong();
            String moveWindows = run.challenged() ? String.format(" + at most %d moves × %,d s", run.maxMoves(), run.rules().responseWindow()) : "";
            return s + Json.lines(
                    "trace length", String.format("%,d steps, %d layers; k = %d, %d phase(s): %d rounds%s", r.traceLength(), r.layers(), r.k(), r.phases(),
                            r.rounds(), r.phases() == 2 ? " (" + r.layerRounds() + " over layers)" : ""),
                    "cheat", cheat,
                    "disputed", "step " + r.disputedStep().orElse(-1) + (r.disputedLayer().isPresent() ? " (layer " + r.disputedLayer().getAsInt() + ")" : ""),
                    "winner", r.winner().label() + " (honest: " + r.honest().label() + ") — " + r.resolution(),
                    "deploy gas", String.format("OneStep %,d; BisectionGame %,d", run.oneStepDeployGas(), run.gameDeployGas()),
                    "request gas", String.format("%,d (the model registered, the task requested)", run.requestGas()),
                    "submit gas", String.format("%,d", run.submitGas()), "move gas", run.moveGas(), "one-step gas", String.format("%,d", run.oneStepGas()),
                    "dispute gas", String.format("%,d in total (challenge, moves, proof or timeout, withdrawals)", run.totalDisputeGas()),
                    "bonds conserved", run.bondsConserved() + "; chain id " + run.chainId(),
                    "finality", String.format("at most %,d s after the submission (window %,d s%s); here %,d s of chain clock",
                            run.finalityBoundSeconds(), run.rules().challengeWindow(), moveWindows, run.chainSeconds()));
        }
    }

    @Command(name = "node", mixinStandardHelpOptions = true,
            description = "Run the local Hardhat node in the foreground (Ctrl-C stops it); prints its URL and funded test accounts.")
    static final class Node implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--port", paramLabel = "P", description = "Port on 127.0.0.1 (0: a free one). Default: ${DEFAULT-VALUE}.")
        int port = 0;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            LocalChain chain = LocalChain.start(port);
            out.println("Hardhat node at " + chain.url() + " (chain id " + chain.chainId() + "); Ctrl-C stops it.");
            out.println("Funded accounts (Hardhat's public test keys: never use them on a real network):");
            for (int i = 0; i < chain.accounts(); i++) {
                out.printf("  #%d %s  key 0x%064x%n", i, chain.account(i).getAddress(), chain.account(i).getEcKeyPair().getPrivateKey());
            }
            out.println("Use it from Java with KIT_RPC_URL=" + chain.url() + " and KIT_PRIVATE_KEY set to three of those keys, comma-separated.");
            out.flush();
            new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops the node
            return 0;
        }
    }
}
