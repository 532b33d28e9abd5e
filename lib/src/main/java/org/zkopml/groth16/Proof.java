package org.zkopml.groth16;

import java.util.Objects;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;

/**
 * A Groth16 proof π = (A, B, C) ∈ G1 × G2 × G1: 2 + 4 + 2 = 8 field elements of 32 bytes, 256 bytes
 * uncompressed (the EVM's encoding), whatever the size of the circuit.
 *
 * @param a A = (α + Σ w_j u_j(τ) + r·δ)·G1
 * @param b B = (β + Σ w_j v_j(τ) + s·δ)·G2
 * @param c C = (Σ_{private j} w_j (β u_j + α v_j + w_j)(τ) + h(τ)Z(τ))/δ·G1 + s·A + r·B_1 − r·s·δ·G1
 */
public record Proof(G1 a, G2 b, G1 c) {
    /** Uncompressed size in bytes: two G1 points and one G2 point. */
    public static final int BYTES = 256;

    public Proof {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
    }
}
