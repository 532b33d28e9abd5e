package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zkopml.values.Verdict;

/**
 * Plays a claim at a {@link Venue} — the Java referee's {@link Game} or a contract — between a submitter and any
 * number of challengers: the same loop, the same actors in both worlds. In each pass every challenger whose time
 * has come decides whether to challenge, then in every open dispute the side on turn moves once its latency has
 * passed since the dispute's last move (one time unit for a prompt actor); a side that does not answer (or whose
 * move is refused) is waited for until its deadline has passed, and then the waiting side claims the timeout;
 * once the window has passed and no dispute is open, the claim is finalized. When nothing can happen now, the
 * clock jumps to the next event: an arrival, an answer, a passed deadline or the window's end. The disputes run
 * side by side, each on its own clock; the venue stamps every move and moves the bonds.
 */
public final class Arena {
    /** Most ticks a claim can take: every tick moves some dispute or jumps the clock to an event, so this is never reached. */
    static final int MAX_TICKS = 100_000;

    private Arena() {}

    /**
     * A challenger: its account, how it plays, and when it first looks at the claim.
     *
     * @param account      its account at the venue
     * @param actor        how it plays (side {@link Party#CHALLENGER})
     * @param arrivesAfter time after the claim's posting at which it first looks (late: after the window)
     */
    public record Entrant(String account, Actor actor, long arrivesAfter) {
        public Entrant {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(actor, "actor");
            if (actor.side() != Party.CHALLENGER) throw new IllegalArgumentException(actor.name() + " does not play the challenger's side");
            if (arrivesAfter < 0 || arrivesAfter > Bounds.MAX_TIME) throw new IllegalArgumentException("arrivesAfter must be in [0, 2^62], got " + arrivesAfter);
        }
    }

    /**
     * Plays the claim posted at {@code venue} to its settlement: {@code submitter} answers in every dispute,
     * each entrant challenges (or not) when it arrives, and {@code finalizer} — anyone — finalizes after the
     * window. {@code listener} sees the state of every dispute after each action.
     */
    public static ClaimRecord play(Venue venue, Actor submitter, List<Entrant> challengers, String finalizer, DisputeListener listener) {
        if (submitter.side() != Party.SUBMITTER) throw new IllegalArgumentException(submitter.name() + " does not play the submitter's side");
        long start = System.nanoTime();
        Docket d = venue.docket();
        Claim claim = d.claim();
        List<ClaimRecord.Entry> log = new ArrayList<>();
        boolean[] asked = new boolean[challengers.size()];
        Map<Integer, Actor> actorOf = new HashMap<>();
        Map<Integer, Long> stalledAt = new HashMap<>(); // dispute → the deadline of the state in which its mover did not answer
        for (int tick = 0; !(d = venue.docket()).settled(); tick++) {
            if (tick > MAX_TICKS) throw new IllegalStateException("the claim was not settled after " + MAX_TICKS + " ticks");
            boolean acted = false;
            for (int i = 0; i < challengers.size() && !d.settled(); i++) {
                Entrant e = challengers.get(i);
                if (asked[i] || venue.now() - d.postedAt() < e.arrivesAfter()) continue;
                asked[i] = true;
                Optional<Move> m = e.actor().act(new GameState.AwaitingChallenge(claim, 0, d.postedAt(), d.windowEnd()));
                if (m.isEmpty() || !(m.get() instanceof Move.Challenge)) continue;
                long time = venue.now();
                Verdict<Integer> v = venue.challenge(e.account());
                log.add(new ClaimRecord.Entry(e.account(), v.accepted() ? v.value() : -1, Party.CHALLENGER, time, m.get(), v.accepted(), v.reason()));
                d = venue.docket();
                if (v.accepted()) {
                    actorOf.put(v.value(), e.actor());
                    acted = true;
                    listener.moved(d.dispute(v.value()));
                } else {
                    listener.moved(new GameState.AwaitingChallenge(claim, 0, d.postedAt(), d.windowEnd()));
                }
            }
            for (int i = 0; i < d.disputes().size() && !d.settled(); i++, d = venue.docket()) {
                if (!(d.dispute(i) instanceof GameState.Pending p)) continue;
                long time = venue.now();
                Long stalled = stalledAt.get(i);
                if (stalled != null && stalled == p.deadline()) {
                    if (time <= p.deadline()) continue;
                    Party waiting = p.turn().other();
                    Verdict<Docket> v = venue.send(i, waiting, new Move.Timeout());
                    log.add(new ClaimRecord.Entry(account(d, i, waiting), i, waiting, time, new Move.Timeout(), v.accepted(), v.reason()));
                    listener.moved(venue.docket().dispute(i));
                    acted |= v.accepted();
                    continue;
                }
                Actor mover = p.turn() == Party.SUBMITTER ? submitter : actorOf.get(i);
                if (mover != null && time - p.time() < mover.latency()) continue; // not yet: it answers later
                Optional<Move> m = mover == null ? Optional.empty() : mover.act(p);
                if (m.isEmpty()) {
                    stalledAt.put(i, p.deadline());
                    continue;
                }
                Verdict<Docket> v = venue.send(i, p.turn(), m.get());
                log.add(new ClaimRecord.Entry(account(d, i, p.turn()), i, p.turn(), time, m.get(), v.accepted(), v.reason()));
                listener.moved(venue.docket().dispute(i));
                if (v.accepted()) acted = true;
                else stalledAt.put(i, p.deadline());
            }
            d = venue.docket();
            if (!d.settled() && venue.now() > d.windowEnd() && d.openDisputes() == 0) {
                long time = venue.now();
                Verdict<Docket> v = venue.finalizeClaim(finalizer);
                log.add(new ClaimRecord.Entry(finalizer, -1, null, time, new Move.Finalize(), v.accepted(), v.reason()));
                d = venue.docket();
                listener.moved(d.disputes().isEmpty() ? unchallenged(d) : d.dispute(d.disputes().size() - 1));
                acted |= v.accepted();
            }
            if (!acted && !d.settled()) {
                long next = nextEvent(d, submitter, actorOf, challengers, asked, stalledAt);
                if (next <= venue.now()) throw new IllegalStateException("the claim is stuck at t = " + venue.now() + ": the venue refused every move it was due");
                venue.waitUntil(next);
            }
        }
        return new ClaimRecord(claim, log, venue.docket(), System.nanoTime() - start);
    }

