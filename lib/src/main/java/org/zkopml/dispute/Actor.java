package org.zkopml.dispute;

import java.util.Optional;

/**
 * A player: given the game state when it is its turn, the move it sends — or nothing (it does not
 * answer, and will lose by timeout).
 */
public interface Actor {
    /** Which side it plays. */
    Party side();

    /** Its name in the ledger and in reports. */
    String name();

    /** Its move at time {@code now} in state {@code s} (called only when {@code s.turn() == side()}). */
    Optional<Move> act(GameState s, long now);
}
