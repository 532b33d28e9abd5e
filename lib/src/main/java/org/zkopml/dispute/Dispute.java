package org.zkopml.dispute;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.zkopml.vm.LayeredProgram;

/**
 * One call to set up and play a dispute over a compiled model: an honest party and a cheater (wrong from step
 * K, or a dishonest challenger when there is no cheat), each computing on its own. {@link #players} sets the
 * two up; {@link #play} plays them at the Java referee's {@link Game}, and the chain package plays the very same
 * players at a contract (so that {@code ./kit op dispute} and {@code ./kit chain op} agree move for move).
 */
public final class Dispute {
    /** Checkpoint interval used by the parties' replays. */
    public static final long CHECKPOINT_INTERVAL = 1 << 16;
    /** The accounts of a one-challenger game: the sides' labels. */
    public static final String SUBMITTER = Party.SUBMITTER.label(), CHALLENGER = Party.CHALLENGER.label();

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

    /** Both parties' own runs, each on its own thread (and core): neither sees the other's; the submitter's first. */
    private static HonestBelief[] bothRun(Task task, DisputeListener listener) {
        java.util.concurrent.CompletableFuture<HonestBelief> runA = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> party(task, Party.SUBMITTER, listener), PARTIES);
        HonestBelief truthB = party(task, Party.CHALLENGER, listener);
        try {
            return new HonestBelief[] {runA.join(), truthB};
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The two parties of a dispute over a task.
     *
     * @param truth      the challenger's own run of the task (every party computes on its own)
     * @param claim      the claim the submitter posts
     * @param submitter  the submitter: honest, or lying from the cheat step
     * @param challenger the challenger: honest against a liar, dishonest (seeded random selections) against an honest submitter
     * @param cheatStep  the liar's first wrong step (empty when the submitter is honest)
     * @param honest     the honest side, who must win
     */
    public record Players(HonestBelief truth, Claim claim, Actor submitter, Actor challenger, OptionalLong cheatStep, Party honest) {
        /** The same players with {@code side} answering only its first {@code moves} moves, then silent (a {@link SilentActor}). */
        public Players silent(Party side, int moves) {
            return side == Party.SUBMITTER
                    ? new Players(truth, claim, new SilentActor(submitter, moves), challenger, cheatStep, honest)
                    : new Players(truth, claim, submitter, new SilentActor(challenger, moves), cheatStep, honest);
        }
    }

    /**
     * Sets up the parties of {@code task} with {@code cheat}: both run the program on their own (telling
     * {@code listener} their progress); the seed draws a random cheat step and the dishonest challenger's choices.
     */
    public static Players players(Task task, Cheat cheat, long seed, DisputeListener listener) {
        HonestBelief[] truths = bothRun(task, listener);
        HonestBelief truthA = truths[0], truthB = truths[1];
        OptionalLong k = cheat.step(truthA.replay().length(), seed);
        if (k.isEmpty()) {
            return new Players(truthB, truthA.claim(), new SubmitterActor("submitter", truthA), ChallengerActor.dishonest("challenger", truthB, seed), k, Party.SUBMITTER);
        }
        Belief liar = cheat.liar(truthA, seed);
        return new Players(truthB, liar.claim(), new SubmitterActor("submitter", liar), ChallengerActor.honest("challenger", truthB), k, Party.CHALLENGER);
    }

    /**
     * The parties of {@code task} when nobody lies: an honest submitter and an honest challenger who finds nothing to
     * dispute (the claim is final after its window).
     */
    public static Players nobodyLies(Task task, DisputeListener listener) {
        HonestBelief[] truths = bothRun(task, listener);
        HonestBelief truthA = truths[0], truthB = truths[1];
        return new Players(truthB, truthA.claim(), new SubmitterActor("submitter", truthA), ChallengerActor.honest("challenger", truthB),
                OptionalLong.empty(), Party.SUBMITTER);
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
        return play(new Referee(rules, task), players(task, cheat, seed, listener), listener);
    }

    /** Plays {@code players} at a fresh Java venue of {@code referee}, each account funded with its bond. */
    public static DisputeResult play(Referee referee, Players players, DisputeListener listener) {
        Rules rules = referee.rules();
        Ledger ledger = new Ledger();
        ledger.deposit(SUBMITTER, rules.submitterBond()).orElseThrow();
        ledger.deposit(CHALLENGER, rules.challengerBond()).orElseThrow();
        Game game = Game.open(referee, ledger, SUBMITTER, 0, players.claim()).orElseThrow();
        listener.gameStarts(players.truth().replay().length());
        listener.moved(new GameState.AwaitingChallenge(players.claim(), rules.submitterBond(), game.docket().postedAt(), game.docket().windowEnd()));
        ClaimRecord record = Arena.play(game, players.submitter(), List.of(new Arena.Entrant(CHALLENGER, players.challenger(), 0)), SUBMITTER, listener);
        return result(record, players.truth(), rules, players.cheatStep(), players.honest());
    }

    /**
     * Summarises a played claim by the dispute that decided it ({@link ClaimRecord#decidingDispute()});
     * {@code truth} maps layer-local steps back to whole-program steps.
     */
    public static DisputeResult result(ClaimRecord record, HonestBelief truth, Rules rules, OptionalLong cheatStep, Party honest) {
        int deciding = record.decidingDispute();
        GameRecord g = record.game(deciding);
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
        Party winner = record.standing() == Standing.REJECTED ? Party.CHALLENGER : Party.SUBMITTER;
        return new DisputeResult(n, layers, rules.k(), rules.phases(), e.rounds(), e.layerRounds(), expected, cheatStep, disputed,
                layer, winner, honest, e.oneStepVerified(), e.resolution(), g, record);
    }
}
