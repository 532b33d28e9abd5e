package org.zkopml.commit;

import org.zkopml.curve.G1;

/**
 * A Pedersen commitment C = m·G + r·H, a point of G1. Commitments add: the sum commits to the sum of the
 * messages with the sum of the blinding factors.
 *
 * @param point C
 */
public record PedersenCommitment(G1 point) {
    public PedersenCommitment {
        if (point == null) throw new IllegalArgumentException("the commitment point must not be null");
    }

    /** C₁ + C₂ = (m₁ + m₂)·G + (r₁ + r₂)·H. */
    public PedersenCommitment add(PedersenCommitment other) {
        return new PedersenCommitment(point.add(other.point));
    }
}
