package org.zkopml.dispute;

import java.util.List;

/**
 * The referee's view of a game after each accepted move (immutable; the on-chain storage of a dispute
 * contract).
 *
 * @param phase           where the game stands
 * @param turn            who must move next (null once resolved)
 * @param deadline        last time at which {@code turn} may move
 * @param claim           the claim under dispute
 * @param bisection       the current interval (null outside bisection phases)
 * @param proposal        the submitter's k commitments awaiting the challenger's selection (empty otherwise)
 * @param layer           the disputed layer (multi-phase, once the layer phase ended), else −1
 * @param layerRounds     bisection rounds played in the layer phase
 * @param stepRounds      bisection rounds played in the instruction phase
 * @param escrow          bonds locked in the game
 * @param winner          the winner (null until resolved)
 * @param resolution      how it was decided ("" until resolved)
 * @param disputedStep    the disputed step of the instruction phase (first state of the leaf interval's end), −1 if none
 * @param oneStepVerified whether the end was decided by one-step re-execution
 */
public record GameState(Phase phase, Party turn, long deadline, Claim claim, Bisection bisection, List<byte[]> proposal,
                        int layer, int layerRounds, int stepRounds, long escrow, Party winner, String resolution,
                        long disputedStep, boolean oneStepVerified) {
    public GameState {
        proposal = proposal.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> proposal() {
        return proposal.stream().map(byte[]::clone).toList();
    }

    /** Total bisection rounds. */
    public int rounds() {
        return layerRounds + stepRounds;
    }

    /** Whether the game is decided. */
    public boolean resolved() {
        return phase == Phase.RESOLVED;
    }

    GameState next(Phase p, Party t, long d, Bisection b, List<byte[]> prop) {
        return new GameState(p, t, d, claim, b, prop, layer, layerRounds, stepRounds, escrow, winner, resolution, disputedStep, oneStepVerified);
    }

    GameState withRounds(int lr, int sr) {
        return new GameState(phase, turn, deadline, claim, bisection, proposal, layer, lr, sr, escrow, winner, resolution, disputedStep, oneStepVerified);
    }

    GameState withLayer(int l) {
        return new GameState(phase, turn, deadline, claim, bisection, proposal, l, layerRounds, stepRounds, escrow, winner, resolution, disputedStep, oneStepVerified);
    }

    GameState withEscrow(long e) {
        return new GameState(phase, turn, deadline, claim, bisection, proposal, layer, layerRounds, stepRounds, e, winner, resolution, disputedStep, oneStepVerified);
    }

    GameState resolve(Party w, String why, long step, boolean verified) {
        return new GameState(Phase.RESOLVED, null, deadline, claim, bisection, List.of(), layer, layerRounds, stepRounds, escrow, w, why, step, verified);
    }
}
