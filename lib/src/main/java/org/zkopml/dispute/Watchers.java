package org.zkopml.dispute;

import java.util.SplittableRandom;

/**
 * The 1-of-N assumption, shown: Monte Carlo runs of a {@link WatchModel} (who is online, who answers in time),
 * and one real game per draw, in which the first watcher to answer within the window is the challenger — or, when
 * nobody does, the challenger stays silent ({@link SilentActor} after 0 moves) and a cheating claim is finalised by
 * the referee when the window closes.
 */
public final class Watchers {
    private Watchers() {}

    /**
     * The fraction of {@code trials} seeded draws in which some watcher's challenge lands within {@code window}
     * (for {@link WatchModel#instant}: in which some watcher is online).
     */
    public static Estimate caught(WatchModel model, double window, int trials, long seed) {
        if (trials < 1) throw new IllegalArgumentException("trials must be ≥ 1, got " + trials);
        SplittableRandom rnd = new SplittableRandom(seed);
        long hits = 0;
        for (int t = 0; t < trials; t++) {
            if (model.firstChallenge(rnd) <= window) hits++;
        }
        return new Estimate(hits, trials);
    }

    /**
     * Plays one claim by {@code submitter} under {@code referee} with a challenger computing {@code truth}: honest
     * and answering when {@code challengeAt} ≤ the referee's challenge window, silent from the start otherwise.
     * The winner says whether a cheat was caught (challenger) or finalised (submitter).
     */
    public static GameRecord play(Referee referee, SubmitterActor submitter, Belief truth, double challengeAt, Ledger ledger) {
        ChallengerActor watcher = ChallengerActor.honest("watcher", truth);
        Actor challenger = challengeAt <= referee.rules().challengeWindow() ? watcher : new SilentActor(watcher, 0);
        return Arena.play(referee, submitter, challenger, ledger);
    }
}
