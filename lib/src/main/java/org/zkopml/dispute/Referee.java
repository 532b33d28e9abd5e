package org.zkopml.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.Program;
import org.zkopml.vm.StepVerdict;

/**
 * The rules of the verification game as a pure function {@code (state, move) → ruling}: what a dispute
 * contract enforces. It checks turn, deadline and range of every move and rejects invalid ones with
 * a reason; it never computes a trace — only the agreed starting points, tensor roots and one step.
 *
 * <p>Protocol (single-phase): claim → challenge (within the window) → R = ⌈log_{k+1} N⌉ rounds of
 * [submitter posts k state hashes, challenger selects one of k+1 sub-intervals] → the challenger posts
 * the one-step witness of the remaining step; the submitter wins iff the re-executed post-state hash
 * equals its own. Multi-phase first bisects over layer-output roots (⌈log_{k+1} L⌉ rounds), the
 * submitter opens the disputed layer, then the instruction phase runs on that layer's program only.
 * A party that misses its deadline loses; the winner takes both bonds.
 */
public final class Referee {
    private final Rules rules;
    private final Task task;
    private final StepVerifier verifier;

    /** A referee for {@code task} under {@code rules}, re-executing steps with {@code verifier}. */
    public Referee(Rules rules, Task task, StepVerifier verifier) {
        this.rules = rules;
        this.task = task;
        this.verifier = verifier;
    }

    /** A referee using the VM's {@link OneStep#verify}. */
    public Referee(Rules rules, Task task) {
        this(rules, task, OneStep::verify);
    }

    /** The rules it enforces. */
    public Rules rules() {
        return rules;
    }

    /** The public statement under dispute. */
    public Task task() {
        return task;
    }

    /** Accepts a claim posted at {@code time} (with the submitter's bond), or rejects it. */
    public Ruling post(Claim claim, long time) {
        GameState open = new GameState(Phase.AWAITING_CHALLENGE, Party.CHALLENGER, time + rules.challengeWindow(), claim, null,
                List.of(), -1, 0, 0, rules.submitterBond(), null, "", -1, false);
        if (!Arrays.equals(claim.modelCommitment(), task.modelCommitment())) return Ruling.reject(open, "the claim names another model");
        if (!Arrays.equals(claim.inputHash(), task.inputHash())) return Ruling.reject(open, "the claim names another input");
        if (claim.steps() < 1) return Ruling.reject(open, "a claimed trace has at least one step");
        Program whole = task.model().whole();
        if (claim.output().length != whole.outputLength()) return Ruling.reject(open, "the output has " + claim.output().length + " words, the program " + whole.outputLength());
        Optional<String> bad = claim.opening().check(claim.finalStateHash(), claim.steps(), whole.outputAddress(), claim.output());
        return bad.map(r -> Ruling.reject(open, "final-state opening: " + r)).orElseGet(() -> Ruling.accept(open));
    }

    /** The ruling on {@code move} in state {@code s}. */
    public Ruling apply(GameState s, Move move) {
        if (s.resolved()) return Ruling.reject(s, "the game is already resolved");
        if (move instanceof Move.Timeout t) return timeout(s, t);
        if (move.by() != s.turn()) return Ruling.reject(s, "out of turn: it is the " + s.turn().label() + "'s move");
        if (move.time() > s.deadline()) return Ruling.reject(s, "after the deadline: sent at " + move.time() + ", deadline " + s.deadline());
        if (move instanceof Move.Challenge c) return challenge(s, c);
        if (move instanceof Move.Bisect b) return bisect(s, b);
        if (move instanceof Move.Select sel) return select(s, sel);
        if (move instanceof Move.OpenLayer o) return openLayer(s, o);
        return proveStep(s, (Move.ProveStep) move);
    }

    private Ruling timeout(GameState s, Move.Timeout t) {
        if (t.by() == s.turn()) return Ruling.reject(s, "out of turn: the " + t.by().label() + " cannot time itself out");
        if (t.time() <= s.deadline()) return Ruling.reject(s, "too early: the deadline " + s.deadline() + " has not passed at " + t.time());
        String why = s.phase() == Phase.AWAITING_CHALLENGE ? "unchallenged: the challenge window closed"
                : "timeout: the " + s.turn().label() + " did not move by " + s.deadline();
        return Ruling.accept(s.resolve(t.by(), why, s.disputedStep(), false));
    }

    private Ruling challenge(GameState s, Move.Challenge c) {
        if (s.phase() != Phase.AWAITING_CHALLENGE) return Ruling.reject(s, "the claim is already challenged");
        GameState g = s.withEscrow(s.escrow() + rules.challengerBond());
        long d = c.time() + rules.responseWindow();
        if (rules.phases() == 2) {
            long padded = Bisection.paddedLength(task.layers(), rules.k());
            Bisection b = new Bisection(0, padded, Task.tensorRoot(task.input()), Task.tensorRoot(s.claim().output()), rules.k());
            return Ruling.accept(startBisection(g, Phase.LAYER_BISECTION, b, d));
        }
        Bisection b = new Bisection(0, Bisection.paddedLength(s.claim().steps(), rules.k()), task.initialStateHash(), s.claim().finalStateHash(), rules.k());
        return Ruling.accept(startBisection(g, Phase.STEP_BISECTION, b, d));
    }

