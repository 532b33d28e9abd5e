/**
 * The optimistic verification game of opML: a submitter posts a result with a bond, anyone may
 * challenge it within a window, and a bisection over the execution trace narrows the dispute to one VM
 * step that the referee re-executes (ORA opML, Truebit, Arbitrum, Optimism's fault proofs).
 *
 * <h2>Messages and referee</h2>
 * The submitter's {@link org.zkopml.dispute.Claim} (model commitment, input root, output, final state
 * hash, step count N, and an opening of the final state proving the output words), then the
 * {@link org.zkopml.dispute.Move}s: Challenge, Bisect (k commitments), Select (one of k+1 sub-intervals),
 * OpenLayer, ProveStep, Timeout, Finalize. The {@link org.zkopml.dispute.Referee} is a pure function
 * (state, sender, time, move) → {@link org.zkopml.values.Verdict}: the next
 * {@link org.zkopml.dispute.GameState} (one record per {@link org.zkopml.dispute.Phase}), or a rejection
 * with its reason, after which the caller keeps the old state. Conventions: the submitter (defender) posts
 * the commitments, the challenger selects — as in ORA's {@code proposeState}/{@code respondState}; the
 * challenger posts the final one-step witness, as Cannon's attacker calls {@code step}.
 *
 * <h2>The rules a contract copies</h2>
 * <ul>
 * <li><b>Never throw.</b> {@code post} and {@code apply} answer every input, however malformed, with a
 *     verdict; a rejected move changes nothing.</li>
 * <li><b>Time and identity are the chain's.</b> A move carries no sender and no time: the caller passes
 *     them ({@code msg.sender} mapped to a side, {@code block.timestamp}). A move without a sender (a
 *     sender that is neither the submitter nor the challenger) is rejected. A move at a time before the
 *     last accepted move is rejected ("backdated"). A move by the side to play must come at a time
 *     ≤ its deadline; every accepted move sets the new deadline to time + responseWindow. A Timeout is
 *     accepted from either side once time &gt; deadline, and the side that was <em>waiting</em> wins —
 *     never the sender as such.</li>
 * <li><b>Bounds, checked before any arithmetic</b>, all in {@link org.zkopml.dispute.Bounds}, the one place
 *     the contracts' tests read them from: claimed and opened step counts 1 ≤ N ≤ 2^48 (a month of this VM at
 *     10^8 steps/s; the largest model here runs 2^24), so the padded length (k+1)^R stays ≤ 2^55 and R ≤ 48;
 *     1 ≤ k ≤ 64; windows in [1, 2^32]; bonds in [1, 2^60]; a claim is posted at a time in [0, 2^62]. A game
 *     accepts at most a few hundred moves, each at most 2^32 after the last, so every deadline stays below
 *     2^63; the addition is checked anyway.</li>
 * <li><b>A resolved game always has a winner</b> ({@link org.zkopml.dispute.GameState.Resolved} cannot be
 *     built without one); the bonds it holds go where {@link org.zkopml.dispute.Game} says, never elsewhere.</li>
 * <li><b>Bonds move with the move.</b> {@link org.zkopml.dispute.Game} applies a move and its bond as one
 *     step: a claim is posted only if the submitter's bond can be locked, a Challenge is accepted only if
 *     the challenger's bond can be locked, and otherwise both are rejected with nothing changed. The
 *     {@link org.zkopml.dispute.Ledger} accepts only positive amounts, never lets a balance go negative
 *     and keeps the total ≤ {@code Long.MAX_VALUE}, so no sum overflows; value is conserved.</li>
 * </ul>
 *
 * <h2>Rounds</h2>
 * Both agree on the commitment at lo and disagree at hi. Each round the submitter commits at the k
 * points splitting [lo, hi] into k+1 equal parts and the challenger picks the first part whose end it
 * disputes. The trace is padded (its halted last state repeats, which one-step re-execution confirms)
 * to (k+1)^R, R = ⌈log_{k+1} N⌉, so a game takes exactly R rounds (k = 1: binary, as ORA and Cannon;
 * Truebit's c checkpoints per round; Arbitrum's up-to-40-way dissection).
 *
 * <h2>Phases: the two-phase game judges the whole claim</h2>
 * Following ORA opML's multi-phase game, the <b>layer phase</b> bisects over L+2 commitments: position 0
 * is the task's input root (the referee computes it), positions 1..L the roots of the layer outputs, each
 * the root of a memory region holding the tensor ({@code vm.MemoryTree.regionRoot}, so that a tensor's root
 * is the input root of the program that reads it), and position L+1 (and every padded position after it)
 * the claim's final state hash. The referee fixes what the claim already says: a commitment posted at
 * position L must be the root of the claimed output, one posted past L must be the claimed final state
 * hash. The phase ends on one interval [j, j+1]: for j &lt; L the submitter opens layer j (its output
 * tensor checked against the root at j+1, plus its layer program's final state) and the
 * <b>instruction phase</b> bisects over that one layer's program, whose initial state the referee derives
 * from the layer's image root and the agreed root at j — the layer's input is never opened; for j = L — the output is agreed, the final state or step count is
 * not — the instruction phase runs over the whole program from its initial state to the claimed final
 * state after the claimed N steps; past L nothing can be disputed (both ends are the claim's final
 * hash) and the submitter wins. So a claim false anywhere — output, final state or step count — loses,
 * whichever phase the dispute ends in. Single-phase games play the instruction phase over the whole
 * program. Rounds: ⌈log_{k+1}(L+1)⌉ + ⌈log_{k+1} N_layer⌉ (or + ⌈log_{k+1} N⌉ for j = L) versus
 * ⌈log_{k+1} N⌉.
 *
 * <h2>Many challengers, timeouts and bonds</h2>
 * A claim and every dispute against it form a {@link org.zkopml.dispute.Docket}. Any number of challengers may
 * each open a dispute of their own, with their own bond, while the challenge window is open; the disputes run
 * side by side, each on its own clock. A claim is final only when its window has passed and every dispute
 * against it was resolved in the submitter's favour (anyone may then finalize it); a dispute the submitter
 * loses rejects the claim at once: the winning challenger gets its bond back and the submitter's bond, every
 * other open dispute ends and returns its challenger's bond, and a dispute the submitter wins pays it that
 * challenger's bond. So the submitter's accomplice, challenging first and losing on purpose or going silent,
 * settles only its own dispute: the false claim waits for the window, and an honest challenger who comes later
 * rejects it. Every move must come within the response window after the previous one of its dispute; otherwise
 * the waiting side claims a timeout. An attacker with B bonds delays an honest claim by at most
 * {@link org.zkopml.dispute.Referee#settlementBound} — the window plus one dispute's longest course, as with one
 * bond — and loses the B bonds. Security assumes one honest, responsive watcher within the window (AnyTrust,
 * "1-of-N") and data availability of the model and input.
 *
 * <h2>Where the game meets the VM</h2>
 * The referee — the part a contract implements — reaches the VM through the {@link org.zkopml.dispute.StepVerifier}
 * interface (Cannon's {@code step(stateData, proof) → postStateHash}; {@code Task.stepVerifier()} wires in the VM's
 * {@code OneStep.verify}) and the {@link org.zkopml.dispute.Task}, the public statement from which it derives the
 * agreed starting points. Players ({@link org.zkopml.dispute.HonestBelief}, {@link org.zkopml.dispute.CheatingBelief},
 * {@link org.zkopml.dispute.LazyBelief}) run the VM themselves; the referee sees only moves. Why the seam is there:
 * {@code docs/decisions/003-the-dispute-game-meets-the-vm-at-two-points.md}.
 *
 * <h2>Actors and venues</h2>
 * Players answer from a {@link org.zkopml.dispute.Belief}: honest, cheating from step K
 * ({@link org.zkopml.dispute.Cheat}: garbage hashes, or a consistent lie of real states), or lazy; a challenger is
 * honest, dishonest (random selections) or the submitter's accomplice (it loses on purpose);
 * {@link org.zkopml.dispute.SilentActor} stops answering. {@link org.zkopml.dispute.Arena} plays them at a
 * {@link org.zkopml.dispute.Venue}: the Java referee on a simulated chain ({@link org.zkopml.dispute.Game}), or a
 * contract on a real one (the chain package reads the contract's storage into a docket and sends each move as a
 * transaction), so one set of strategies plays in both worlds. {@link org.zkopml.dispute.Simulation} draws
 * claims with 1 to 4 challengers of every kind.
 *
 * <h2>Who watches: 1-of-N, measured</h2>
 * {@link org.zkopml.dispute.WatchModel} states the assumption as a model (N watchers, each online with
 * probability p, polling every c and answering after an exponential delay); {@link org.zkopml.dispute.Watchers}
 * estimates by Monte Carlo how often a cheat is caught within a window ({@link org.zkopml.dispute.Estimate},
 * with its binomial standard error) and plays the real game per draw, where nobody answering lets a false
 * claim finalise. {@link org.zkopml.dispute.VerifiersDilemma} asks whether watchers keep checking at all when
 * checking rarely pays, and what forced errors change.
 */
package org.zkopml.dispute;
