package org.zkopml.dispute;

import java.util.Objects;
import java.util.Optional;

/**
 * A decorator of an {@link Actor}: plays as {@code inner} does (same side, name, moves and latency); a subclass
 * overrides the one behaviour it changes — how late it answers ({@link SlowActor}), or when it stops
 * answering ({@link SilentActor}).
 */
public abstract class ForwardingActor implements Actor {
    private final Actor inner;

    /** Forwards to {@code inner}. */
    protected ForwardingActor(Actor inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
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
        return inner.act(s);
    }
}
