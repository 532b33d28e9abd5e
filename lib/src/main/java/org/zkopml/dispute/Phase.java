package org.zkopml.dispute;

/**
 * Where a game stands. Multi-phase games (ORA opML's convention) play the <b>layer phase</b>
 * (bisection over the model's layer outputs) and then the <b>instruction phase</b> (bisection over the VM
 * steps of the one disputed layer); single-phase games play only the instruction phase over the whole
 * inference.
 */
public enum Phase {
    /** The claim is posted; a challenger may dispute it until the challenge window closes. */
    AWAITING_CHALLENGE,
    /** Layer phase: the submitter must post k layer-output roots, or the challenger must pick a sub-interval. */
    LAYER_BISECTION,
    /** Layer phase ended on one layer: the submitter must open it (input, output, final state). */
    LAYER_OPENING,
    /** Instruction phase: bisection over VM state hashes. */
    STEP_BISECTION,
    /** Instruction phase ended on one step: the challenger must post the one-step witness. */
    STEP_PROOF,
    /** Decided. */
    RESOLVED
}
