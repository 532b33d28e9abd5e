/**
 * The optimistic verification game of opML: a submitter posts a result with a bond, anyone may
 * challenge it within a window, and a bisection over the execution trace narrows the dispute to one VM
 * step that the referee re-executes with {@link org.zkopml.vm.OneStep} (ORA opML, Truebit, Arbitrum,
 * Optimism's fault proofs).
 *
 * <h2>Messages and referee</h2>
 * The submitter's {@link org.zkopml.dispute.Claim} (model commitment, input hash, output, final state
 * hash, step count N, and an opening of the final state proving the output words), then the
 * {@link org.zkopml.dispute.Move}s: Challenge, Bisect (k commitments), Select (one of k+1 sub-intervals),
 * OpenLayer, ProveStep, Timeout. The {@link org.zkopml.dispute.Referee} is a pure function
 * (state, move) → {@link org.zkopml.dispute.Ruling}; it rejects moves out of turn, out of range or after
 * the deadline with a reason. Conventions: the submitter (defender) posts the commitments, the
 * challenger selects — as in ORA's {@code proposeState}/{@code respondState}; the challenger posts the
 * final one-step witness, as Cannon's attacker calls {@code step}.
 *
 * <h2>Rounds</h2>
 * Both agree on the commitment at lo and disagree at hi. Each round the submitter commits at the k
 * points splitting [lo, hi] into k+1 equal parts and the challenger picks the first part whose end it
 * disputes. The trace is padded (its halted last state repeats, which one-step re-execution confirms)
 * to (k+1)^R, R = ⌈log_{k+1} N⌉, so a game takes exactly R rounds (k = 1: binary, as ORA and Cannon;
 * Truebit's c checkpoints per round; Arbitrum's up-to-40-way dissection).
 *
 * <h2>Phases</h2>
 * Following ORA opML's multi-phase game: the <b>layer phase</b> bisects over the L+1 layer boundaries,
 * each committed as the Merkle root ({@code commit.MerkleTree}) of that layer's output tensor (position 0
 * is the input, whose root the referee computes; layers are computed natively, fast); it ends on one
 * layer, which the submitter opens (input and output tensors checked against the two roots, plus its
 * layer program's final state). The <b>instruction phase</b> then bisects over the VM steps of that one
 * layer's program (whose initial state the referee derives from the opened input). Single-phase games
 * play the instruction phase over the whole program. Rounds: ⌈log_{k+1} L⌉ + ⌈log_{k+1} N_layer⌉ versus
 * ⌈log_{k+1} N⌉.
 *
 * <h2>Timeouts and bonds</h2>
 * Every move must come within the response window after the previous one; otherwise anyone may post
 * a Timeout and the waiting side wins. Unchallenged claims are settled for the submitter when the
 * challenge window closes. Bonds are locked into escrow and paid entirely to the winner through a
 * {@link org.zkopml.dispute.Ledger}, so value is conserved. Security assumes one honest, responsive
 * watcher (AnyTrust, "1-of-N") and data availability of the model and input.
 *
 * <h2>Actors</h2>
 * Players answer from a {@link org.zkopml.dispute.Belief}: honest, cheating from step K, or lazy; a
 * challenger is honest or dishonest; {@link org.zkopml.dispute.SilentActor} stops answering. The game
 * talks to the VM only through {@link org.zkopml.dispute.StepVerifier}.
 */
package org.zkopml.dispute;
