package org.zkopml.commit;

import org.zkopml.curve.G1;

/**
 * A KZG commitment to p: C = [p(τ)]₁ = Σ aᵢ·[τⁱ]₁ — one G1 point (64 bytes on Ethereum) for a polynomial
 * of any degree.
 *
 * @param point C
 */
public record KzgCommitment(G1 point) {
    public KzgCommitment {
        if (point == null) throw new IllegalArgumentException("the commitment point must not be null");
    }
}
