package org.zkopml.chain;

import org.web3j.crypto.Credentials;
import org.zkopml.dispute.Bisection;
import org.zkopml.dispute.Claim;
import org.zkopml.dispute.Docket;
import org.zkopml.dispute.Ending;
import org.zkopml.dispute.GameState;
import org.zkopml.dispute.Move;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Standing;
import org.zkopml.dispute.Venue;
import org.zkopml.values.Verdict;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A claim on the contracts, as the dispute package's {@link Venue}: the adapter between the players of
 * {@link org.zkopml.dispute.Arena} — the very actors, beliefs and cheats that play at the Java referee — and
 * {@link BisectionGameContract}. It reads the contract's storage into a {@link Docket} (each dispute's phase,
 * interval, proposal and rounds into its {@link GameState}), sends each {@link Move} as a transaction from the
 * sender's key, maps a revert to a refused move with the contract's reason, lets the chain's clock run with
 * {@code evm_increaseTime}, and once the claim is rejected ends its other open disputes ({@code close}) as the Java
 * referee does at once. It holds no rules and makes no move of its own; every receipt goes into its
 * {@link GasReport}.
 */
public final class ContractArena implements Venue {
    private final BisectionGameContract game;
    private final LocalChain chain;
    private final Map<String, Credentials> keys;
    private final Map<String, String> names = new HashMap<>();
    private final Claim claim;
    private final long claimId;
    private final List<GasReport.Entry> gas = new ArrayList<>();
    private final List<Long> disputeIds = new ArrayList<>();
    private Docket cached;
    private long clock = -1;

    private ContractArena(BisectionGameContract game, Map<String, Credentials> keys, Claim claim, long claimId) {
        this.game = game;
        this.chain = game.chain();
        this.keys = new LinkedHashMap<>(keys);
        this.claim = claim;
        this.claimId = claimId;
        keys.forEach((name, key) -> names.put(key.getAddress().toLowerCase(), name));
    }

    /**
     * Posts {@code claim} for task {@code taskId} from account {@code submitter} (its bond sent with it), at a venue
     * that signs for the accounts of {@code keys} (the submitter's, every challenger's, and whoever finalizes).
     */
    public static ContractArena post(BisectionGameContract game, Map<String, Credentials> keys, String submitter, long taskId, Claim claim) {
        Credentials key = keys.get(submitter);
        if (key == null) throw new IllegalArgumentException("no key for the submitter's account " + submitter);
        BisectionGameContract.Posted p = game.submit(key, taskId, claim);
        ContractArena venue = new ContractArena(game, keys, claim, p.id());
        venue.record(submitter, "submit", -1, p.receipt());
        return venue;
    }

    /** The claim's number on the contract. */
    public long claimId() {
        return claimId;
    }

    /** The contract. */
    public BisectionGameContract game() {
        return game;
    }

    /** Every transaction so far, with its gas and fee. */
    public GasReport gasReport() {
        return new GasReport(gas);
    }

    /** Adds a transaction of the claim sent outside the venue (e.g. the task's request) to the gas report. */
    public void record(String account, String what, int dispute, Receipt r) {
        gas.add(new GasReport.Entry(account, what, dispute, r.gasUsed(), r.fee()));
    }

    @Override
    public Docket docket() {
        if (cached == null) cached = read();
        return cached;
    }

    /** The earliest time a transaction sent now is stamped with: one second after the latest block. */
    @Override
    public long now() {
        if (clock < 0) clock = chain.timestamp() + 1;
        return clock;
    }

    /** Mines empty blocks ({@code evm_increaseTime}) until a transaction sent next is stamped {@code time} or later. */
    @Override
    public void waitUntil(long time) {
        for (long now = now(); now < time; now = now()) {
            chain.advanceTime(time - now);
            changed();
        }
    }

    /** A transaction was mined or the clock moved: what was read is stale. */
    private void changed() {
        cached = null;
        clock = -1;
    }

    @Override
    public Verdict<Integer> challenge(String account) {
        Credentials key = keys.get(account);
        if (key == null) return Verdict.reject("no key for account " + account);
        try {
            BisectionGameContract.Posted p = game.challenge(key, claimId);
            changed();
            disputeIds.add(p.id());
            int index = disputeIds.size() - 1;
            record(account, "challenge", index, p.receipt());
            return Verdict.accept(index, "dispute " + index + " opened (" + p.id() + " on the contract)");
        } catch (ChainException e) {
            if (!e.reverted()) throw e;
            return Verdict.reject(e.getMessage());
        }
    }

    @Override
    public Verdict<Docket> send(int dispute, Party sender, Move move) {
        if (move instanceof Move.Finalize) return finalizeClaim(sender == null ? null : accountOf(docket(), dispute, Party.SUBMITTER));
        Docket d = docket();
        if (dispute < 0 || dispute >= d.disputes().size()) return Verdict.reject("no such dispute: " + dispute);
        if (sender == null) return Verdict.reject("a move without a sender");
        String account = accountOf(d, dispute, sender);
        try {
            Receipt r = game.send(keys.get(account), disputeIds.get(dispute), move);
            changed();
            record(account, move.kind(), dispute, r);
        } catch (ChainException e) {
            if (!e.reverted()) throw e;
            return Verdict.reject(e.getMessage());
        }
        Docket after = docket();
        if (after.standing() == Standing.REJECTED) closeTheOthers(account, after);
        return Verdict.accept(docket(), "mined");
    }

