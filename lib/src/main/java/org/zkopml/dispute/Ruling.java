package org.zkopml.dispute;

/**
 * The referee's answer to a move: accepted with the new state, or rejected with the reason (the state
 * is then unchanged).
 *
 * @param accepted whether the move was valid
 * @param state    the state after the move (the unchanged state when rejected)
 * @param reason   why the move was rejected ("" when accepted)
 */
public record Ruling(boolean accepted, GameState state, String reason) {
    static Ruling accept(GameState s) {
        return new Ruling(true, s, "");
    }

    static Ruling reject(GameState s, String reason) {
        return new Ruling(false, s, reason);
    }
}