    private static String account(Docket d, int dispute, Party side) {
        return side == Party.SUBMITTER ? d.submitter() : d.disputes().get(dispute).challenger();
    }

    private static GameState unchallenged(Docket d) {
        return new GameState.Resolved(d.claim(), 0, d.time(), Party.SUBMITTER, Ending.UNCHALLENGED, "unchallenged: the challenge window closed",
                java.util.OptionalInt.empty(), java.util.OptionalLong.empty(), 0, 0);
    }

    /** The earliest time at which something can happen when nobody moved: an arrival, a passed deadline, the window's end. */
    private static long nextEvent(Docket d, Actor submitter, Map<Integer, Actor> actorOf, List<Entrant> challengers, boolean[] asked,
                                  Map<Integer, Long> stalledAt) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < challengers.size(); i++) {
            long a = challengers.get(i).arrivesAfter();
            if (!asked[i]) next = Math.min(next, d.postedAt() > Long.MAX_VALUE - a ? Long.MAX_VALUE : d.postedAt() + a);
        }
        for (int i = 0; i < d.disputes().size(); i++) {
            if (!(d.dispute(i) instanceof GameState.Pending p)) continue;
            Long stalled = stalledAt.get(i);
            Actor mover = p.turn() == Party.SUBMITTER ? submitter : actorOf.get(i);
            if ((stalled == null || stalled != p.deadline()) && mover != null) next = Math.min(next, p.time() + Math.max(1, mover.latency()));
            next = Math.min(next, p.deadline() + 1);
        }
        if (d.openDisputes() == 0) next = Math.min(next, d.windowEnd() + 1);
        return next;
    }

    /**
     * Plays {@code submitter} against one {@code challenger} (which may decline to challenge) under
     * {@code referee}, at time 0, with the accounts named by the sides' labels. Throws IllegalArgumentException,
     * with nothing locked, when the claim cannot be posted.
     */
    public static GameRecord play(Referee referee, SubmitterActor submitter, Actor challenger, Ledger ledger) {
        return play(referee, submitter.claim(), submitter, challenger, ledger);
    }

    /** Plays with an explicit claim and any submitter actor (e.g. a {@link SilentActor}). */
    public static GameRecord play(Referee referee, Claim claim, Actor submitter, Actor challenger, Ledger ledger) {
        return play(referee, claim, submitter, challenger, ledger, DisputeListener.NONE);
    }

    /**
     * {@link #play(Referee, Claim, Actor, Actor, Ledger)}, showing {@code listener} every state the game passes
     * through: the one-challenger game is the claim's only dispute (or none), finalized by the submitter.
     */
    public static GameRecord play(Referee referee, Claim claim, Actor submitter, Actor challenger, Ledger ledger, DisputeListener listener) {
        if (submitter.side() != Party.SUBMITTER || challenger.side() != Party.CHALLENGER) throw new IllegalArgumentException("actors on the wrong sides");
        Verdict<Game> opened = Game.open(referee, ledger, Party.SUBMITTER, 0, claim);
        if (opened.rejected()) throw new IllegalArgumentException("claim rejected: " + opened.reason());
        Docket d = opened.value().docket();
        listener.moved(new GameState.AwaitingChallenge(claim, referee.rules().submitterBond(), d.postedAt(), d.windowEnd()));
        ClaimRecord r = play(opened.value(), submitter, List.of(new Entrant(Party.CHALLENGER.label(), challenger, 0)), Party.SUBMITTER.label(), listener);
        return r.game(r.end().disputes().isEmpty() ? -1 : 0);
    }
}
