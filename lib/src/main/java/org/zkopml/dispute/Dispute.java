package org.zkopml.dispute;

import java.util.OptionalInt;
import java.util.OptionalLong;
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

    /** The submitter's thread: a daemon, so that a JVM never waits for it. */
    private static final java.util.concurrent.Executor PARTIES = r -> {
        Thread t = new Thread(r, "dispute-submitter");
        t.setDaemon(true);
        t.start();
    };

    /** One party's own run of the task, reported to the listener (its calls serialised: two parties run at once). */
    private static HonestBelief party(Task task, Party who, DisputeListener listener) {
        HonestBelief b = new HonestBelief(task, CHECKPOINT_INTERVAL, steps -> {
            synchronized (listener) {
                listener.running(who, steps);
            }
        });
        synchronized (listener) {
            listener.ran(who, b.replay().length());
        }
        return b;
    }

    /** Plays a dispute with the given {@link Cheat}; the seed draws a random cheat step and the dishonest challenger's choices. */
    public static DisputeResult play(LayeredProgram model, long[] input, Rules rules, Cheat cheat, long seed) {
        return play(Task.of(model, input), rules, cheat, seed);
    }

    /** {@link #play(LayeredProgram, long[], Rules, Cheat, long)} for a task with its own model commitment. */
    public static DisputeResult play(Task task, Rules rules, Cheat cheat, long seed) {
        return play(task, rules, cheat, seed, DisputeListener.NONE);
    }

    /**
     * As {@link #play(Task, Rules, Cheat, long)}, showing {@code listener} each party's run (steps so far)
     * and then every state of the game (rounds so far).
     */
    public static DisputeResult play(Task task, Rules rules, Cheat cheat, long seed, DisputeListener listener) {
        // The two parties compute independently, each on its own thread (and core): neither sees the other's run.
        java.util.concurrent.CompletableFuture<HonestBelief> runA = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> party(task, Party.SUBMITTER, listener), PARTIES);
        HonestBelief truthB = party(task, Party.CHALLENGER, listener);
        HonestBelief truthA;
        try {
            truthA = runA.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
        long n = truthA.replay().length();
        SubmitterActor submitter;
        Actor challenger;
        OptionalLong k;
        if (cheat instanceof Cheat.None) {
            k = OptionalLong.empty();
            submitter = new SubmitterActor("submitter", truthA);
            challenger = ChallengerActor.dishonest("challenger", truthB, seed);
        } else {
            long step = cheat instanceof Cheat.AtStep a ? Math.min(a.step(), n) : 1 + new SplittableRandom(seed).nextLong(n);
            k = OptionalLong.of(step);
            submitter = new SubmitterActor("submitter", new CheatingBelief(truthA, step, seed));
            challenger = ChallengerActor.honest("challenger", truthB);
        }
        Ledger ledger = new Ledger();
        ledger.deposit(Party.SUBMITTER, rules.submitterBond()).orElseThrow();
        ledger.deposit(Party.CHALLENGER, rules.challengerBond()).orElseThrow();
        listener.gameStarts(n);
        GameRecord g = Arena.play(new Referee(rules, task), submitter.claim(), submitter, challenger, ledger, listener);
        return result(g, truthB, rules, k, k.isPresent() ? Party.CHALLENGER : Party.SUBMITTER);
    }

    /** Summarises a played game; {@code truth} maps layer-local steps back to whole-program steps. */
    static DisputeResult result(GameRecord g, HonestBelief truth, Rules rules, OptionalLong cheatStep, Party honest) {
        GameState.Resolved e = g.end();
        long n = truth.replay().length();
        int layers = truth.task().layers();
        OptionalLong disputed = e.disputedStep();
        int expected;
        if (rules.phases() == 2) {
            expected = Bisection.rounds(layers + 1L, rules.k());
            if (e.disputedLayer().isPresent()) {
                int layer = e.disputedLayer().getAsInt();
                long layerLength = truth.layerLength(layer);
                expected += Bisection.rounds(layerLength, rules.k());
                if (disputed.isPresent()) {
                    long offset = 0;
                    for (int l = 0; l < layer; l++) offset += truth.layerLength(l) - 1;
                    long local = disputed.getAsLong();
                    // the layer's own HALT (its last step) is the whole program's final HALT
                    disputed = OptionalLong.of(layer == layers - 1 && local == layerLength ? n : offset + local);
                }
            } else if (disputed.isPresent()) {
                expected += Bisection.rounds(e.claim().steps(), rules.k()); // the whole-program instruction phase
            }
        } else {
            expected = Bisection.rounds(e.claim().steps(), rules.k());
        }
        OptionalInt layer = e.disputedLayer();
        return new DisputeResult(n, layers, rules.k(), rules.phases(), e.rounds(), e.layerRounds(), expected, cheatStep, disputed,
                layer, e.winner(), honest, e.oneStepVerified(), e.resolution(), g);
    }
}
