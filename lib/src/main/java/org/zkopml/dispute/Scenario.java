package org.zkopml.dispute;

/** Who plays whom in a simulated game; in each, exactly one side is honest (or both, when unchallenged). */
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
    SILENT_CHALLENGER(Party.SUBMITTER);

    private final Party honest;

    Scenario(Party honest) {
        this.honest = honest;
    }

    /** The honest side, who must win. */
    public Party honest() {
        return honest;
    }
}
