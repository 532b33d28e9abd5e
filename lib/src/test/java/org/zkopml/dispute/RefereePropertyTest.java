package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.SyntheticModels;

/**
 * The referee under fire: every try plays games to the end between an honest party and an adversary
 * that, besides its own moves, sends random moves with adversarial numbers (0, −1, Long.MAX_VALUE,
 * Long.MIN_VALUE, huge step counts, out-of-range indices), backdated and future times and no sender.
 * After every (state, move) pair: the referee answered (no exception), value is conserved, no balance is
 * negative, the escrow is the game's, the referee's time never goes back and every pending deadline lies
 * after it, a resolved game has a winner; at the end of every game the honest side has won. 250 tries of
 * {@value #PAIRS_PER_TRY} pairs each (at least 112,500 pairs), from a fixed seed so that a failure replays.
 */
class RefereePropertyTest {
    static final int PAIRS_PER_TRY = 450;
    static final int TRIES = 250;
    static final List<Task> TASKS = List.of(
            Task.of(SyntheticModels.mlp(5, 6, 5, 4, 3), SyntheticModels.input(8, 6)),
            Task.of(SyntheticModels.mlp(2, 4, 3), SyntheticModels.input(2, 4)));
    static final List<HonestBelief> TRUTHS = TASKS.stream().map(t -> new HonestBelief(t, 64)).toList();
    /** Real one-step witnesses to replay out of place (first, middle, last steps and past the end). */
    static final List<List<byte[]>> WITNESSES = TRUTHS.stream().map(h -> {
        long n = h.replay().length();
        return java.util.stream.LongStream.of(0, 1, n / 3, n / 2, n - 1, n, n + 5).mapToObj(h::stepWitness).toList();
    }).toList();
    static final Map<String, Referee> REFEREES = new HashMap<>();
    static final Map<String, Belief> LIARS = new HashMap<>();
    static final AtomicLong PAIRS = new AtomicLong();
    static final AtomicLong GAMES = new AtomicLong();

    static final int[] KS = {1, 2, 3, 7, 40};
    static final long[] WINDOWS = {1, 2, 10, 100, Rules.MAX_WINDOW};
    static final long[] BONDS = {1, 1_000, Rules.MAX_BOND};
    static final long[] POST_TIMES = {0, 1, 500, Referee.MAX_TIME - 1, Referee.MAX_TIME};
    static final long[] BAD_POST_TIMES = {-1, Long.MIN_VALUE, Referee.MAX_TIME + 1, Long.MAX_VALUE};

    enum Kind { HONEST_SUBMITTER, CHEATER, LAZY, FALSE_FINAL_STATE }

    static synchronized Referee referee(int task, Rules rules) {
        return REFEREES.computeIfAbsent("task " + task, x -> new Referee(rules, TASKS.get(task))).withRules(rules);
    }

    static synchronized Belief liar(int task, Kind kind, long param) {
        HonestBelief truth = TRUTHS.get(task);
        return LIARS.computeIfAbsent(task + " " + kind + " " + param, x -> switch (kind) {
            case CHEATER -> new CheatingBelief(truth, 1 + Math.floorMod(param, truth.replay().length()), param);
            case LAZY -> new LazyBelief(TASKS.get(task), param, 3);
            default -> new FalseFinal(truth, param);
        });
    }

    /** The true output and trace, a fabricated final state after {@code steps} steps. */
    static final class FalseFinal implements Belief {
        final HonestBelief truth;
        final Claim claim;

        FalseFinal(HonestBelief truth, long steps) {
            this.truth = truth;
            this.claim = new LazyBelief(truth.task(), truth.output(), steps, 4).claim();
        }

        @Override public Claim claim() { return claim; }
        @Override public Bytes32 stepHash(long i) { return i >= claim.steps() ? claim.finalStateHash() : truth.stepHash(i); }
        @Override public byte[] stepWitness(long i) { return truth.stepWitness(i); }
        @Override public Bytes32 layerRoot(long p) { return p > truth.task().layers() ? claim.finalStateHash() : truth.layerRoot(p); }
        @Override public Move.OpenLayer layerOpening(int layer) { return truth.layerOpening(layer); }
        @Override public Bytes32 layerStepHash(int layer, long i) { return truth.layerStepHash(layer, i); }
        @Override public byte[] layerStepWitness(int layer, long i) { return truth.layerStepWitness(layer, i); }
    }