    @Override
    public Verdict<Docket> finalizeClaim(String account) {
        Credentials key = account == null ? null : keys.get(account);
        if (key == null) return Verdict.reject("no key for account " + account);
        try {
            Receipt r = game.finalizeClaim(key, claimId);
            changed();
            record(account, "finalize", -1, r);
            return Verdict.accept(docket(), "final");
        } catch (ChainException e) {
            if (!e.reverted()) throw e;
            return Verdict.reject(e.getMessage());
        }
    }

    /** Every account with a credit withdraws it (the settlement's payouts); returns what each received, in wei. */
    public Map<String, BigInteger> withdrawAll() {
        Map<String, BigInteger> paid = new LinkedHashMap<>();
        for (Map.Entry<String, Credentials> k : keys.entrySet()) {
            BigInteger credit = game.credit(k.getValue().getAddress());
            if (credit.signum() == 0) continue;
            record(k.getKey(), "withdraw", -1, game.withdraw(k.getValue()));
            paid.put(k.getKey(), credit);
        }
        return paid;
    }

    /** A rejected claim's other open disputes end, their bonds credited back, as the Java referee ends them at once. */
    private void closeTheOthers(String account, Docket d) {
        for (int i = 0; i < d.disputes().size(); i++) {
            if (!(d.dispute(i) instanceof GameState.Pending)) continue;
            record(account, "close", i, game.close(keys.get(account), disputeIds.get(i)));
        }
        changed();
    }

    private String accountOf(Docket d, int dispute, Party side) {
        return side == Party.SUBMITTER ? d.submitter() : d.disputes().get(dispute).challenger();
    }

    private String name(String address) {
        String n = names.get(address.toLowerCase());
        return n != null ? n : address;
    }

    /** The contract's storage as a docket (the claim and every dispute in one batch of calls). */
    private Docket read() {
        BisectionGameContract.Snapshot snap = game.snapshot(claimId, disputeIds);
        BisectionGameContract.ClaimView c = snap.claim();
        List<BisectionGameContract.DisputeView> views = snap.disputes();
        long time = c.postedAt();
        List<Docket.Case> cases = new ArrayList<>();
        for (BisectionGameContract.DisputeView v : views) {
            time = Math.max(time, v.time());
            cases.add(new Docket.Case(name(v.challenger()), state(v)));
        }
        Standing standing = switch (c.status()) {
            case FINAL -> Standing.FINAL;
            case REJECTED -> Standing.REJECTED;
            default -> Standing.OPEN;
        };
        return new Docket(claim, name(c.submitter()), c.postedAt(), c.windowEnd(), time, standing, cases);
    }

    /** One dispute's storage as the game state the Java referee would hold. */
    private GameState state(BisectionGameContract.DisputeView v) {
        long escrow = game.rules().challengerBond();
        int k = game.rules().k();
        OptionalInt layer = v.inLayer() ? OptionalInt.of(v.layer()) : OptionalInt.empty();
        return switch (v.phase()) {
            case LAYER_BISECTION -> new GameState.LayerBisection(claim, escrow, v.time(), v.deadline(), interval(v, k), v.proposal(), v.layerRounds());
            case LAYER_OPENING -> new GameState.LayerOpening(claim, escrow, v.time(), v.deadline(), interval(v, k), v.layer(), v.layerRounds());
            case STEP_BISECTION -> new GameState.StepBisection(claim, escrow, v.time(), v.deadline(), layer, interval(v, k), v.proposal(),
                    v.layerRounds(), v.stepRounds());
            case STEP_PROOF -> new GameState.StepProof(claim, escrow, v.time(), v.deadline(), layer, interval(v, k), v.layerRounds(), v.stepRounds());
            case RESOLVED -> new GameState.Resolved(claim, escrow, v.time(), v.submitterWon() ? Party.SUBMITTER : Party.CHALLENGER, ending(v.ending()),
                    v.ruling(), layer, v.ending() == BisectionGameContract.Ending.ONE_STEP ? OptionalLong.of(v.disputedStep()) : OptionalLong.empty(),
                    v.layerRounds(), v.stepRounds());
        };
    }

    private static Bisection interval(BisectionGameContract.DisputeView v, int k) {
        return new Bisection(v.lo(), v.hi(), v.loHash(), v.hiHash(), k);
    }

    private static Ending ending(BisectionGameContract.Ending e) {
        return switch (e) {
            case TIMEOUT -> Ending.TIMEOUT;
            case PADDING -> Ending.PADDING;
            case ONE_STEP -> Ending.ONE_STEP;
            case CLAIM_REJECTED -> Ending.CLAIM_REJECTED;
            case NONE -> throw new IllegalStateException("a resolved dispute without an ending");
        };
    }
}
