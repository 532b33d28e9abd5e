package org.zkopml.dispute;

import java.util.Optional;

/**
 * A player: given the game state when it is its turn, the move it sends — or nothing (it does not
 * answer, and will lose by timeout). The chain, not the player, stamps the move with its sender and time.
 */
public interface Actor {
    /** Which side it plays. */
    Party side();

    /** Its name in reports. */
    String name();

    /** Its move in state {@code s} (called only when {@code s.turn() == side()}). */
    Optional<Move> act(GameState.Pending s);

    /**
     * How long after a state it answers (1: at once, the default; the response window: at the last legal moment).
     * The {@link Arena} asks for its move only when that time has come.
     */
    default long latency() {
        return 1;
    }
}
