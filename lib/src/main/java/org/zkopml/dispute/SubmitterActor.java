package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A submitter that answers every move from its {@link Belief}: honest with an {@link HonestBelief},
 * a cheater with a {@link CheatingBelief}, lazy with a {@link LazyBelief}.
 */
public final class SubmitterActor implements Actor {
    private final String name;
    private final Belief belief;

    /** A submitter named {@code name} (its ledger account) that answers from {@code belief}. */
    public SubmitterActor(String name, Belief belief) {
        this.name = name;
        this.belief = belief;
    }

    /** The claim it posts. */
    public Claim claim() {
        return belief.claim();
    }

    /** What it answers from. */
    public Belief belief() {
        return belief;
    }

    @Override
    public Party side() {
        return Party.SUBMITTER;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Move> act(GameState s, long now) {
        return switch (s.phase()) {
            case LAYER_BISECTION, STEP_BISECTION -> {
                List<byte[]> hashes = new ArrayList<>();
                for (long p : s.bisection().points()) hashes.add(commitment(belief, s, p));
                yield Optional.of(new Move.Bisect(Party.SUBMITTER, now, hashes));
            }
            case LAYER_OPENING -> Optional.of(belief.layerOpening(s.layer(), Party.SUBMITTER, now));
            default -> Optional.empty();
        };
    }

    /** A belief's commitment at position p of the current bisection (layer root, whole-program or layer-program state hash). */
    static byte[] commitment(Belief b, GameState s, long p) {
        if (s.phase() == Phase.LAYER_BISECTION) return b.layerRoot(p);
        return s.layer() >= 0 ? b.layerStepHash(s.layer(), p) : b.stepHash(p);
    }
}
