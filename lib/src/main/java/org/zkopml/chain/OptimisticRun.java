package org.zkopml.chain;

import java.util.SplittableRandom;
import org.zkopml.dispute.Cheat;

/**
 * One optimistic inference on a chain from scratch, as {@code ./kit chain op} and {@code ./kit tour} both run it:
 * deploy the one-step verifier and a fresh bisection game, then post the claim and play it out with
 * {@link OnChainGame}. A fresh deployment per run keeps every gas figure reproducible (no storage slot is warm
 * from an earlier game), so two commands given the same model, input, cheat and arity report equal gas.
 */
public final class OptimisticRun {
    private OptimisticRun() {}

    /** Who lies. */
    public enum Cheater {
        /** The submitter posts a trace that goes wrong from the cheat step; the honest challenger disputes it. */
        SUBMITTER,
        /** The submitter is honest; the challenger believes a trace that goes wrong from the cheat step and disputes. */
        CHALLENGER,
        /** Both hold the true trace: nobody disputes and the claim finalises after the challenge window. */
        NOBODY
    }

    /**
     * What one run did and cost.
     *
     * @param outcome            the game's outcome (every gas figure from a receipt)
     * @param cheatStep          the first wrong step of the lying trace (0 when nobody lies)
     * @param oneStepDeployGas   gas to deploy the one-step verifier
     * @param gameDeployGas      gas to deploy the bisection game
     * @param params             the game's parameters (window, move timeout, bonds)
     * @param chainSeconds       chain-clock seconds from the submission's block to the block that resolved the claim
     */
    public record Result(GameOutcome outcome, long cheatStep, long oneStepDeployGas, long gameDeployGas,
                         DisputeGameContract.Params params, long chainSeconds) {
        /**
         * The latest time (seconds after the submission) at which the claim is final: the challenge window when
         * unchallenged; otherwise the window, then each of the 2R + 1 moves of a dispute (R bisections, R selections,
         * the one-step proof) allowed its move timeout — the bound an honest party must plan for.
         */
        public long finalityBoundSeconds() {
            return finalityBound(params, outcome.challenged(), outcome.rounds());
        }
    }

    /** {@link Result#finalityBoundSeconds()} from the parameters: window + (2·rounds + 1) × move timeout when disputed. */
    public static long finalityBound(DisputeGameContract.Params params, boolean disputed, int rounds) {
        return params.challengeWindow() + (disputed ? (2L * rounds + 1) * params.responseWindow() : 0);
    }

    /**
     * The first wrong step named by {@code cheat}: a step in [1, n], or, for {@link Cheat.Random} and {@link Cheat.None},
     * a step drawn from {@code seed} (the same draw for both, so that {@code none} swaps only who lies).
     */
    public static long cheatStep(Cheat cheat, long n, long seed) {
        if (cheat instanceof Cheat.AtStep at) {
            if (at.step() > n) throw new IllegalArgumentException("--cheat-step must be in [1, " + n + "] (the trace has " + n + " steps), got " + at.step());
            return at.step();
        }
        return 1 + new SplittableRandom(seed).nextLong(n);
    }

    /** {@link #cheatStep(Cheat, long, long)} of {@code K}, {@code random} or {@code none} ({@link Cheat#parse}). */
    public static long cheatStep(String cheat, long n, long seed) {
        return cheatStep(Cheat.parse(cheat), n, seed);
    }

    /**
     * Deploys the contracts (k-ary game, {@link DisputeGameContract.Params#of}) from account 0 and plays one
     * claim of the task whose true trace is {@code truth} ({@link VmTrace#honest}), with {@code cheater} lying from
     * {@code cheatStep}.
     */
    public static Result play(LocalChain chain, VmTrace truth, Cheater cheater, long cheatStep, int k,
                              OnChainGame.Silence silence, OnChainGame.Listener listener) {
        if (!truth.honest()) throw new IllegalArgumentException("truth must be the honest trace");
        VmTrace lie = cheater == Cheater.NOBODY ? truth : VmTrace.cheating(truth.program(), truth.input(), cheatStep);
        VmTrace submitter = cheater == Cheater.SUBMITTER ? lie : truth;
        VmTrace challenger = cheater == Cheater.CHALLENGER ? lie : truth;
        OneStepContract verifier = OneStepContract.deploy(chain, chain.account(0));
        DisputeGameContract game = DisputeGameContract.deploy(chain, chain.account(0), verifier.address(), DisputeGameContract.Params.of(k));
        long[] submitted = new long[1];
        OnChainGame.Listener timed = (party, what, gas) -> {
            if (party.equals("submitter") && what.startsWith("submit claim")) submitted[0] = chain.timestamp();
            listener.moved(party, what, gas);
        };
        GameOutcome o = new OnChainGame(chain, game).play(submitter, challenger, silence, timed);
        long resolved = chain.timestamp();
        return new Result(o, cheater == Cheater.NOBODY ? 0 : cheatStep, verifier.deployment().receipt().gasUsed(),
                game.deployment().receipt().gasUsed(), game.params(), resolved - submitted[0]);
    }
}
