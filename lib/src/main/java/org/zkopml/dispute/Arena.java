package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays one game: the submitter posts its claim, then the actor whose turn it is moves; when an actor
 * does not answer (or sends a move the referee rejects) the clock runs past its deadline and the
 * timeout is claimed for its opponent (anyone may trigger it, as on a chain). Bonds are locked and paid
 * through the {@link Ledger}.
 */
public final class Arena {
    private Arena() {}

    /**
     * Plays {@code submitter} against {@code challenger} (which may decline to challenge) under
     * {@code referee}. Throws IllegalArgumentException when the referee rejects the claim itself.
     */
    public static GameRecord play(Referee referee, SubmitterActor submitter, Actor challenger, Ledger ledger) {
        return play(referee, submitter.claim(), submitter, challenger, ledger);
    }

    /** Plays with an explicit claim and any submitter actor (e.g. a {@link SilentActor}). */
    public static GameRecord play(Referee referee, Claim claim, Actor submitter, Actor challenger, Ledger ledger) {
        return play(referee, claim, submitter, challenger, ledger, DisputeListener.NONE);
    }

    /** {@link #play(Referee, Claim, Actor, Actor, Ledger)}, showing {@code listener} every state the game passes through. */
    public static GameRecord play(Referee referee, Claim claim, Actor submitter, Actor challenger, Ledger ledger, DisputeListener listener) {
        if (submitter.side() != Party.SUBMITTER || challenger.side() != Party.CHALLENGER) throw new IllegalArgumentException("actors on the wrong sides");
        long start = System.nanoTime();
        long now = 0;
        Ruling posted = referee.post(claim, now);
        if (!posted.accepted()) throw new IllegalArgumentException("claim rejected: " + posted.reason());
        ledger.lock(submitter.name(), referee.rules().submitterBond());
        GameState s = posted.state();
        listener.moved(s);
        List<GameRecord.Entry> log = new ArrayList<>();
        int guard = 0;
        while (!s.resolved()) {
            if (++guard > 10_000) throw new IllegalStateException("game did not end");
            Actor mover = s.turn() == Party.SUBMITTER ? submitter : challenger;
            now++;
            Optional<Move> m = mover.act(s, now);
            boolean moved = false;
            if (m.isPresent()) {
                Ruling r = referee.apply(s, m.get());
                log.add(new GameRecord.Entry(m.get(), r.accepted(), r.reason()));
                if (r.accepted()) {
                    if (m.get() instanceof Move.Challenge) ledger.lock(challenger.name(), referee.rules().challengerBond());
                    s = r.state();
                    moved = true;
                    listener.moved(s);
                }
            }
            if (!moved && !s.resolved()) {
                now = s.deadline() + 1;
                Move t = new Move.Timeout(s.turn().other(), now);
                Ruling r = referee.apply(s, t);
                log.add(new GameRecord.Entry(t, r.accepted(), r.reason()));
                s = r.state();
                listener.moved(s);
            }
        }
        ledger.pay(s.winner() == Party.SUBMITTER ? submitter.name() : challenger.name(), s.escrow());
        return new GameRecord(claim, log, s, System.nanoTime() - start);
    }
}
