package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zkopml.values.Verdict;

/**
 * Plays one game on a simulated chain: the chain's clock advances by one per move and stamps every move
 * with its sender and time; the actor whose turn it is moves; when it does not answer (or sends a move
 * the referee rejects) the clock runs past its deadline and the waiting side claims the timeout. Bonds
 * are locked and paid through the {@link Ledger}, atomically with the moves ({@link Game}).
 */
public final class Arena {
    /** Most moves a game can take: each accepted move narrows the interval or ends a phase, so this is never reached. */
    static final int MAX_MOVES = 10_000;

    private Arena() {}

    /**
     * Plays {@code submitter} against {@code challenger} (which may decline to challenge) under
     * {@code referee}. Throws IllegalArgumentException, with nothing locked, when the claim cannot be posted.
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
        Verdict<Game> opened = Game.open(referee, ledger, Party.SUBMITTER, now, claim);
        if (opened.rejected()) throw new IllegalArgumentException("claim rejected: " + opened.reason());
        Game game = opened.value();
        listener.moved(game.state());
        List<GameRecord.Entry> log = new ArrayList<>();
        for (int moves = 0; game.state() instanceof GameState.Pending s; moves++) {
            if (moves > MAX_MOVES) throw new IllegalStateException("game did not end");
            Actor mover = s.turn() == Party.SUBMITTER ? submitter : challenger;
            now++;
            Optional<Move> m = mover.act(s);
            boolean moved = false;
            if (m.isPresent()) {
                Verdict<GameState> r = game.send(mover.side(), now, m.get());
                log.add(new GameRecord.Entry(mover.side(), now, m.get(), r.accepted(), r.reason()));
                moved = r.accepted();
            }
            if (!moved) {
                now = Math.max(now, s.deadline() + 1);
                Party waiting = s.turn().other();
                Verdict<GameState> r = game.send(waiting, now, new Move.Timeout());
                log.add(new GameRecord.Entry(waiting, now, new Move.Timeout(), r.accepted(), r.reason()));
            }
            listener.moved(game.state());
        }
        return new GameRecord(claim, log, (GameState.Resolved) game.state(), System.nanoTime() - start);
    }
}
