package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * A proof of Σ_i p_i/q_i = R by {@link FractionSumcheck}: one message per layer of the binary tree of fractions,
 * from the root's children down to the leaves.
 *
 * @param layers layer k = 0 .. n−1: the sumcheck that reduces the claim on layer k to layer k+1 (no rounds for
 *               k = 0) and the four values of layer k+1 at the sumcheck's point
 */
public record FractionProof(List<Layer> layers) {
    /** Copies the list. */
    public FractionProof {
        layers = List.copyOf(layers);
    }

    /**
     * One layer's message: the sumcheck of Σ_b eq(r, b)·(p₀q₁ + p₁q₀ + λ·q₀q₁)(b) and the children's values at its
     * final point ρ, p_(k+1)(ρ, 0), p_(k+1)(ρ, 1), q_(k+1)(ρ, 0), q_(k+1)(ρ, 1).
     *
     * @param sumcheck the rounds (k of them, degree 3)
     * @param p0       p̃_(k+1)(ρ, 0)
     * @param p1       p̃_(k+1)(ρ, 1)
     * @param q0       q̃_(k+1)(ρ, 0)
     * @param q1       q̃_(k+1)(ρ, 1)
     */
    public record Layer(SumcheckProof sumcheck, Fr p0, Fr p1, Fr q0, Fr q1) {}

    /** Size in bytes: 32 per field element. */
    public long bytes() {
        long n = 0;
        for (Layer l : layers) n += l.sumcheck().bytes() + 4 * 32;
        return n;
    }
}
