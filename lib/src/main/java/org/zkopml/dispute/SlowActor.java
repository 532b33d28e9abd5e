package org.zkopml.dispute;

/**
 * Plays like {@code inner} but takes {@code latency} time units for every answer: with the response window as its
 * latency it moves at the last legal moment of every deadline — the slowest play the rules allow, an attacker's
 * way of delaying a claim.
 */
public final class SlowActor extends ForwardingActor {
    private final long latency;

    /** Plays like {@code inner}, answering {@code latency} ≥ 1 after each state. */
    public SlowActor(Actor inner, long latency) {
        super(inner);
        if (latency < 1) throw new IllegalArgumentException("a latency is ≥ 1, got " + latency);
        this.latency = latency;
    }

    @Override
    public long latency() {
        return latency;
    }
}