    /**
     * {@value #TRIES} tries, each from its own seed drawn from a fixed one, each playing games to the end
     * until {@value #PAIRS_PER_TRY} (state, move) pairs have been judged; a failure names its try's seed.
     */
    @Test
    void everyMoveGetsARulingTheInvariantsHoldAndTheHonestSideWins() {
        SplittableRandom seeds = new SplittableRandom(20261130L);
        for (int i = 0; i < TRIES; i++) {
            long seed = seeds.nextLong();
            SplittableRandom rnd = new SplittableRandom(seed);
            int pairs = 0;
            try {
                while (pairs < PAIRS_PER_TRY) pairs += playOne(rnd);
            } catch (AssertionError e) {
                throw new AssertionError("try " + i + " (seed " + seed + "): " + e.getMessage(), e);
            }
            PAIRS.addAndGet(pairs);
        }
        assertTrue(PAIRS.get() >= 100_000, "judged " + PAIRS.get() + " (state, move) pairs");
        System.out.printf("RefereePropertyTest: %,d (state, move) pairs in %,d games%n", PAIRS.get(), GAMES.get());
    }

    static <T> T pick(SplittableRandom rnd, List<T> xs) {
        return xs.get(rnd.nextInt(xs.size()));
    }

    static long pick(SplittableRandom rnd, long[] xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    /** Plays one game to its end; returns the number of (state, move) pairs judged. */
    static int playOne(SplittableRandom rnd) {
        GAMES.incrementAndGet();
        int t = rnd.nextInt(TASKS.size());
        HonestBelief truth = TRUTHS.get(t);
        long n = truth.replay().length();
        int k = rnd.nextInt(50) == 0 ? Rules.MAX_K : KS[rnd.nextInt(KS.length)]; // k = 64 is rare: each of its rounds costs 64 state hashes
        Rules rules = new Rules(k, 1 + rnd.nextInt(2), pick(rnd, WINDOWS), pick(rnd, WINDOWS), pick(rnd, BONDS), pick(rnd, BONDS));
        Referee ref = referee(t, rules);
        Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
        long[] lazySteps = {1, n - 1, n + 1, Referee.MAX_STEPS, Referee.MAX_STEPS + 1, Long.MAX_VALUE, 0, -1, Long.MIN_VALUE, (1L << 62) + 1};
        Belief liar = switch (kind) {
            case HONEST_SUBMITTER -> null;
            case CHEATER -> liar(t, kind, rnd.nextInt(64));
            case LAZY -> liar(t, kind, pick(rnd, lazySteps));
            case FALSE_FINAL_STATE -> liar(t, kind, pick(rnd, new long[] {n + 1, n - 1, n + 12_345, Referee.MAX_STEPS}));
        };
        Party honest = kind == Kind.HONEST_SUBMITTER ? Party.SUBMITTER : Party.CHALLENGER;
        Actor submitter = new SubmitterActor("s", kind == Kind.HONEST_SUBMITTER ? truth : liar);
        Actor challenger = kind == Kind.HONEST_SUBMITTER ? ChallengerActor.dishonest("c", truth, rnd.nextLong()) : ChallengerActor.honest("c", truth);
        Claim claim = kind == Kind.HONEST_SUBMITTER ? truth.claim() : liar.claim();

        // Funding: the honest side always holds its bond; the adversary sometimes does not.
        Ledger ledger = new Ledger();
        long[] extra = {0, 1, 1_000_000, Long.MAX_VALUE / 4};
        for (Party p : Party.values()) {
            long bond = p == Party.SUBMITTER ? rules.submitterBond() : rules.challengerBond();
            long amount = p != honest && rnd.nextInt(8) == 0 ? bond - 1 : bond + pick(rnd, extra);
            if (amount > 0) ledger.deposit(p, amount).orElseThrow();
        }
        long value = ledger.total();
        long honestBefore = ledger.balance(honest);

        int pairs = 0;
        // Adversarial posts first: never a throw, never accepted.
        for (int i = rnd.nextInt(3); i > 0; i--, pairs++) {
            assertTrue(ref.post(claim, pick(rnd, BAD_POST_TIMES)).rejected());
        }
        long postTime = pick(rnd, POST_TIMES);
        Verdict<Game> opened = Game.open(ref, ledger, Party.SUBMITTER, postTime, claim);
        pairs++;
        assertEquals(value, ledger.total());
        if (opened.rejected()) {
            // Only the adversary's claim may be refused (out-of-range steps, or no bond).
            assertNotEquals(Party.SUBMITTER, honest, opened.reason());
            return pairs;
        }
        Game game = opened.value();
        Party adversary = honest.other();
        List<GameState> seen = new ArrayList<>();
        while (view(game) instanceof GameState.Pending s) {
            seen.add(s);
            if (rnd.nextInt(4) == 0) {
                // The referee is a pure function: any earlier state, any sender, any time, any move.
                GameState old = pick(rnd, seen);
                Party sender = pick(rnd, java.util.Arrays.asList(Party.SUBMITTER, Party.CHALLENGER, null));
                pureRuling(ref, old, sender, randomTime(rnd, (GameState.Pending) old), randomMove(rnd, (GameState.Pending) old, rules, truth));
                pureDocketRuling(ref, game.docket(), sender, randomTime(rnd, (GameState.Pending) old), randomMove(rnd, (GameState.Pending) old, rules, truth));
                pairs += 2;
            }
            for (int i = rnd.nextInt(3); i > 0 && view(game) instanceof GameState.Pending p; i--, pairs++) {
                // On the honest side's turn the chain's clock cannot pass its (immediate) answer.
                long time = p.turn() == honest ? Math.min(randomTime(rnd, p), p.time() + 1) : randomTime(rnd, p);
                judge(game, rnd.nextInt(4) == 0 ? null : adversary, time, randomMove(rnd, p, rules, truth), value);
            }
            if (!(view(game) instanceof GameState.Pending p)) break;
            pairs++;
            if (p.turn() == honest) {
                Actor me = honest == Party.SUBMITTER ? submitter : challenger;
                Optional<Move> m = me.act(p);
                if (m.isPresent()) {
                    Verdict<?> v = judge(game, honest, p.time() + 1, m.get(), value);
                    assertTrue(v.accepted(), () -> "the honest " + honest.label() + "'s move was refused: " + v.reason());
                } else {
                    judge(game, adversary, p.deadline() + 1, new Move.Timeout(), value); // an honest challenger with nothing to dispute
                }
            } else {
                Actor them = adversary == Party.SUBMITTER ? submitter : challenger;
                Optional<Move> m = rnd.nextInt(10) == 0 ? Optional.empty() : them.act(p);
                long when = p.time() + (p.deadline() - p.time()) / (1 + rnd.nextInt(3));
                Docket before = game.docket();
                Verdict<?> v = m.isPresent() ? judge(game, adversary, when, m.get(), value) : Verdict.reject("silent");
                if (v.rejected() && game.docket() == before) {
                    pairs++;
                    judge(game, honest, p.deadline() + 1, new Move.Timeout(), value);
                }
            }
        }
        if (game.docket().standing() == Standing.OPEN) {
            // The submitter won its dispute: the claim is final once the window has passed, at anyone's request.
            Docket d = game.docket();
            Verdict<?> fin = judge(game, null, Math.max(d.time(), d.windowEnd() + 1), new Move.Finalize(), value);
            assertTrue(fin.accepted(), fin::reason);
        }
        Standing standing = game.docket().standing();
        assertEquals(honest == Party.SUBMITTER ? Standing.FINAL : Standing.REJECTED, standing, () -> kind + " " + rules + ": " + view(game));
        assertTrue(ledger.balance(honest) >= honestBefore, "the honest side never loses money");
        assertEquals(0, ledger.escrow());
        return pairs;
    }

    /** The one-challenger view of the claim: its dispute, or the claim awaiting a challenge (or settled unchallenged). */
    static GameState view(Game g) {
        Docket d = g.docket();
        if (!d.disputes().isEmpty()) return d.dispute(0);
        if (d.standing() == Standing.OPEN) return new GameState.AwaitingChallenge(d.claim(), g.referee().rules().submitterBond(), d.time(), d.windowEnd());
        return new GameState.Resolved(d.claim(), 0, d.time(), Party.SUBMITTER, Ending.UNCHALLENGED, "unchallenged", java.util.OptionalInt.empty(),
                java.util.OptionalLong.empty(), 0, 0);
    }

    /** Sends a move of the one-challenger game at {@code time}: a challenge opens dispute 0; a timeout before any challenge, or a finalize, asks for finality. */
    static Verdict<?> send(Game g, Party sender, long time, Move move) {
        g.setClock(time);
        String account = sender == null ? null : sender.label();
        if (move instanceof Move.Challenge && g.docket().disputes().isEmpty()) return g.challenge(account);
        if (move instanceof Move.Finalize || (move instanceof Move.Timeout && g.docket().disputes().isEmpty())) return g.finalizeClaim(account);
        return g.send(0, sender, move);
    }

    /** The escrow the ledger must hold for a docket: the submitter's bond while the claim is open, and each open dispute's bond. */
    static long escrowOf(Docket d, Rules rules) {
        long e = d.standing() == Standing.OPEN ? rules.submitterBond() : 0;
        for (Docket.Case c : d.disputes()) if (c.state() instanceof GameState.Pending p) e += p.escrow();
        return e;
    }

    static long randomTime(SplittableRandom rnd, GameState.Pending s) {
        long[] times = {Long.MIN_VALUE, -1, 0, s.time() - 1, s.time(), s.time() + 1, s.deadline(), s.deadline() + 1, Referee.MAX_TIME,
                Long.MAX_VALUE - 1, Long.MAX_VALUE, s.time() + rnd.nextLong(1 + Math.max(0, s.deadline() - s.time()))};
        return pick(rnd, times);
    }

    static long adversarialLong(SplittableRandom rnd) {
        long[] xs = {0, -1, 1, 2, Long.MAX_VALUE, Long.MIN_VALUE, Referee.MAX_STEPS, Referee.MAX_STEPS + 1, (1L << 62) + 1, rnd.nextLong()};
        return pick(rnd, xs);
    }

    static Bytes32 randomHash(SplittableRandom rnd, GameState.Pending s) {
        return switch (rnd.nextInt(4)) {
            case 0 -> Bytes32.ZERO;
            case 1 -> s.claim().finalStateHash();
            case 2 -> Task.tensorRoot(s.claim().output());
            default -> {
                byte[] b = new byte[32];
                rnd.nextBytes(b);
                yield Bytes32.of(b);
            }
        };
    }

    static Move randomMove(SplittableRandom rnd, GameState.Pending s, Rules rules, HonestBelief truth) {
        switch (rnd.nextInt(6)) {
            case 0:
                return new Move.Challenge();
            case 1: {
                int size = pick(rnd, List.of(0, rules.k() - 1, rules.k(), rules.k(), rules.k() + 1));
                List<Bytes32> hs = new ArrayList<>();
                for (int i = 0; i < size; i++) hs.add(randomHash(rnd, s));
                return new Move.Bisect(hs);
            }
            case 2:
                return new Move.Select(pick(rnd, List.of(-1, 0, 1, rules.k(), rules.k() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE, rnd.nextInt(rules.k() + 1))));
            case 3: {
                int layer = rnd.nextInt(truth.task().layers());
                Move.OpenLayer real = truth.layerOpening(layer);
                long[] out = rnd.nextBoolean() ? real.output() : new long[rnd.nextInt(4)];
                if (rnd.nextBoolean() && out.length > 0) out[0] = adversarialLong(rnd);
                long steps = rnd.nextBoolean() ? real.steps() : adversarialLong(rnd);
                return new Move.OpenLayer(out, steps, rnd.nextBoolean() ? real.finalStateHash() : randomHash(rnd, s), real.opening());
            }
            case 4: {
                byte[] w = pick(rnd, WITNESSES.get(TRUTHS.indexOf(truth))).clone();
                return switch (rnd.nextInt(4)) {
                    case 0 -> new Move.ProveStep(new byte[0]);
                    case 1 -> new Move.ProveStep(java.util.Arrays.copyOf(w, rnd.nextInt(w.length + 40)));
                    case 2 -> {
                        byte[] b = w.clone();
                        b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                        yield new Move.ProveStep(b);
                    }
                    default -> new Move.ProveStep(w);
                };
            }
            default:
                return rnd.nextInt(4) == 0 ? new Move.Finalize() : new Move.Timeout();
        }
    }

    /** Applies one move to a state directly and checks what any ruling must satisfy. */
    static void pureRuling(Referee ref, GameState s, Party sender, long time, Move move) {
        Verdict<GameState> v = ref.apply(s, sender, time, move);
        assertNotNull(v);
        if (v.rejected()) return;
        assertNotNull(sender, "a move without a sender was accepted");
        GameState after = v.value();
        assertTrue(after.time() >= s.time(), "the referee's time never goes back");
        assertTrue(after.escrow() >= s.escrow());
        if (after instanceof GameState.Pending p) assertTrue(p.deadline() > p.time(), "a pending deadline lies after the last move");
        else assertNotNull(((GameState.Resolved) after).winner(), "a resolved game has a winner");
    }

    /** The claim-level rules are pure functions too: a challenge or a finalization at any time, from anyone, answers and never breaks a docket. */
    static void pureDocketRuling(Referee ref, Docket d, Party sender, long time, Move move) {
        String account = sender == null ? null : sender.label();
        Verdict<Docket> v = move instanceof Move.Challenge ? ref.challenge(d, account, time)
                : move instanceof Move.Finalize || move instanceof Move.Timeout ? ref.finalizeClaim(d, time)
                : ref.apply(d, d.disputes().isEmpty() ? 0 : d.disputes().size() - 1, sender, time, move);
        assertNotNull(v);
        if (v.rejected()) return;
        Docket after = v.value();
        assertTrue(after.time() >= d.time(), "the referee's time never goes back");
        if (after.standing() == Standing.FINAL) {
            assertTrue(time > d.windowEnd() && after.openDisputes() == 0, "final only after the window, with no dispute open");
        }
        if (move instanceof Move.Challenge) {
            assertTrue(time <= d.windowEnd() && account != null && !account.equals(d.submitter()), "a challenge within the window, not by the submitter");
        }
    }

    /** Sends one move through the game and checks every invariant after it. */
    static Verdict<?> judge(Game game, Party sender, long time, Move move, long value) {
        GameState before = view(game);
        Docket docketBefore = game.docket();
        Verdict<?> v = send(game, sender, time, move);
        assertNotNull(v);
        GameState after = view(game);
        Ledger l = game.ledger();
        assertEquals(value, l.total(), "value conserved");
        for (long b : l.balances().values()) assertTrue(b >= 0, "no negative balance");
        if (v.rejected()) {
            assertSame(docketBefore, game.docket(), "a rejected move changes nothing");
        } else {
            assertTrue(game.docket().time() >= docketBefore.time(), "the referee's time never goes back");
            assertTrue(after.rounds() >= before.rounds());
        }
        if (after instanceof GameState.Pending p) {
            assertTrue(p.deadline() > p.time(), "a pending deadline lies after the last move");
            if (v.accepted() && before instanceof GameState.Pending b) assertTrue(p.deadline() > b.time(), "deadlines move forward");
        } else {
            assertNotNull(((GameState.Resolved) after).winner(), "a resolved game has a winner");
        }
        assertEquals(escrowOf(game.docket(), game.referee().rules()), l.escrow(), "the ledger's escrow is the claim's");
        if (game.docket().settled()) assertEquals(0, l.escrow(), "a settled claim has paid out");
        return v;
    }
}
