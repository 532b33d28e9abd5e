package org.zkopml.dispute;

import org.zkopml.values.Verdict;

/**
 * A claim as it lives on a chain, in Java: the {@link Referee}'s claim-level rules ({@link Docket}) applied to
 * moves stamped with the sender and this venue's clock, and the bonds moved through a {@link Ledger} in the
 * same step, as the contracts move them:
 * <ul>
 * <li>posting locks the submitter's bond, each challenge the challenger's: a move that needs a bond is
 *     accepted only if the bond can be locked, and otherwise nothing changes;</li>
 * <li>a dispute the submitter wins pays that challenger's bond to the submitter;</li>
 * <li>a dispute the submitter loses rejects the claim: the winning challenger gets its bond back and the
 *     submitter's bond; every other open dispute ends and returns its bond to its challenger;</li>
 * <li>finalizing (anyone, after the window, no dispute open) returns the submitter's bond.</li>
 * </ul>
 * A rejected move changes neither the docket nor the ledger; the escrow always holds exactly the bonds of the
 * open disputes, plus the submitter's while the claim is open.
 */
public final class Game implements Venue {
    private final Referee referee;
    private final Ledger ledger;
    private Docket docket;
    private long clock;

    private Game(Referee referee, Ledger ledger, Docket docket) {
        this.referee = referee;
        this.ledger = ledger;
        this.docket = docket;
        this.clock = docket.postedAt();
    }

    /** Posts {@code claim} from {@code submitter} at {@code now}, locking its bond; rejected (nothing locked) if either fails. */
    public static Verdict<Game> open(Referee referee, Ledger ledger, String submitter, long now, Claim claim) {
        long bond = referee.rules().submitterBond();
        if (submitter != null && ledger.balance(submitter) < bond) {
            return Verdict.reject("the submitter cannot lock its bond " + bond + ": balance " + ledger.balance(submitter));
        }
        Verdict<Docket> posted = referee.open(claim, submitter, now);
        if (posted.rejected()) return posted.asRejection();
        ledger.lock(submitter, bond).orElseThrow(); // checked above
        return Verdict.accept(new Game(referee, ledger, posted.value()), posted.reason());
    }

    /** {@link #open(Referee, Ledger, String, long, Claim)} for a one-challenger game: only {@link Party#SUBMITTER} posts, from its label's account. */
    public static Verdict<Game> open(Referee referee, Ledger ledger, Party sender, long now, Claim claim) {
        if (sender != Party.SUBMITTER) return Verdict.reject("only the submitter posts a claim");
        return open(referee, ledger, sender.label(), now, claim);
    }

    @Override
    public Docket docket() {
        return docket;
    }

    @Override
    public long now() {
        return clock;
    }

    @Override
    public void waitUntil(long time) {
        clock = Math.max(clock, time);
    }

    /** Sets the clock to {@code time}, even backwards (for tests of backdated moves: the referee refuses them). */
    public void setClock(long time) {
        clock = time;
    }

    @Override
    public Verdict<Integer> challenge(String account) {
        Verdict<Docket> v = referee.challenge(docket, account, clock);
        if (v.rejected()) return v.asRejection();
        Verdict<Void> bond = ledger.lock(account, referee.rules().challengerBond());
        if (bond.rejected()) return Verdict.reject("the challenger's bond: " + bond.reason());
        docket = v.value();
        return Verdict.accept(docket.disputes().size() - 1, v.reason());
    }

    @Override
    public Verdict<Docket> send(int dispute, Party sender, Move move) {
        if (move instanceof Move.Finalize) return finalizeClaim(sender == null ? null : sender.label());
        Docket before = docket;
        Verdict<Docket> v = referee.apply(docket, dispute, sender, clock, move);
        if (v.rejected()) return v;
        docket = v.value();
        payOut(before, docket);
        return v;
    }

    @Override
    public Verdict<Docket> finalizeClaim(String account) {
        Verdict<Docket> v = referee.finalizeClaim(docket, clock);
        if (v.rejected()) return v;
        docket = v.value();
        ledger.pay(docket.submitter(), referee.rules().submitterBond()).orElseThrow(); // the submitter's bond is still in escrow
        return v;
    }

    /** Pays what the disputes resolved by the last move owe (the escrow holds exactly these bonds). */
    private void payOut(Docket before, Docket after) {
        for (int i = 0; i < after.disputes().size(); i++) {
            if (!(before.dispute(i) instanceof GameState.Pending) || !(after.dispute(i) instanceof GameState.Resolved r)) continue;
            String challenger = after.disputes().get(i).challenger();
            if (r.winner() == Party.SUBMITTER) ledger.pay(after.submitter(), r.escrow()).orElseThrow();
            else if (r.ending() == Ending.CLAIM_REJECTED) ledger.pay(challenger, r.escrow()).orElseThrow();
            else ledger.pay(challenger, r.escrow() + referee.rules().submitterBond()).orElseThrow();
        }
    }

    /** The referee. */
    public Referee referee() {
        return referee;
    }

    /** The ledger. */
    public Ledger ledger() {
        return ledger;
    }
}
