package org.zkopml.dispute;

import java.util.Optional;

/** A non-responding party: plays like {@code inner} for its first {@code moves} moves, then never answers again. */
public final class SilentActor implements Actor {
    private final Actor inner;
    private final int moves;
    private int played;

    /** Plays like {@code inner} for {@code moves} moves, then stays silent. */
    public SilentActor(Actor inner, int moves) {
        this.inner = inner;
        this.moves = moves;
    }

    @Override
    public Party side() {
        return inner.side();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public long latency() {
        return inner.latency();
    }

    @Override
    public Optional<Move> act(GameState.Pending s) {
        if (played >= moves) return Optional.empty();
        played++;
        return inner.act(s);
    }
}
