package org.zkopml.dispute;

import org.zkopml.values.Verdict;

/**
 * One game as it lives on a chain: the {@link Referee}'s rules applied to moves stamped with the chain's
 * sender and time, and the bonds moved through a {@link Ledger} in the same step. A move that needs a
 * bond is accepted only if the bond can be locked, and then both happen; when the game resolves, the
 * escrow is paid to exactly the winner. A rejected move changes neither the state nor the ledger.
 */
public final class Game {
    private final Referee referee;
    private final Ledger ledger;
    private GameState state;

    private Game(Referee referee, Ledger ledger, GameState state) {
        this.referee = referee;
        this.ledger = ledger;
        this.state = state;
    }

    /** Posts {@code claim} from {@code sender} at {@code now}, locking the submitter's bond; rejected (nothing locked) if either fails. */
    public static Verdict<Game> open(Referee referee, Ledger ledger, Party sender, long now, Claim claim) {
        if (sender != Party.SUBMITTER) return Verdict.reject("only the submitter posts a claim");
        long bond = referee.rules().submitterBond();
        if (ledger.balance(Party.SUBMITTER) < bond) return Verdict.reject("the submitter cannot lock its bond " + bond + ": balance " + ledger.balance(Party.SUBMITTER));
        Verdict<GameState> posted = referee.post(claim, now);
        if (posted.rejected()) return posted.asRejection();
        ledger.lock(Party.SUBMITTER, bond).orElseThrow(); // checked above
        return Verdict.accept(new Game(referee, ledger, posted.value()), posted.reason());
    }

    /** Applies {@code move} sent by {@code sender} at {@code now}: the referee's ruling, with the bond and the payout it implies. */
    public Verdict<GameState> send(Party sender, long now, Move move) {
        Verdict<GameState> v = referee.apply(state, sender, now, move);
        if (v.rejected()) return v;
        if (move instanceof Move.Challenge) {
            Verdict<Void> bond = ledger.lock(Party.CHALLENGER, referee.rules().challengerBond());
            if (bond.rejected()) return Verdict.reject("the challenger's bond: " + bond.reason());
        }
        state = v.value();
        if (state instanceof GameState.Resolved r) ledger.pay(r.winner(), r.escrow()).orElseThrow(); // the escrow holds exactly this game's bonds
        return v;
    }

    /** The current state. */
    public GameState state() {
        return state;
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
