package org.zkopml.dispute;

import java.util.List;

/**
 * A played game: every move with its sender, the time the chain stamped on it and the referee's ruling,
 * the final state and the wall-clock time.
 *
 * @param claim  the posted claim
 * @param log    the moves in order, each with its ruling (rejected moves included)
 * @param end    the final state
 * @param nanos  wall-clock time of the whole game (off-chain work of both parties and the referee)
 */
public record GameRecord(Claim claim, List<Entry> log, GameState.Resolved end, long nanos) {
    public GameRecord {
        log = List.copyOf(log);
    }

    /**
     * One move and how the referee ruled.
     *
     * @param by       the sender's side (as the chain saw it; null for a finalization, which anyone may ask for)
     * @param time     the time the chain stamped on it
     * @param move     the move
     * @param accepted whether it was accepted
     * @param reason   what the referee checked, or why it rejected the move
     */
    public record Entry(Party by, long time, Move move, boolean accepted, String reason) {
        @Override
        public String toString() {
            return line(move, by == null ? "anyone" : by.label(), time, accepted, reason);
        }
    }

    /** A log line: the move (with its index or number of hashes), who sent it and when, and the ruling. */
    static String line(Move move, String by, long time, boolean accepted, String reason) {
        String m = move.kind() + " by " + by + " at t=" + time;
        if (move instanceof Move.Select s) m += " index " + s.index();
        if (move instanceof Move.Bisect b) m += " (" + b.hashes().size() + " hashes)";
        return m + (accepted ? "  ✓" : "  ✗ " + reason);
    }

    /** The winner. */
    public Party winner() {
        return end.winner();
    }

    /** Bisection rounds played (both phases). */
    public int rounds() {
        return end.rounds();
    }

    /** Milliseconds. */
    public double millis() {
        return nanos / 1e6;
    }
}
