package org.zkopml.dispute;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The outcome of one played claim, in the CLI's terms: the claim's winner (the submitter when it became final,
 * a challenger when it was rejected) and the dispute that decided it.
 *
 * @param traceLength     N, steps of the whole-program trace
 * @param layers          L, layers of the model
 * @param k               points per round
 * @param phases          1 or 2
 * @param rounds          bisection rounds played (both phases)
 * @param layerRounds     rounds of the layer phase (0 for single-phase)
 * @param expectedRounds  ⌈log_{k+1} N⌉ (single-phase) or ⌈log_{k+1}(L+1)⌉ + the instruction phase's ⌈log_{k+1} n⌉ (two-phase)
 * @param cheatStep       the first wrong step K of a cheating submitter (empty when the submitter is honest)
 * @param disputedStep    the whole-program step the one-step proof decided (empty if none)
 * @param disputedLayer   the layer the layer phase ended on (empty if none)
 * @param winner          who won the claim
 * @param honest          which side was honest
 * @param oneStepVerified whether one-step re-execution decided the game
 * @param resolution      the referee's reason
 * @param game            the deciding dispute's record
 * @param claimRecord     the whole claim: every challenge, move and timeout of every dispute, and its settlement
 */
public record DisputeResult(long traceLength, int layers, int k, int phases, int rounds, int layerRounds, int expectedRounds,
                            OptionalLong cheatStep, OptionalLong disputedStep, OptionalInt disputedLayer, Party winner, Party honest,
                            boolean oneStepVerified, String resolution, GameRecord game, ClaimRecord claimRecord) {
    /** Milliseconds of off-chain work for the game (after both parties' first run). */
    public double ms() {
        return game.millis();
    }
}
