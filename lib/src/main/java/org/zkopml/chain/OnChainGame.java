package org.zkopml.chain;

import org.web3j.crypto.Credentials;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One optimistic round on-chain between two parties holding {@link VmTrace}s: the requester fixes the task,
 * the submitter posts its claim with its bond, the challenger disputes it if its own trace ends elsewhere,
 * then the k-ary bisection runs move by move (the submitter posts its hashes at the interval's inner points,
 * the challenger selects the first part whose end it disputes), and the challenger proves the last step
 * with the one-step verifier. A party may go silent after a number of its moves: the other then waits past
 * the deadline ({@code evm_increaseTime}) and claims the timeout. The winner claims both bonds. Every gas
 * figure is from a receipt; the balances of both parties are checked for conservation of value.
 */
public final class OnChainGame {
    /** Which party stops answering, after how many of its own moves (its challenge or bisections/selections/proof). */
    public record Silence(String party, int afterMoves) {
        /** Nobody goes silent. */
        public static final Silence NONE = new Silence("none", Integer.MAX_VALUE);

        public Silence {
            if (!party.equals("none") && !party.equals("submitter") && !party.equals("challenger")) {
                throw new IllegalArgumentException("silent party must be none, submitter or challenger, got " + party);
            }
            if (afterMoves < 0) throw new IllegalArgumentException("afterMoves must be ≥ 0");
        }
    }

    /** A step of the game as it happens (for logs and notebooks). */
    public interface Listener {
        /** One mined transaction: who sent it, what it was, its gas. */
        void moved(String party, String what, long gas);

        /** Listens to nothing. */
        Listener NONE = (party, what, gas) -> { };
    }

    private final LocalChain chain;
    private final DisputeGameContract game;
    private final Credentials requester;
    private final Credentials submitterKey;
    private final Credentials challengerKey;

    /** A game on {@code game} with accounts 0 (requester), 1 (submitter) and 2 (challenger) of the chain. */
    public OnChainGame(LocalChain chain, DisputeGameContract game) {
        this(chain, game, chain.account(0), chain.account(Math.min(1, chain.accounts() - 1)), chain.account(Math.min(2, chain.accounts() - 1)));
    }

    /** A game with explicit accounts. */
    public OnChainGame(LocalChain chain, DisputeGameContract game, Credentials requester, Credentials submitter, Credentials challenger) {
        if (submitter.getAddress().equalsIgnoreCase(challenger.getAddress())) {
            throw new IllegalArgumentException("the submitter and the challenger need different accounts (KIT_PRIVATE_KEY: give at least three keys)");
        }
        this.chain = chain;
        this.game = game;
        this.requester = requester;
        this.submitterKey = submitter;
        this.challengerKey = challenger;
    }

    /** Plays a game to the end between a submitter holding {@code s} and a challenger holding {@code c}. */
    public GameOutcome play(VmTrace s, VmTrace c) {
        return play(s, c, Silence.NONE, Listener.NONE);
    }

