package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zkopml.chain.GameOutcome;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OnChainGame;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.chain.VmTrace;
import org.zkopml.compare.Progress;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.Cheat;
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

        /** The game's silence: the submitter after its first move, the challenger after its first two. */
        OnChainGame.Silence silence() {
            return this == none ? OnChainGame.Silence.NONE : new OnChainGame.Silence(name(), this == submitter ? 1 : 2);
        }
    }

    @Command(name = "op", mixinStandardHelpOptions = true,
            description = "Deploy the one-step verifier and the bisection game, submit a model's result with a bond and play the dispute "
                    + "on-chain: a cheating submitter against an honest challenger (--cheat-step none: an honest submitter against a dishonest challenger).")
    static final class Op extends ResultCommand.OnModelRow {
        @CommandLine.Mixin
        GameChoice game;

        @Option(names = "--silent", paramLabel = "none|submitter|challenger",
                description = "The dishonest party stops answering after its first moves and loses by timeout. Default: ${DEFAULT-VALUE}.")
        Silent silent = Silent.none;

        @Option(names = "--log", description = "Print every transaction with its gas (text mode).")
        boolean log;

        @Option(names = "--unchallenged", description = "Nobody lies: the claim is not disputed and finalises after the challenge window.")
        boolean unchallenged;

        @Override
        CommandResult result() {
            int k = game.kOnChain();
            Cheat cheat = game.cheat();
            boolean honestSubmitter = cheat instanceof Cheat.None;
            if (unchallenged && !(cheat instanceof Cheat.Random)) throw new IllegalArgumentException("--unchallenged means nobody lies: leave out --cheat-step");
            if (unchallenged && silent != Silent.none) throw new IllegalArgumentException("--unchallenged: nobody disputes, so nobody can go silent");
            if (silent == Silent.submitter && honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with --cheat-step none, that is the challenger");
            if (silent == Silent.challenger && !honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with a cheating submitter, that is the submitter");
            Task task = task();
            long start = System.nanoTime();
            VmTrace truth = VmTrace.honest(task.model().whole(), task.input());
            long n = truth.length();
            long cheatStep = OptimisticRun.cheatStep(cheat, n, game.seed);
            OptimisticRun.Cheater cheater = unchallenged ? OptimisticRun.Cheater.NOBODY
                    : honestSubmitter ? OptimisticRun.Cheater.CHALLENGER : OptimisticRun.Cheater.SUBMITTER;
            StringBuilder moves = new StringBuilder();
            OptimisticRun.Result run;
            String rpc;
            try (LocalChain chain = LocalChain.open();
                 Progress.Task bar = progress().task("on-chain game", unchallenged ? 4 : 2 * Bisection.rounds(n, k) + 5)) {
                if (silent != Silent.none && !chain.local()) {
                    throw new IllegalArgumentException("--silent needs the local node's clock (evm_increaseTime); on " + chain.url() + " deadlines pass in real time");
                }
                run = OptimisticRun.play(chain, truth, cheater, cheatStep, k, silent.silence(),
                        (party, what, gas) -> {
                            moves.append(String.format("  %-10s %-48s %,10d gas%n", party, what, gas));
                            bar.step();
                        });
                rpc = rpc(chain.local(), chain.url(), "this command");
            }
            double ms = (System.nanoTime() - start) / 1e6;
            progress().note("on-chain dispute over " + String.format("%,d", n) + " steps resolved in " + Stopwatch.format(ms * 1e6));
            return new Played(task, row.row, run, cheater, rpc, ms, log ? moves.toString() : "");
        }
    }

    /**
     * What {@code chain op} prints.
     *
     * @param task    the task played
     * @param row     the input row (or seed)
     * @param run     the game on the chain and its gas
     * @param cheater who lied
     * @param rpc     which chain
     * @param ms      the whole command, node start included
     * @param moves   every transaction with its gas (text mode, with --log), or empty
     */
    record Played(Task task, int row, OptimisticRun.Result run, OptimisticRun.Cheater cheater, String rpc, double ms, String moves)
            implements CommandResult {
        @Override
        public Map<String, Object> json() {
            GameOutcome o = run.outcome();
            return Json.object("rpc", rpc, "model", task.model().name(), "input", row, "steps", o.steps(), "k", o.k(),
                    "paddedLength", o.paddedLength(), "cheatStep", run.cheatStep(), "honest", o.honest(), "winner", o.winner(), "ruling", o.ruling(),
                    "rounds", o.rounds(), "disputedStep", o.leaf(),
                    "deployGas", Map.of("OneStep", run.oneStepDeployGas(), "BisectionGame", run.gameDeployGas()),
                    "requestGas", o.requestGas(), "submitGas", o.submitGas(), "challengeGas", o.challengeGas(), "moveGas", o.moveGas(),
                    "oneStepGas", o.oneStepGas(), "timeoutGas", o.endGas(), "claimGas", o.claimGas(), "totalDisputeGas", o.totalDisputeGas(),
                    "bondsConserved", o.bondsConserved(), "chainId", o.chainId(), "challengeWindowSeconds", run.params().challengeWindow(),
                    "moveTimeoutSeconds", run.params().responseWindow(), "finalityBoundSeconds", run.finalityBoundSeconds(),
                    "chainSeconds", run.chainSeconds(), "ms", ms);
        }

        @Override
        public String text() {
            GameOutcome o = run.outcome();
            String cheat = cheater == OptimisticRun.Cheater.NOBODY ? "nobody lies: the claim is not challenged"
                    : (cheater == OptimisticRun.Cheater.CHALLENGER ? "dishonest challenger believes a lie" : "submitter lies") + " from step " + run.cheatStep();
            String moveWindows = o.challenged() ? String.format(" + %d moves × %,d s", 2 * o.rounds() + 1, run.params().responseWindow()) : "";
            return moves + Json.lines(
                    "trace length", String.format("%,d steps, padded to %,d; k = %d: %d rounds", o.steps(), o.paddedLength(), o.k(), o.rounds()),
                    "cheat", cheat, "winner", o.winner() + " (honest: " + o.honest() + ") — " + o.ruling(),
                    "deploy gas", String.format("OneStep %,d; BisectionGame %,d", run.oneStepDeployGas(), run.gameDeployGas()),
                    "submit gas", String.format("%,d", o.submitGas()), "move gas", o.moveGas(), "one-step gas", String.format("%,d", o.oneStepGas()),
                    "dispute gas", String.format("%,d in total (challenge, moves, proof or timeout, bond claim)", o.totalDisputeGas()),
                    "bonds conserved", o.bondsConserved() + "; chain id " + o.chainId(),
                    "finality", String.format("at most %,d s after the submission (window %,d s%s); here %,d s of chain clock",
                            run.finalityBoundSeconds(), run.params().challengeWindow(), moveWindows, run.chainSeconds()));
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
