package org.zkopml.cli;

import me.tongfei.progressbar.ProgressBar;
import org.zkopml.chain.GameOutcome;
import org.zkopml.chain.LocalChain;
import org.zkopml.chain.OnChainGame;
import org.zkopml.chain.OptimisticRun;
import org.zkopml.chain.VmTrace;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.Task;
import org.zkopml.lab.Stopwatch;
import org.zkopml.vm.Program;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

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

    @Command(name = "op", mixinStandardHelpOptions = true,
            description = "Deploy the one-step verifier and the bisection game, submit a model's result with a bond and play the dispute "
                    + "on-chain: a cheating submitter against an honest challenger (--cheat-step none: an honest submitter against a dishonest challenger).")
    static final class Op implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        OpCommand.TaskOptions options = new OpCommand.TaskOptions();

        @Option(names = "--cheat-step", paramLabel = "K|random|none", description = "First wrong step of the cheating submitter. Default: ${DEFAULT-VALUE}.")
        String cheat = "random";

        @Option(names = "--k", paramLabel = "K", description = "Hashes per bisection round, 1 to 64 (1 = binary). Default: ${DEFAULT-VALUE}.")
        int k = 1;

        @Option(names = "--silent", paramLabel = "none|submitter|challenger", description = "The dishonest party stops answering after its first moves and loses by timeout. Default: ${DEFAULT-VALUE}.")
        String silent = "none";

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the random cheat step. Default: ${DEFAULT-VALUE}.")
        long seed = 1;

        @Option(names = "--log", description = "Print every transaction with its gas (text mode).")
        boolean log;

        @Option(names = "--unchallenged", description = "Nobody lies: the claim is not disputed and finalises after the challenge window.")
        boolean unchallenged;

        @Override
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> {
                if (k < 1 || k > 64) throw new IllegalArgumentException("--k must be in [1, 64], got " + k);
                if (!silent.equals("none") && !silent.equals("submitter") && !silent.equals("challenger")) {
                    throw new IllegalArgumentException("--silent must be none, submitter or challenger, got " + silent);
                }
                PrintWriter err = spec.commandLine().getErr();
                PrintWriter out = spec.commandLine().getOut();
                Task task = OpCommand.task(options, err);
                Program program = task.model().whole();
                long start = System.nanoTime();
                VmTrace truth = VmTrace.honest(program, task.input());
                long n = truth.length();
                long cheatStep = OptimisticRun.cheatStep(cheat, n, seed);
                boolean honestSubmitter = cheat.equals("none");
                if (unchallenged && !cheat.equals("random")) throw new IllegalArgumentException("--unchallenged means nobody lies: leave out --cheat-step");
                if (unchallenged && !silent.equals("none")) throw new IllegalArgumentException("--unchallenged: nobody disputes, so nobody can go silent");
                if (silent.equals("submitter") && honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with --cheat-step none, that is the challenger");
                if (silent.equals("challenger") && !honestSubmitter) throw new IllegalArgumentException("--silent names the dishonest party: with a cheating submitter, that is the submitter");
                OnChainGame.Silence silence = silent.equals("none") ? OnChainGame.Silence.NONE : new OnChainGame.Silence(silent, silent.equals("submitter") ? 1 : 2);
                OptimisticRun.Cheater cheater = unchallenged ? OptimisticRun.Cheater.NOBODY
                        : honestSubmitter ? OptimisticRun.Cheater.CHALLENGER : OptimisticRun.Cheater.SUBMITTER;
                Map<String, Object> m = new LinkedHashMap<>();
                StringBuilder moves = new StringBuilder();
                OptimisticRun.Result run;
                try (LocalChain chain = LocalChain.open();
                     ProgressBar bar = ProgressBars.of("on-chain game", unchallenged ? 4 : 2 * Bisection.rounds(n, k) + 5)) {
                    if (silence != OnChainGame.Silence.NONE && !chain.local()) {
                        throw new IllegalArgumentException("--silent needs the local node's clock (evm_increaseTime); on " + chain.url() + " deadlines pass in real time");
                    }
                    run = OptimisticRun.play(chain, truth, cheater, cheatStep, k, silence,
                            (party, what, gas) -> {
                                moves.append(String.format("  %-10s %-48s %,10d gas%n", party, what, gas));
                                bar.step();
                            });
                    m.put("rpc", chain.local() ? "local Hardhat node (started and stopped by this command)" : chain.url());
                }
                GameOutcome o = run.outcome();
                cheatStep = run.cheatStep();
                long oneStepDeploy = run.oneStepDeployGas(), gameDeploy = run.gameDeployGas();
                double ms = (System.nanoTime() - start) / 1e6;
                err.println("on-chain dispute over " + String.format("%,d", n) + " steps resolved in " + Stopwatch.format(ms * 1e6));
                err.flush();
                if (options.json) {
                    m.put("model", task.model().name());
                    m.put("input", options.row);
                    m.put("steps", o.steps());
                    m.put("k", o.k());
                    m.put("paddedLength", o.paddedLength());
                    m.put("cheatStep", cheatStep);
                    m.put("honest", o.honest());
                    m.put("winner", o.winner());
                    m.put("ruling", o.ruling());
                    m.put("rounds", o.rounds());
                    m.put("disputedStep", o.leaf());
                    m.put("deployGas", Map.of("OneStep", oneStepDeploy, "BisectionGame", gameDeploy));
                    m.put("requestGas", o.requestGas());
                    m.put("submitGas", o.submitGas());
                    m.put("challengeGas", o.challengeGas());
                    m.put("moveGas", o.moveGas());
                    m.put("oneStepGas", o.oneStepGas());
                    m.put("timeoutGas", o.endGas());
                    m.put("claimGas", o.claimGas());
                    m.put("totalDisputeGas", o.totalDisputeGas());
                    m.put("bondsConserved", o.bondsConserved());
                    m.put("chainId", o.chainId());
                    m.put("challengeWindowSeconds", run.params().challengeWindow());
                    m.put("moveTimeoutSeconds", run.params().responseWindow());
                    m.put("finalityBoundSeconds", run.finalityBoundSeconds());
                    m.put("chainSeconds", run.chainSeconds());
                    m.put("ms", ms);
                    out.println(Json.write(m));
                } else {
                    if (log) out.print(moves);
                    out.printf("trace length     %,d steps, padded to %,d; k = %d: %d rounds%n", o.steps(), o.paddedLength(), o.k(), o.rounds());
                    out.printf("cheat            %s%n", unchallenged ? "nobody lies: the claim is not challenged"
                            : (honestSubmitter ? "dishonest challenger believes a lie" : "submitter lies") + " from step " + cheatStep);
                    out.printf("winner           %s (honest: %s) — %s%n", o.winner(), o.honest(), o.ruling());
                    out.printf("deploy gas       OneStep %,d; BisectionGame %,d%n", oneStepDeploy, gameDeploy);
                    out.printf("submit gas       %,d%n", o.submitGas());
                    out.printf("move gas         %s%n", o.moveGas());
                    out.printf("one-step gas     %,d%n", o.oneStepGas());
                    out.printf("dispute gas      %,d in total (challenge, moves, proof or timeout, bond claim)%n", o.totalDisputeGas());
                    out.printf("bonds conserved  %s; chain id %d%n", o.bondsConserved(), o.chainId());
                    out.printf("finality         at most %,d s after the submission (window %,d s%s); here %,d s of chain clock%n", run.finalityBoundSeconds(),
                            run.params().challengeWindow(), o.challenged() ? String.format(" + %d moves × %,d s", 2 * o.rounds() + 1, run.params().responseWindow()) : "",
                            run.chainSeconds());
                }
                out.flush();
                return 0;
            });
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
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> serve(spec.commandLine().getOut()));
        }

        private int serve(PrintWriter out) throws InterruptedException {
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
