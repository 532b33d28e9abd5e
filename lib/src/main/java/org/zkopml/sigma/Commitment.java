package org.zkopml.sigma;

/**
 * Schnorr's first message, prover → verifier: T = r·G for a fresh secret nonce r.
 *
 * @param t the group element T
 */
public record Commitment<P>(P t) {
    public Commitment {
        if (t == null) throw new IllegalArgumentException("the commitment must not be null");
    }
}
