package org.zkopml.dispute;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A posted claim and every dispute against it: what the submission contract stores per claim (the referee's
 * claim-level state, immutable). Any number of challengers may each open a dispute of their own, with their own
 * bond, while the challenge window is open ({@link Referee#challenge}); the disputes run in parallel, each on its
 * own clock, under the rules of {@link Referee#apply(GameState, Party, long, Move)}. The claim becomes
 * {@link Standing#FINAL} only once its window has passed and every dispute against it was resolved in the
 * submitter's favour ({@link Referee#finalizeClaim}, which anyone may ask for), and {@link Standing#REJECTED}
 * as soon as the submitter loses one dispute: then every other open dispute ends
 * ({@link Ending#CLAIM_REJECTED}) and its bond goes back to its challenger. A challenger who loses on purpose
 * or goes silent (an accomplice of the submitter) thus settles only its own dispute.
 *
 * @param claim     the claim
 * @param submitter the account that posted it
 * @param postedAt  the time it was posted
 * @param windowEnd the last time a challenge is accepted
 * @param time      the latest time the referee accepted anything on this claim (the chain's time only moves on)
 * @param standing  open, final or rejected
 * @param disputes  the disputes in the order they were opened (the dispute number is the index)
 */
public record Docket(Claim claim, String submitter, long postedAt, long windowEnd, long time, Standing standing, List<Case> disputes) {
    public Docket {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(standing, "standing");
        disputes = List.copyOf(disputes);
    }

    /**
     * One dispute: who opened it and where it stands.
     *
     * @param challenger the challenger's account
     * @param state      the dispute's game state (its escrow is the challenger's bond)
     */
    public record Case(String challenger, GameState state) {
        public Case {
            Objects.requireNonNull(challenger, "challenger");
            Objects.requireNonNull(state, "state");
        }
    }

    /** Disputes not yet resolved. */
    public int openDisputes() {
        return (int) disputes.stream().filter(c -> c.state() instanceof GameState.Pending).count();
    }

    /** The dispute whose resolution rejected the claim (the one a challenger won), if any. */
    public OptionalInt rejectedBy() {
        for (int i = 0; i < disputes.size(); i++) {
            if (disputes.get(i).state() instanceof GameState.Resolved r && r.winner() == Party.CHALLENGER && r.ending() != Ending.CLAIM_REJECTED) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The state of dispute {@code i}. */
    public GameState dispute(int i) {
        return disputes.get(i).state();
    }

    /** Whether the claim is settled (final or rejected). */
    public boolean settled() {
        return standing != Standing.OPEN;
    }
}
