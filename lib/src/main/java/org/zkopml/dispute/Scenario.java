package org.zkopml.dispute;

/**
 * Who submits and who answers first in a simulated claim; in each, exactly one side is honest (or both, when
 * unchallenged). {@link Simulation} adds up to three more challengers of every kind to each.
 */
public enum Scenario {
    /** Honest submitter, honest challenger who finds nothing to dispute. */
    HONEST_UNCHALLENGED(Party.SUBMITTER),
    /** Honest submitter, dishonest challenger disputing a correct result. */
    DISHONEST_CHALLENGER(Party.SUBMITTER),
    /** Cheating submitter (wrong from a random step K), honest challenger. */
    CHEATER(Party.CHALLENGER),
    /** Lazy submitter (never computed), honest challenger. */
    LAZY_SUBMITTER(Party.CHALLENGER),
    /** Cheating submitter that stops answering after a few moves, honest challenger. */
    SILENT_CHEATER(Party.CHALLENGER),
    /** Honest submitter, dishonest challenger that stops answering after a few moves. */
    SILENT_CHALLENGER(Party.SUBMITTER),
    /** Cheating submitter whose accomplice challenges first and loses on purpose; an honest challenger comes later in the window. */
    COLLUSION(Party.CHALLENGER);

    private final Party honest;

    Scenario(Party honest) {
        this.honest = honest;
    }

    /** The honest side, who must win. */
    public Party honest() {
        return honest;
    }
}
