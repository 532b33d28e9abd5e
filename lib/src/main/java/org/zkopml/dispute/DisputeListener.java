package org.zkopml.dispute;

/**
 * Observes {@link Dispute#play(Task, Rules, long, long, DisputeListener)} as it goes, for progress bars:
 * each party's run of the program (steps so far), then every state of the game (rounds so far). Calls
 * come on the playing thread; a listener only observes, so the result is the same with or without one.
 * Every method does nothing by default.
 */
public interface DisputeListener {
    /** A listener that ignores everything. */
    DisputeListener NONE = new DisputeListener() {};

    /** {@code party}'s run of the whole program has executed {@code steps} steps so far. */
    default void running(Party party, long steps) {}

    /** {@code party}'s run ended after {@code length} steps (the trace length it will defend). */
    default void ran(Party party, long length) {}

    /** The game is about to start over a trace of {@code length} steps. */
    default void gameStarts(long length) {}

    /** The referee applied a move (or a timeout): {@code state} is the game after it. */
    default void moved(GameState state) {}
}