    /** {@link #play(VmTrace, VmTrace)} with a silent party and a listener. */
    public GameOutcome play(VmTrace s, VmTrace c, Silence silence, Listener listener) {
        if (!Arrays.equals(s.initialStateHash(), c.initialStateHash())) throw new IllegalArgumentException("the two traces are of different tasks");
        String honest = s.honest() && c.honest() ? "both" : s.honest() ? "submitter" : c.honest() ? "challenger" : "neither";
        BigInteger sStart = chain.balance(submitterKey.getAddress()), cStart = chain.balance(challengerKey.getAddress());
        BigInteger sFees = BigInteger.ZERO, cFees = BigInteger.ZERO;

        DisputeGameContract.Posted task = game.request(requester, s.modelCommitment(), s.input(), s.initialStateHash(),
                s.program().outputAddress(), s.program().outputLength());
        listener.moved("requester", "request task " + task.id(), task.receipt().gasUsed());
        DisputeGameContract.Posted claim = game.submit(submitterKey, task.id(), s.output(), s.finalStateHash(), s.length(), s.opening());
        sFees = sFees.add(claim.receipt().fee());
        listener.moved("submitter", "submit claim " + claim.id() + " (N = " + s.length() + ")", claim.receipt().gasUsed());
        long id = claim.id();

        boolean disputes = !Arrays.equals(c.finalStateHash(), s.finalStateHash()) || c.length() != s.length()
                || !Arrays.equals(c.output(), s.output());
        List<Long> moves = new ArrayList<>();
        long challengeGas = 0, oneStepGas = 0, endGas = 0, leaf = -1;
        int sMoves = 0, cMoves = 0;
        if (!disputes || silent(silence, "challenger", cMoves)) {
            chain.advanceTime(game.params().challengeWindow() + 1);
            Receipt f = game.finalizeClaim(submitterKey, id);
            sFees = sFees.add(f.fee());
            endGas = f.gasUsed();
            listener.moved("submitter", "finalize after the window", endGas);
        } else {
            TimedOut ended = null;
            Receipt ch = game.challenge(challengerKey, id);
            cFees = cFees.add(ch.fee());
            challengeGas = ch.gasUsed();
            cMoves++;
            listener.moved("challenger", "challenge", challengeGas);
            int k = game.params().k();
            long lo = 0, hi = game.paddedLength(s.length());
            while (true) {
                if (hi - lo == 1) {
                    if (silent(silence, "challenger", cMoves)) {
                        ended = timeout(submitterKey, id, listener);
                        break;
                    }
                    Receipt p = game.proveStep(challengerKey, id, c.witnessAt(lo));
                    cFees = cFees.add(p.fee());
                    oneStepGas = p.gasUsed();
                    leaf = lo;
                    listener.moved("challenger", "prove step " + lo + " → " + hi, oneStepGas);
                    break;
                }
                if (silent(silence, "submitter", sMoves)) {
                    ended = timeout(challengerKey, id, listener);
                    break;
                }
                long part = (hi - lo) / (k + 1);
                List<byte[]> hashes = new ArrayList<>();
                for (int t = 1; t <= k; t++) hashes.add(s.hashAt(lo + t * part));
                Receipt b = game.bisect(submitterKey, id, hashes);
                sFees = sFees.add(b.fee());
                sMoves++;
                moves.add(b.gasUsed());
                listener.moved("submitter", "bisect [" + lo + ", " + hi + "] with " + k + " hashes", b.gasUsed());
                if (silent(silence, "challenger", cMoves)) {
                    ended = timeout(submitterKey, id, listener);
                    break;
                }
                int j = k;
                for (int t = 0; t < k; t++) {
                    if (!Arrays.equals(c.hashAt(lo + (t + 1) * part), hashes.get(t))) {
                        j = t;
                        break;
                    }
                }
                Receipt sel = game.select(challengerKey, id, j);
                cFees = cFees.add(sel.fee());
                cMoves++;
                moves.add(sel.gasUsed());
                lo = lo + j * part;
                hi = lo + part;
                listener.moved("challenger", "select part " + j + ": [" + lo + ", " + hi + "]", sel.gasUsed());
            }
            if (ended != null) {
                endGas = ended.receipt().gasUsed();
                if (ended.by() == submitterKey) sFees = sFees.add(ended.receipt().fee());
                else cFees = cFees.add(ended.receipt().fee());
            }
        }
        DisputeGameContract.Standing st = game.standing(id);
        boolean submitterWon = st.winner().equalsIgnoreCase(submitterKey.getAddress());
        Credentials winner = submitterWon ? submitterKey : challengerKey;
        Receipt paid = game.claimBond(winner, id);
        listener.moved(submitterWon ? "submitter" : "challenger", "claim the bond", paid.gasUsed());
        if (submitterWon) sFees = sFees.add(paid.fee());
        else cFees = cFees.add(paid.fee());

        BigInteger sNet = chain.balance(submitterKey.getAddress()).subtract(sStart).add(sFees);
        BigInteger cNet = chain.balance(challengerKey.getAddress()).subtract(cStart).add(cFees);
        boolean challenged = challengeGas > 0;
        BigInteger loserBond = !challenged ? BigInteger.ZERO : submitterWon ? game.params().challengerBond() : game.params().submitterBond();
        boolean conserved = sNet.add(cNet).signum() == 0
                && (submitterWon ? sNet : cNet).equals(loserBond)
                && game.held().equals(chain.balance(game.address()));
        long total = challengeGas + moves.stream().mapToLong(Long::longValue).sum() + oneStepGas + endGas + paid.gasUsed();
        int rounds = game.interval(id).rounds();
        return new GameOutcome(submitterWon ? "submitter" : "challenger", honest, st.ruling(), challenged, s.length(),
                challenged ? game.paddedLength(s.length()) : 0, game.params().k(), rounds, leaf, task.receipt().gasUsed(),
                claim.receipt().gasUsed(), challengeGas, moves, oneStepGas, endGas, paid.gasUsed(), total, conserved, chain.chainId());
    }

    /** A timeout claimed by the waiting party {@code by}. */
    private record TimedOut(Credentials by, Receipt receipt) {}

    private TimedOut timeout(Credentials waiting, long id, Listener listener) {
        chain.advanceTime(game.params().responseWindow() + 1);
        Receipt t = game.timeout(waiting, id);
        listener.moved(waiting == submitterKey ? "submitter" : "challenger", "claim the timeout", t.gasUsed());
        return new TimedOut(waiting, t);
    }

    private static boolean silent(Silence s, String party, int movesMade) {
        return s.party().equals(party) && movesMade >= s.afterMoves();
    }
}
