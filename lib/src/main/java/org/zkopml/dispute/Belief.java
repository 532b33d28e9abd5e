package org.zkopml.dispute;

import org.zkopml.values.Bytes32;

/**
 * What one party holds to be the computation — the honest trace, or a cheater's version of it. Actors
 * answer every move from their belief; the game never sees a belief, only the moves.
 */
public interface Belief {
    /** The claim this party would post. */
    Claim claim();

    /** Whole-program state hash at step i (the final state for i ≥ its length). */
    Bytes32 stepHash(long i);

    /** One-step witness of whole-program step i → i+1. */
    byte[] stepWitness(long i);

    /**
     * Layer-phase commitment at position p: root of activation p (0 = input, L = output), then, for
     * p &gt; L, its claim's final state hash.
     */
    Bytes32 layerRoot(long p);

    /** The opening of layer ℓ (its input, output and its program's final state). */
    Move.OpenLayer layerOpening(int layer);

    /** State hash of layer ℓ's own program at step i. */
    Bytes32 layerStepHash(int layer, long i);

    /** Witness of layer ℓ's program step i → i+1. */
    byte[] layerStepWitness(int layer, long i);
}
