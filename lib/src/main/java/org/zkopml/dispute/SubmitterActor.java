package org.zkopml.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zkopml.values.Bytes32;

/**
 * A submitter that answers every move from its {@link Belief}: honest with an {@link HonestBelief},
 * a cheater with a {@link CheatingBelief}, lazy with a {@link LazyBelief}.
 */
public final class SubmitterActor implements Actor {
    private final String name;
    private final Belief belief;

    /** A submitter named {@code name} that answers from {@code belief}. */
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
    public Optional<Move> act(GameState.Pending s) {
        if (s instanceof GameState.LayerOpening o) return Optional.of(belief.layerOpening(o.layer()));
        if (!(s instanceof GameState.Bisecting round) || !round.proposal().isEmpty()) return Optional.empty();
        List<Bytes32> hashes = new ArrayList<>();
        for (long p : round.interval().points()) hashes.add(commitment(belief, s, p));
        return Optional.of(new Move.Bisect(hashes));
    }

    /** A belief's commitment at position p of the current bisection (layer-phase value, whole-program or layer-program state hash). */
    static Bytes32 commitment(Belief b, GameState s, long p) {
        if (s instanceof GameState.StepBisection t) return t.layer().isPresent() ? b.layerStepHash(t.layer().getAsInt(), p) : b.stepHash(p);
        return b.layerRoot(p);
    }
}
