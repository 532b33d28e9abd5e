package org.zkopml.dispute;

import java.util.Optional;

/**
 * Plays like {@code inner} but takes {@code latency} time units for every answer: with the response window as its
 * latency it moves at the last legal moment of every deadline — the slowest play the rules allow, an attacker's
 * way of delaying a claim.
 */
public final class SlowActor implements Actor {
    private final Actor inner;
    private final long latency;

    /** Plays like {@code inner}, answering {@code latency} ≥ 1 after each state. */
    public SlowActor(Actor inner, long latency) {
        if (latency < 1) throw new IllegalArgumentException("a latency is ≥ 1, got " + latency);
        this.inner = inner;
        this.latency = latency;
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
    public Optional<Move> act(GameState.Pending s) {
        return inner.act(s);
    }

    @Override
    public long latency() {
        return latency;
    }
}
