package org.zkopml.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.zkopml.values.Bytes32;

/**
 * A challenger. Honest: disputes a claim only if it differs from its own computation, always selects
 * the first sub-interval whose end it disagrees with, and posts the true one-step witness. Dishonest:
 * disputes a correct claim and selects sub-intervals at random (seeded); at the end it can only post
 * the true witness, which re-executes to the submitter's state. Colluding: the submitter's accomplice, who
 * challenges first so as to lose on purpose — it agrees with every commitment (selects the last part) and
 * never posts a one-step proof, so its dispute ends in a timeout in the submitter's favour.
 */
public final class ChallengerActor implements Actor {
    private enum Kind { HONEST, DISHONEST, COLLUDING }

    private final String name;
    private final Belief belief;
    private final Kind kind;
    private final SplittableRandom rnd;

    private ChallengerActor(String name, Belief belief, Kind kind, long seed) {
        this.name = name;
        this.belief = belief;
        this.kind = kind;
        this.rnd = new SplittableRandom(seed);
    }

    /** An honest challenger computing {@code belief}. */
    public static ChallengerActor honest(String name, Belief belief) {
        return new ChallengerActor(name, belief, Kind.HONEST, 0);
    }

    /** A challenger that disputes whatever is posted and picks sub-intervals at random. */
    public static ChallengerActor dishonest(String name, Belief belief, long seed) {
        return new ChallengerActor(name, belief, Kind.DISHONEST, seed);
    }

    /** The submitter's accomplice: challenges whatever is posted, agrees with every commitment, never proves a step. */
    public static ChallengerActor colluding(String name) {
        return new ChallengerActor(name, null, Kind.COLLUDING, 0);
    }

    /** Whether it plays by the truth (else it challenges anything, and picks at random or loses on purpose). */
    public boolean isHonest() {
        return kind == Kind.HONEST;
    }

    @Override
    public Party side() {
        return Party.CHALLENGER;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Move> act(GameState.Pending s) {
        if (kind == Kind.COLLUDING) {
            if (s instanceof GameState.AwaitingChallenge) return Optional.of(new Move.Challenge());
            if (s instanceof GameState.Bisecting round && !round.proposal().isEmpty()) return Optional.of(new Move.Select(round.interval().k()));
            return Optional.empty(); // no proof: the submitter wins the dispute by timeout
        }
        if (s instanceof GameState.AwaitingChallenge) {
            Claim mine = belief.claim();
            boolean differs = !s.claim().finalStateHash().equals(mine.finalStateHash())
                    || !Arrays.equals(s.claim().output(), mine.output()) || s.claim().steps() != mine.steps();
            return differs || kind == Kind.DISHONEST ? Optional.of(new Move.Challenge()) : Optional.empty();
        }
        if (s instanceof GameState.StepProof p) {
            long lo = p.interval().lo();
            byte[] w = p.layer().isPresent() ? belief.layerStepWitness(p.layer().getAsInt(), lo) : belief.stepWitness(lo);
            return Optional.of(new Move.ProveStep(w));
        }
        if (!(s instanceof GameState.Bisecting round)) return Optional.empty();
        Bisection b = round.interval();
        List<Bytes32> proposal = round.proposal();
        int k = b.k();
        if (kind == Kind.DISHONEST) return Optional.of(new Move.Select(rnd.nextInt(k + 1)));
        long[] p = b.points();
        for (int t = 0; t < k; t++) {
            if (!SubmitterActor.commitment(belief, s, p[t]).equals(proposal.get(t))) return Optional.of(new Move.Select(t));
        }
        return Optional.of(new Move.Select(k));
    }
}
