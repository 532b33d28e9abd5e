package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A played claim: every challenge, move, timeout and the finalization, each with its sender, the time the venue
 * stamped on it and the ruling; the claim and its disputes at the end; the wall-clock time.
 *
 * @param claim the posted claim
 * @param log   the actions in order, each with its ruling (refused ones included)
 * @param end   the claim and its disputes when it was settled
 * @param nanos wall-clock time of the whole play (off-chain work of every party and the referee, or the chain's answers)
 */
public record ClaimRecord(Claim claim, List<Entry> log, Docket end, long nanos) {
    public ClaimRecord {
        log = List.copyOf(log);
    }

    /**
     * One action and how it was ruled.
     *
     * @param account  who sent it
     * @param dispute  the dispute it belongs to (-1: the claim itself — a refused challenge, the finalization)
     * @param side     the sender's side in that dispute (null for a finalization, which anyone may ask for)
     * @param time     the venue's time when it was sent
     * @param move     the move
     * @param accepted whether it was accepted
     * @param reason   what the referee checked, or why it refused
     */
    public record Entry(String account, int dispute, Party side, long time, Move move, boolean accepted, String reason) {
        @Override
        public String toString() {
            return GameRecord.line(move, account + (dispute >= 0 ? " in dispute " + dispute : ""), time, accepted, reason);
        }
    }

    /** Where the claim ended: final or rejected. */
    public Standing standing() {
        return end.standing();
    }

    /** Milliseconds. */
    public double millis() {
        return nanos / 1e6;
    }

    /** The dispute that decided the claim: the one that rejected it, else the longest one played (-1 when unchallenged). */
    public int decidingDispute() {
        if (end.rejectedBy().isPresent()) return end.rejectedBy().getAsInt();
        int best = -1;
        for (int i = 0; i < end.disputes().size(); i++) {
            if (best < 0 || end.dispute(i).rounds() > end.dispute(best).rounds()) best = i;
        }
        return best;
    }

    /**
     * Dispute {@code i} seen on its own, as a one-challenger game: its moves and timeouts (with the challenge that
     * opened it and the claim's finalization), and its end; for {@code i = -1} (no dispute), the claim settled
     * unchallenged.
     */
    public GameRecord game(int i) {
        List<GameRecord.Entry> entries = new ArrayList<>();
        String challenger = i >= 0 ? end.disputes().get(i).challenger() : null;
        for (Entry e : log) {
            boolean mine = e.dispute() == i || (e.dispute() < 0 && (e.move() instanceof Move.Finalize || e.account().equals(challenger)));
            if (mine || (i < 0 && e.dispute() < 0)) entries.add(new GameRecord.Entry(e.side(), e.time(), e.move(), e.accepted(), e.reason()));
        }
        // with no dispute, the claim can only have become final when its window closed
        GameState.Resolved r = i >= 0 ? (GameState.Resolved) end.dispute(i)
                : new GameState.Resolved(claim, 0, end.time(), Party.SUBMITTER, Ending.UNCHALLENGED, "unchallenged: the challenge window closed",
                        java.util.OptionalInt.empty(), OptionalLong.empty(), 0, 0);
        return new GameRecord(claim, entries, r, nanos);
    }
}
