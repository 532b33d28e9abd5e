package org.zkopml.dispute;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A challenger. Honest: disputes a claim only if it differs from its own computation, always selects
 * the first sub-interval whose end it disagrees with, and posts the true one-step witness. Dishonest:
 * disputes a correct claim and selects sub-intervals at random (seeded); at the end it can only post
 * the true witness, which re-executes to the submitter's state.
 */
public final class ChallengerActor implements Actor {
    private final String name;
    private final Belief belief;
    private final boolean honest;
    private final SplittableRandom rnd;

    private ChallengerActor(String name, Belief belief, boolean honest, long seed) {
        this.name = name;
        this.belief = belief;
        this.honest = honest;
        this.rnd = new SplittableRandom(seed);
    }

    /** An honest challenger computing {@code belief}. */
    public static ChallengerActor honest(String name, Belief belief) {
        return new ChallengerActor(name, belief, true, 0);
    }

    /** A challenger that disputes whatever is posted and picks sub-intervals at random. */
    public static ChallengerActor dishonest(String name, Belief belief, long seed) {
        return new ChallengerActor(name, belief, false, seed);
    }

    /** Whether it plays by the truth (else it challenges anything and picks at random). */
    public boolean isHonest() {
        return honest;
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
    public Optional<Move> act(GameState s, long now) {
        switch (s.phase()) {
            case AWAITING_CHALLENGE -> {
                boolean differs = !Arrays.equals(s.claim().finalStateHash(), belief.claim().finalStateHash())
                        || !Arrays.equals(s.claim().output(), belief.claim().output()) || s.claim().steps() != belief.claim().steps();
                return differs || !honest ? Optional.of(new Move.Challenge(Party.CHALLENGER, now)) : Optional.empty();
            }
            case LAYER_BISECTION, STEP_BISECTION -> {
                Bisection b = s.bisection();
                int k = b.k();
                if (!honest) return Optional.of(new Move.Select(Party.CHALLENGER, now, rnd.nextInt(k + 1)));
                long[] p = b.points();
                for (int t = 0; t < k; t++) {
                    if (!Arrays.equals(SubmitterActor.commitment(belief, s, p[t]), s.proposal().get(t))) {
                        return Optional.of(new Move.Select(Party.CHALLENGER, now, t));
                    }
                }
                return Optional.of(new Move.Select(Party.CHALLENGER, now, k));
            }
            case STEP_PROOF -> {
                long lo = s.bisection().lo();
                byte[] w = s.layer() >= 0 ? belief.layerStepWitness(s.layer(), lo) : belief.stepWitness(lo);
                return Optional.of(new Move.ProveStep(Party.CHALLENGER, now, w));
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
