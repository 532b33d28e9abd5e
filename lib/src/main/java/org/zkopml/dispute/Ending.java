package org.zkopml.dispute;

/** How a game was decided. */
public enum Ending {
    /** No challenge came within the challenge window: the claim stands. */
    UNCHALLENGED,
    /** The party to move missed its deadline: the waiting side wins. */
    TIMEOUT,
    /** The layer phase ended past the output, where every commitment is fixed to the claim's: nothing to dispute. */
    PADDING,
    /** One-step re-execution of the disputed step decided it. */
    ONE_STEP,
    /** Another dispute rejected the claim: this one ended unplayed, and its challenger's bond went back to it. */
    CLAIM_REJECTED
}