    private GameState startBisection(GameState g, Phase phase, Bisection b, long deadline) {
        if (b.isLeaf()) return leaf(g, phase, b, deadline);
        return g.next(phase, Party.SUBMITTER, deadline, b, List.of());
    }

    private Ruling bisect(GameState s, Move.Bisect m) {
        if ((s.phase() != Phase.LAYER_BISECTION && s.phase() != Phase.STEP_BISECTION) || !s.proposal().isEmpty()) {
            return Ruling.reject(s, "no bisection is expected in phase " + s.phase());
        }
        if (m.hashes().size() != rules.k()) return Ruling.reject(s, "out of range: expected " + rules.k() + " hashes, got " + m.hashes().size());
        for (byte[] h : m.hashes()) if (h == null || h.length != 32) return Ruling.reject(s, "out of range: every hash is 32 bytes");
        return Ruling.accept(s.next(s.phase(), Party.CHALLENGER, m.time() + rules.responseWindow(), s.bisection(), m.hashes()));
    }

    private Ruling select(GameState s, Move.Select m) {
        if ((s.phase() != Phase.LAYER_BISECTION && s.phase() != Phase.STEP_BISECTION) || s.proposal().isEmpty()) {
            return Ruling.reject(s, "no selection is expected in phase " + s.phase());
        }
        if (m.index() < 0 || m.index() > rules.k()) return Ruling.reject(s, "out of range: index " + m.index() + " not in [0, " + rules.k() + "]");
        Bisection b = s.bisection().select(m.index(), s.proposal());
        GameState g = s.phase() == Phase.LAYER_BISECTION ? s.withRounds(s.layerRounds() + 1, s.stepRounds()) : s.withRounds(s.layerRounds(), s.stepRounds() + 1);
        long d = m.time() + rules.responseWindow();
        if (b.isLeaf()) return Ruling.accept(leaf(g, s.phase(), b, d));
        return Ruling.accept(g.next(s.phase(), Party.SUBMITTER, d, b, List.of()));
    }

    private GameState leaf(GameState g, Phase phase, Bisection b, long deadline) {
        if (phase == Phase.STEP_BISECTION) return g.next(Phase.STEP_PROOF, Party.CHALLENGER, deadline, b, List.of());
        if (b.lo() >= task.layers()) {
            // Past the last layer the padded sequence repeats the output root: nothing to execute.
            boolean same = Arrays.equals(b.loHash(), b.hiHash());
            return g.next(Phase.LAYER_BISECTION, null, deadline, b, List.of()).withLayer((int) b.lo())
                    .resolve(same ? Party.SUBMITTER : Party.CHALLENGER, "padding past the last layer " + (same ? "repeats the root" : "changed the root"), -1, false);
        }
        return g.next(Phase.LAYER_OPENING, Party.SUBMITTER, deadline, b, List.of()).withLayer((int) b.lo());
    }

    private Ruling openLayer(GameState s, Move.OpenLayer m) {
        if (s.phase() != Phase.LAYER_OPENING) return Ruling.reject(s, "no layer opening is expected in phase " + s.phase());
        Program p = task.model().layers().get(s.layer());
        Bisection b = s.bisection();
        if (m.input().length != p.inputLength() || m.output().length != p.outputLength()) return Ruling.reject(s, "out of range: layer " + s.layer() + " maps " + p.inputLength() + " → " + p.outputLength() + " values");
        if (!Arrays.equals(Task.tensorRoot(m.input()), b.loHash())) return Ruling.reject(s, "the opened input does not match the agreed root of layer " + s.layer() + "'s input");
        if (!Arrays.equals(Task.tensorRoot(m.output()), b.hiHash())) return Ruling.reject(s, "the opened output does not match the submitter's root of layer " + s.layer() + "'s output");
        if (m.steps() < 1) return Ruling.reject(s, "out of range: a layer trace has at least one step");
        Optional<String> bad = m.opening().check(m.finalStateHash(), m.steps(), p.outputAddress(), m.output());
        if (bad.isPresent()) return Ruling.reject(s, "layer final-state opening: " + bad.get());
        byte[] initial = p.load(m.input()).state().hash();
        Bisection steps = new Bisection(0, Bisection.paddedLength(m.steps(), rules.k()), initial, m.finalStateHash(), rules.k());
        return Ruling.accept(startBisection(s, Phase.STEP_BISECTION, steps, m.time() + rules.responseWindow()));
    }

    private Ruling proveStep(GameState s, Move.ProveStep m) {
        if (s.phase() != Phase.STEP_PROOF) return Ruling.reject(s, "no one-step proof is expected in phase " + s.phase());
        Bisection b = s.bisection();
        StepVerdict v = verifier.step(b.loHash(), m.witness());
        if (!v.accepted()) return Ruling.reject(s, "invalid one-step witness: " + v.reason());
        boolean submitterRight = Arrays.equals(v.postHash(), b.hiHash());
        return Ruling.accept(s.resolve(submitterRight ? Party.SUBMITTER : Party.CHALLENGER,
                "one-step re-execution of step " + b.lo() + " → " + b.hi() + (s.layer() >= 0 ? " of layer " + s.layer() + "'s program" : "") + (submitterRight ? " matches" : " contradicts") + " the submitter's state",
                b.hi(), true));
    }
}
