package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The rules of the verification game as pure functions {@code (state, sender, time, move) → verdict}: what the
 * dispute contracts enforce. The sender and the time are the chain's ({@code msg.sender}, the block time),
 * passed by the caller, never read from the move. It never throws: every move it does not accept is a
 * rejection with a reason, and the caller keeps the old state.
 *
 * <p>Protocol (single-phase): claim → any number of challenges, each within the window and each opening a
 * dispute of its own → in each dispute, R = ⌈log_{k+1} N⌉ rounds of [submitter posts k state hashes, challenger
 * selects one of k+1 sub-intervals] → the challenger posts the one-step witness of the remaining step; the
 * submitter wins iff the re-executed post-state hash equals its own. Two-phase first bisects over the L+2
 * commitments [input root, L layer-output roots, the claim's final state hash] (⌈log_{k+1}(L+1)⌉ rounds);
 * ending on layer ℓ &lt; L, the submitter opens it and the instruction phase runs on that layer's program;
 * ending on [L, L+1] (the output is agreed, the final state is not), the instruction phase runs on the whole
 * program. A party that misses its deadline loses its dispute.
 *
 * <p>Two levels: {@link #post} and {@link #apply(GameState, Party, long, Move)} are the rules of one dispute
 * between the submitter and one challenger ({@link GameState}); {@link #open}, {@link #challenge},
 * {@link #apply(Docket, int, Party, long, Move)} and {@link #finalizeClaim} are the rules of a claim and all its
 * disputes ({@link Docket}): a claim is final only after its window and once every dispute went the
 * submitter's way, rejected as soon as one did not. The bounds are {@link Bounds}.
 */
public final class Referee {
    /** {@link Bounds#MAX_STEPS}. */
    public static final long MAX_STEPS = Bounds.MAX_STEPS;
    /** {@link Bounds#MAX_TIME}. */
    public static final long MAX_TIME = Bounds.MAX_TIME;

    private final Rules rules;
    private final Task task;
    private final StepVerifier verifier;
    private final Bytes32 initialStateHash;
    private final Bytes32 inputRoot;

    /** A referee for {@code task} under {@code rules}, re-executing steps with {@code verifier}. */
    public Referee(Rules rules, Task task, StepVerifier verifier) {
        this(rules, task, verifier, task.initialStateHash(), task.inputRoot());
    }

    private Referee(Rules rules, Task task, StepVerifier verifier, Bytes32 initialStateHash, Bytes32 inputRoot) {
        this.rules = rules;
        this.task = task;
        this.verifier = verifier;
        this.initialStateHash = initialStateHash;
        this.inputRoot = inputRoot;
    }

    /** The same referee (task, verifier, derived starting points) under other rules. */
    public Referee withRules(Rules other) {
        return new Referee(other, task, verifier, initialStateHash, inputRoot);
    }

    /** A referee using the VM's one-step verifier ({@link Task#stepVerifier()}). */
    public Referee(Rules rules, Task task) {
        this(rules, task, Task.stepVerifier());
    }

    /** The rules it enforces. */
    public Rules rules() {
        return rules;
    }

    /** The public statement under dispute. */
    public Task task() {
        return task;
    }

    /** Accepts a claim posted at {@code now} (with the submitter's bond in escrow), or rejects it with the reason. */
    public Verdict<GameState> post(Claim claim, long now) {
        if (claim == null) return Verdict.reject("no claim");
        if (now < 0 || now > MAX_TIME) return Verdict.reject("out of range: a claim is posted at a time in [0, 2^62], not " + now);
        if (!claim.modelCommitment().equals(task.modelCommitment())) return Verdict.reject("the claim names another model");
        if (!claim.inputRoot().equals(task.inputRoot())) return Verdict.reject("the claim names another input");
        if (claim.steps() < 1 || claim.steps() > MAX_STEPS) return Verdict.reject("out of range: a claimed trace has 1 to 2^48 steps, not " + claim.steps());
        if (claim.output().length != task.outputLength()) return Verdict.reject("the output has " + claim.output().length + " words, the program " + task.outputLength());
        Verdict<Void> opening = task.checkFinalState(claim.opening(), claim.finalStateHash(), claim.steps(), claim.output());
        if (opening.rejected()) return Verdict.reject("final-state opening: " + opening.reason());
        return Verdict.accept(new GameState.AwaitingChallenge(claim, rules.submitterBond(), now, now + rules.challengeWindow()),
                "claim posted at " + now + "; challenge window until " + (now + rules.challengeWindow()));
    }

    /** The ruling on {@code move}, sent by {@code sender} at the referee's time {@code now}, in state {@code s}. */
    public Verdict<GameState> apply(GameState s, Party sender, long now, Move move) {
        if (s == null) return Verdict.reject("no game");
        if (move == null) return Verdict.reject("no move");
        if (sender == null) return Verdict.reject("a move without a sender: only the submitter and the challenger play");
        if (!(s instanceof GameState.Pending p)) return Verdict.reject("the game is already resolved");
        if (now < s.time()) return Verdict.reject("backdated: time " + now + " is before the last accepted move at " + s.time());
        return move.accept(new Move.Visitor<>() {
            @Override
            public Verdict<GameState> visitFinalize(Move.Finalize f) {
                return Verdict.reject("finalizing is asked of the claim, not of one dispute");
            }

            @Override
            public Verdict<GameState> visitTimeout(Move.Timeout t) {
                return timeout(p, now);
            }

            @Override
            public Verdict<GameState> visitChallenge(Move.Challenge c) {
                return inTurn(p, sender, now, deadline -> challenge(p, now, deadline));
            }

            @Override
            public Verdict<GameState> visitBisect(Move.Bisect b) {
                return inTurn(p, sender, now, deadline -> bisect(p, b, now, deadline));
            }

            @Override
            public Verdict<GameState> visitSelect(Move.Select sel) {
                return inTurn(p, sender, now, deadline -> select(p, sel, now, deadline));
            }

            @Override
            public Verdict<GameState> visitOpenLayer(Move.OpenLayer o) {
                return inTurn(p, sender, now, deadline -> openLayer(p, o, now, deadline));
            }

            @Override
            public Verdict<GameState> visitProveStep(Move.ProveStep step) {
                return inTurn(p, sender, now, deadline -> proveStep(p, step, now));
            }
        });
    }

    /**
     * A move of the party whose turn it is, sent by its deadline: {@code ruling} is given the next deadline. Timeouts
     * and finalizing skip these checks (anyone may send them, and only after a deadline).
     */
    private Verdict<GameState> inTurn(GameState.Pending p, Party sender, long now, LongFunction<Verdict<GameState>> ruling) {
        if (sender != p.turn()) return Verdict.reject("out of turn: it is the " + p.turn().label() + "'s move");
        if (now > p.deadline()) return Verdict.reject("after the deadline: sent at " + now + ", deadline " + p.deadline());
        if (now > Long.MAX_VALUE - rules.responseWindow()) return Verdict.reject("out of range: time " + now + " leaves no room for a deadline");
        return ruling.apply(now + rules.responseWindow());
    }

    private Verdict<GameState> timeout(GameState.Pending s, long now) {
        if (now <= s.deadline()) return Verdict.reject("too early: the deadline " + s.deadline() + " has not passed at " + now);
        boolean unchallenged = s instanceof GameState.AwaitingChallenge;
        String why = unchallenged ? "unchallenged: the challenge window closed" : "timeout: the " + s.turn().label() + " did not move by " + s.deadline();
        return resolved(s, now, s.turn().other(), unchallenged ? Ending.UNCHALLENGED : Ending.TIMEOUT, why, layerOf(s), OptionalLong.empty(), s.stepRounds());
    }

    private static OptionalInt layerOf(GameState s) {
        if (s instanceof GameState.LayerOpening o) return OptionalInt.of(o.layer());
        if (s instanceof GameState.StepBisection b) return b.layer();
        if (s instanceof GameState.StepProof p) return p.layer();
        return OptionalInt.empty();
    }

    private static Verdict<GameState> resolved(GameState s, long now, Party winner, Ending ending, String why, OptionalInt layer, OptionalLong step, int stepRounds) {
        return Verdict.accept(new GameState.Resolved(s.claim(), s.escrow(), now, winner, ending, why, layer, step, s.layerRounds(), stepRounds), why);
    }

    private Verdict<GameState> challenge(GameState.Pending s, long now, long deadline) {
        if (!(s instanceof GameState.AwaitingChallenge)) return Verdict.reject("the claim is already challenged");
        long escrow = s.escrow() + rules.challengerBond(); // both ≤ 2^60
        Claim c = s.claim();
        if (rules.phases() == 2) {
            long positions = (long) task.layers() + 1; // intervals between the L+2 commitments
            Bisection b = new Bisection(0, Bisection.paddedLength(positions, rules.k()), inputRoot, c.finalStateHash(), rules.k());
            GameState.LayerBisection g = new GameState.LayerBisection(c, escrow, now, deadline, b, List.of(), 0);
            return b.isLeaf() ? layerLeaf(g, b, now, deadline, 0) : Verdict.accept(g, "challenged: layer phase over " + (positions + 1) + " commitments");
        }
        return startSteps(c, escrow, now, deadline, OptionalInt.empty(), initialStateHash, c.finalStateHash(), c.steps(), 0, "challenged");
    }

    private Verdict<GameState> startSteps(Claim c, long escrow, long now, long deadline, OptionalInt layer, Bytes32 from, Bytes32 to, long steps,
                                          int layerRounds, String what) {
        Bisection b = new Bisection(0, Bisection.paddedLength(steps, rules.k()), from, to, rules.k()); // steps ≤ 2^48, k ≤ 255: < 2^56
        String where = layer.isPresent() ? "layer " + layer.getAsInt() + "'s program" : "the whole program";
        if (b.isLeaf()) return Verdict.accept(new GameState.StepProof(c, escrow, now, deadline, layer, b, layerRounds, 0), what + ": one step of " + where + " to prove");
        return Verdict.accept(new GameState.StepBisection(c, escrow, now, deadline, layer, b, List.of(), layerRounds, 0),
                what + ": instruction phase over " + steps + " steps of " + where);
    }

    private Verdict<GameState> bisect(GameState.Pending s, Move.Bisect m, long now, long deadline) {
        if (!(s instanceof GameState.Bisecting round) || !round.proposal().isEmpty()) return Verdict.reject("no bisection is expected in phase " + s.phase());
        if (m.hashes().size() != rules.k()) return Verdict.reject("out of range: expected " + rules.k() + " hashes, got " + m.hashes().size());
        if (round instanceof GameState.LayerBisection) {
            // Positions L and beyond are fixed by the claim: its output root, then its final state hash.
            long[] points = round.interval().points();
            Bytes32 outputRoot = Task.tensorRoot(s.claim().output());
            for (int t = 0; t < points.length; t++) {
                long p = points[t];
                if (p == task.layers() && !m.hashes().get(t).equals(outputRoot)) return Verdict.reject("position " + p + " (the output) must be the claim's output root");
                if (p > task.layers() && !m.hashes().get(t).equals(s.claim().finalStateHash())) return Verdict.reject("position " + p + " (past the output) must be the claim's final state hash");
            }
            return Verdict.accept(round.proposing(m.hashes(), now, deadline), "layer commitments posted");
        }
        return Verdict.accept(round.proposing(m.hashes(), now, deadline), "state hashes posted");
    }

    private Verdict<GameState> select(GameState.Pending s, Move.Select m, long now, long deadline) {
        if (m.index() < 0 || m.index() > rules.k()) return Verdict.reject("out of range: index " + m.index() + " not in [0, " + rules.k() + "]");
        if (s instanceof GameState.LayerBisection l && !l.proposal().isEmpty()) {
            Bisection b = l.interval().select(m.index(), l.proposal());
            GameState.LayerBisection g = new GameState.LayerBisection(s.claim(), s.escrow(), now, deadline, b, List.of(), l.layerRounds() + 1);
            return b.isLeaf() ? layerLeaf(g, b, now, deadline, g.layerRounds()) : Verdict.accept(g, "sub-interval " + m.index() + " selected");
        }
        if (s instanceof GameState.StepBisection t && !t.proposal().isEmpty()) {
            Bisection b = t.interval().select(m.index(), t.proposal());
            if (b.isLeaf()) return Verdict.accept(new GameState.StepProof(s.claim(), s.escrow(), now, deadline, t.layer(), b, t.layerRounds(), t.stepRounds() + 1), "one step left");
            return Verdict.accept(new GameState.StepBisection(s.claim(), s.escrow(), now, deadline, t.layer(), b, List.of(), t.layerRounds(), t.stepRounds() + 1),
                    "sub-interval " + m.index() + " selected");
        }
        return Verdict.reject("no selection is expected in phase " + s.phase());
    }

    private Verdict<GameState> layerLeaf(GameState.LayerBisection g, Bisection b, long now, long deadline, int layerRounds) {
        int layers = task.layers();
        if (b.lo() > layers) {
            return resolved(g, now, Party.SUBMITTER, Ending.PADDING, "padding past the output repeats the claim's final state hash", OptionalInt.empty(), OptionalLong.empty(), 0);
        }
        if (b.lo() == layers) {
            // The output is agreed, the final state is disputed: the instruction phase runs over the whole program.
            Claim c = g.claim();
            return startSteps(c, g.escrow(), now, deadline, OptionalInt.empty(), initialStateHash, c.finalStateHash(), c.steps(), layerRounds,
                    "the output is agreed, the final state is not");
        }
        return Verdict.accept(new GameState.LayerOpening(g.claim(), g.escrow(), now, deadline, b, (int) b.lo(), layerRounds), "layer " + b.lo() + " disputed");
    }

    private Verdict<GameState> openLayer(GameState.Pending s, Move.OpenLayer m, long now, long deadline) {
        if (!(s instanceof GameState.LayerOpening o)) return Verdict.reject("no layer opening is expected in phase " + s.phase());
        int layer = o.layer();
        Bisection b = o.interval();
        long[] out = m.output();
        if (out.length != task.layerOutputLength(layer)) {
            return Verdict.reject("out of range: layer " + layer + " gives " + task.layerOutputLength(layer) + " values, not " + out.length);
        }
        if (!Task.tensorRoot(out).equals(b.hiHash())) return Verdict.reject("the opened output does not match the submitter's root of layer " + layer + "'s output");
        if (m.steps() < 1 || m.steps() > MAX_STEPS) return Verdict.reject("out of range: a layer trace has 1 to 2^48 steps, not " + m.steps());
        Verdict<Void> opening = task.checkLayerFinalState(layer, m.opening(), m.finalStateHash(), m.steps(), out);
        if (opening.rejected()) return Verdict.reject("layer final-state opening: " + opening.reason());
        // The layer's input is the agreed tensor at lo: its root is loHash, and the layer program starts from node(layer image root, loHash).
        return startSteps(s.claim(), s.escrow(), now, deadline, OptionalInt.of(layer), task.layerInitialStateHash(layer, b.loHash()), m.finalStateHash(), m.steps(),
                o.layerRounds(), "layer " + layer + " opened");
    }

    private Verdict<GameState> proveStep(GameState.Pending s, Move.ProveStep m, long now) {
        if (!(s instanceof GameState.StepProof p)) return Verdict.reject("no one-step proof is expected in phase " + s.phase());
        Bisection b = p.interval();
        Verdict<Bytes32> v;
        try {
            v = verifier.step(b.loHash(), m.witness());
        } catch (RuntimeException e) {
            return Verdict.reject("invalid one-step witness: the verifier failed with " + e.getClass().getSimpleName());
        }
        if (v == null || v.rejected() || v.value() == null) return Verdict.reject("invalid one-step witness: " + (v == null ? "no verdict" : v.reason()));
        boolean submitterRight = v.value().equals(b.hiHash());
        String why = "one-step re-execution of step " + b.lo() + " → " + b.hi() + (p.layer().isPresent() ? " of layer " + p.layer().getAsInt() + "'s program" : "")
                + (submitterRight ? " matches" : " contradicts") + " the submitter's state";
        return resolved(s, now, submitterRight ? Party.SUBMITTER : Party.CHALLENGER, Ending.ONE_STEP, why, p.layer(), OptionalLong.of(b.hi()), p.stepRounds());
    }

    // ---------------------------------------------------------------- a claim and all its disputes

    /** Posts {@code claim} by {@code submitter} at {@code now}: a docket with no dispute yet, open to challenges until now + the window. */
    public Verdict<Docket> open(Claim claim, String submitter, long now) {
        if (submitter == null) return Verdict.reject("a claim without a sender");
        Verdict<GameState> posted = post(claim, now);
        if (posted.rejected()) return posted.asRejection();
        GameState.AwaitingChallenge a = (GameState.AwaitingChallenge) posted.value();
        return Verdict.accept(new Docket(claim, submitter, now, a.deadline(), now, Standing.OPEN, List.of()), posted.reason());
    }

    /**
     * {@code challenger} opens a dispute of its own against the claim at {@code now} (with its bond): accepted
     * while the claim is open and its window has not closed, from anyone but the submitter. The new dispute is
     * the docket's last.
     */
    public Verdict<Docket> challenge(Docket d, String challenger, long now) {
        if (d == null) return Verdict.reject("no claim");
        if (challenger == null) return Verdict.reject("a challenge without a sender");
        if (d.standing() != Standing.OPEN) return Verdict.reject("the claim is " + d.standing().label() + ": it takes no more challenges");
        if (challenger.equals(d.submitter())) return Verdict.reject("a submitter cannot challenge its own claim");
        if (now < d.time()) return Verdict.reject("backdated: time " + now + " is before the last accepted move at " + d.time());
        if (now > d.windowEnd()) return Verdict.reject("after the deadline: the challenge window closed at " + d.windowEnd());
        Verdict<GameState> v = apply(new GameState.AwaitingChallenge(d.claim(), 0, d.postedAt(), d.windowEnd()), Party.CHALLENGER, now, new Move.Challenge());
        if (v.rejected()) return v.asRejection();
        List<Docket.Case> cases = new ArrayList<>(d.disputes());
        cases.add(new Docket.Case(challenger, v.value()));
        return settle(d, cases, now, cases.size() - 1, "dispute " + (cases.size() - 1) + " opened by " + challenger + ": " + v.reason());
    }

    /**
     * A move in dispute {@code dispute} of the docket, by {@code sender} (its side in that dispute) at {@code now}:
     * the rules of {@link #apply(GameState, Party, long, Move)}, and, when the submitter loses, the claim is rejected
     * and every other open dispute ends with its bond returned.
     */
    public Verdict<Docket> apply(Docket d, int dispute, Party sender, long now, Move move) {
        if (d == null) return Verdict.reject("no claim");
        if (move == null) return Verdict.reject("no move");
        if (dispute < 0 || dispute >= d.disputes().size()) return Verdict.reject("no such dispute: " + dispute + " (the claim has " + d.disputes().size() + ")");
        if (move instanceof Move.Challenge) return Verdict.reject("a challenge opens a dispute of its own");
        if (d.standing() == Standing.REJECTED) return Verdict.reject("the claim was rejected: dispute " + dispute + " has ended");
        if (now < d.time()) return Verdict.reject("backdated: time " + now + " is before the last accepted move at " + d.time());
        Verdict<GameState> v = apply(d.dispute(dispute), sender, now, move);
        if (v.rejected()) return v.asRejection();
        List<Docket.Case> cases = new ArrayList<>(d.disputes());
        cases.set(dispute, new Docket.Case(cases.get(dispute).challenger(), v.value()));
        return settle(d, cases, now, dispute, v.reason());
    }

    /**
     * Makes the claim final at {@code now} — anyone may ask: accepted once its window has passed and every
     * dispute against it went the submitter's way.
     */
    public Verdict<Docket> finalizeClaim(Docket d, long now) {
        if (d == null) return Verdict.reject("no claim");
        if (d.standing() != Standing.OPEN) return Verdict.reject("the claim is already " + d.standing().label());
        if (now < d.time()) return Verdict.reject("backdated: time " + now + " is before the last accepted move at " + d.time());
        if (now <= d.windowEnd()) return Verdict.reject("too early: the challenge window is open until " + d.windowEnd());
        if (d.openDisputes() > 0) return Verdict.reject("a dispute against the claim is still open (" + d.openDisputes() + ")");
        String why = d.disputes().isEmpty() ? "unchallenged: the challenge window closed"
                : "the window closed and the submitter won all " + d.disputes().size() + " disputes";
        return Verdict.accept(new Docket(d.claim(), d.submitter(), d.postedAt(), d.windowEnd(), now, Standing.FINAL, d.disputes()), why);
    }

    /** The docket after dispute {@code changed} moved: rejected, with the other disputes ended, when the submitter lost it. */
    private static Verdict<Docket> settle(Docket d, List<Docket.Case> cases, long now, int changed, String why) {
        GameState s = cases.get(changed).state();
        if (!(s instanceof GameState.Resolved r && r.winner() == Party.CHALLENGER)) {
            return Verdict.accept(new Docket(d.claim(), d.submitter(), d.postedAt(), d.windowEnd(), now, Standing.OPEN, cases), why);
        }
        for (int j = 0; j < cases.size(); j++) {
            if (cases.get(j).state() instanceof GameState.Pending p) {
                String ended = "the claim was rejected in dispute " + changed + ": this dispute ended and its bond went back to its challenger";
                cases.set(j, new Docket.Case(cases.get(j).challenger(), new GameState.Resolved(p.claim(), p.escrow(), now, Party.CHALLENGER,
                        Ending.CLAIM_REJECTED, ended, layerOf(p), OptionalLong.empty(), p.layerRounds(), p.stepRounds())));
            }
        }
        return Verdict.accept(new Docket(d.claim(), d.submitter(), d.postedAt(), d.windowEnd(), now, Standing.REJECTED, cases),
                why + "; the claim is rejected");
    }

    /**
     * The most moves one dispute over {@code claim} takes when the submitter answers truly: 2R + 1 in one phase
     * (R bisections, R selections, the one-step proof; R = ⌈log_{k+1} N⌉), 2R₁ + 1 + 2R₂ + 1 in two (the layer
     * phase's R₁ = ⌈log_{k+1}(L+1)⌉ rounds, the layer opening, then R₂ ≤ ⌈log_{k+1} N⌉ rounds over one layer's
     * program or the whole program, which is never longer than N, and the proof).
     */
    public int maxMoves(Claim claim) {
        int steps = 2 * Bisection.rounds(claim.steps(), rules.k()) + 1;
        return rules.phases() == 2 ? 2 * Bisection.rounds(task.layers() + 1L, rules.k()) + 1 + steps : steps;
    }

    /**
     * The latest time, counted from the claim's posting, by which a claim whose submitter answers truly is
     * settled, however many disputes are opened against it: the last challenge comes at the end of the window,
     * every dispute then takes at most {@link #maxMoves} moves of at most the response window each, and a silent
     * challenger's timeout comes one unit after its deadline. Disputes run in parallel, each on its own clock, so
     * an attacker with B bonds delays the claim no more than with one — it only loses B bonds (and makes the
     * submitter send B moves per round).
     */
    public long settlementBound(Claim claim) {
        return rules.challengeWindow() + (long) maxMoves(claim) * rules.responseWindow() + 1;
    }
}
