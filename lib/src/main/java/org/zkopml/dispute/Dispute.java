package org.zkopml.dispute;

import java.util.SplittableRandom;
import org.zkopml.vm.LayeredProgram;

/**
 * One call to set up and play a dispute over a compiled model: an honest party and a cheater (wrong
 * from step K, or a dishonest challenger when there is no cheat), each computing on its own.
 */
public final class Dispute {
    /** Checkpoint interval used by the parties' replays. */
    public static final long CHECKPOINT_INTERVAL = 1 << 16;

    private Dispute() {}

    /**
     * Plays a dispute. {@code cheatStep} ≥ 1 makes the submitter cheat from that step (clipped to N);
     * 0 picks K uniformly in [1, N] from {@code seed}; −1 means no cheat: an honest submitter against a
     * dishonest challenger.
     */
    public static DisputeResult play(LayeredProgram model, long[] input, Rules rules, long cheatStep, long seed) {
        return play(Task.of(model, input), rules, cheatStep, seed);
    }

    /** {@link #play(LayeredProgram, long[], Rules, long, long)} for a task with its own model commitment. */
    public static DisputeResult play(Task task, Rules rules, long cheatStep, long seed) {
        return play(task, rules, cheatStep, seed, DisputeListener.NONE);
    }

    /**
     * As {@link #play(Task, Rules, long, long)}, showing {@code listener} each party's run (steps so far)
     * and then every state of the game (rounds so far).
     */
    public static DisputeResult play(Task task, Rules rules, long cheatStep, long seed, DisputeListener listener) {
        HonestBelief truthA = new HonestBelief(task, CHECKPOINT_INTERVAL, steps -> listener.running(Party.SUBMITTER, steps));
        listener.ran(Party.SUBMITTER, truthA.replay().length());
        HonestBelief truthB = new HonestBelief(task, CHECKPOINT_INTERVAL, steps -> listener.running(Party.CHALLENGER, steps));
        listener.ran(Party.CHALLENGER, truthB.replay().length());
        long n = truthA.replay().length();
        SubmitterActor submitter;
        Actor challenger;
        long k = -1;
        if (cheatStep < 0) {
            submitter = new SubmitterActor("submitter", truthA);
            challenger = ChallengerActor.dishonest("challenger", truthB, seed);
        } else {
            k = cheatStep == 0 ? 1 + new SplittableRandom(seed).nextLong(n) : Math.min(cheatStep, n);
            submitter = new SubmitterActor("submitter", new CheatingBelief(truthA, k, seed));
            challenger = ChallengerActor.honest("challenger", truthB);
        }
        Ledger ledger = new Ledger();
        ledger.deposit("submitter", rules.submitterBond());
        ledger.deposit("challenger", rules.challengerBond());
        listener.gameStarts(n);
        GameRecord g = Arena.play(new Referee(rules, task), submitter.claim(), submitter, challenger, ledger, listener);
        return result(g, truthB, rules, k, cheatStep < 0 ? Party.SUBMITTER : Party.CHALLENGER);
    }

    /** Summarises a played game; {@code truth} maps layer-local steps back to whole-program steps. */
    static DisputeResult result(GameRecord g, HonestBelief truth, Rules rules, long cheatStep, Party honest) {
        GameState e = g.end();
        long n = truth.replay().length();
        int layers = truth.task().layers();
        long disputed = e.disputedStep();
        int expected;
        if (rules.phases() == 2 && e.layer() >= 0 && e.layer() < layers) {
            long layerLength = truth.layerLength(e.layer());
            expected = Bisection.rounds(layers, rules.k()) + Bisection.rounds(layerLength, rules.k());
            if (disputed >= 0) {
                long offset = 0;
                for (int l = 0; l < e.layer(); l++) offset += truth.layerLength(l) - 1;
                // the layer's own HALT (its last step) is the whole program's final HALT
                disputed = e.layer() == layers - 1 && disputed == layerLength ? n : offset + disputed;
            }
        } else {
            expected = rules.phases() == 2 ? Bisection.rounds(layers, rules.k()) : Bisection.rounds(n, rules.k());
        }
        return new DisputeResult(n, layers, rules.k(), rules.phases(), e.rounds(), e.layerRounds(), expected, cheatStep, disputed,
                e.layer(), e.winner(), honest, e.oneStepVerified(), e.resolution(), g);
    }
}
