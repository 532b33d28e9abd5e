package org.zkopml.groth16;

import java.util.List;
import java.util.Objects;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;

/**
 * Groth16's verifying key (Groth, "On the Size of Pairing-based Non-interactive Arguments", EUROCRYPT 2016,
 * §3.2): what a verifier needs to check e(A, B) = e(α, β) · e(Σ x_j·IC_j, γ) · e(C, δ).
 *
 * @param alpha1 α·G1
 * @param beta2  β·G2
 * @param gamma2 γ·G2
 * @param delta2 δ·G2
 * @param ic     IC_j = (β·u_j(τ) + α·v_j(τ) + w_j(τ))/γ · G1 for the public wires j = 0..ℓ (snarkjs's "IC")
 */
public record VerifyingKey(G1 alpha1, G2 beta2, G2 gamma2, G2 delta2, List<G1> ic) {
    public VerifyingKey {
        Objects.requireNonNull(alpha1, "alpha1");
        Objects.requireNonNull(beta2, "beta2");
        Objects.requireNonNull(gamma2, "gamma2");
        Objects.requireNonNull(delta2, "delta2");
        ic = List.copyOf(ic);
        if (ic.isEmpty()) throw new IllegalArgumentException("a verifying key has at least IC_0");
    }

    /** ℓ: the number of public inputs (IC has ℓ + 1 points). */
    public int publicInputs() {
        return ic.size() - 1;
    }
}
