package org.zkopml.dispute;

import java.util.Optional;

/** A non-responding party: plays like {@code inner} for its first {@code moves} moves, then never answers again. */
public final class SilentActor extends ForwardingActor {
    private final int moves;
    private int played;

    /** Plays like {@code inner} for {@code moves} moves, then stays silent. */
    public SilentActor(Actor inner, int moves) {
        super(inner);
        this.moves = moves;
    }

    @Override
    public Optional<Move> act(GameState.Pending s) {
        if (played >= moves) return Optional.empty();
        played++;
        return super.act(s);
    }
}
