package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

/**
 * Thaler's proof that Y = W·X: one sumcheck over the inner index k of
 * <pre>
 *   Ỹ(r₁, r₂) = Σ_{k ∈ {0,1}^log n} W̃(r₁, k)·X̃(k, r₂)
 * </pre>
 * at the verifier's random (r₁, r₂), the value W̃(r₁, ρ) the prover claims at the sumcheck's final point
 * ρ, and the Hyrax opening that proves that value against the commitment to W.
 *
 * @param sumcheck  the round messages (degree 2, log n rounds)
 * @param weight    the claimed W̃(r₁, ρ)
 * @param opening   the Hyrax opening of W̃ at (ρ, r₁) (W is committed by columns, see {@link MatMul})
 */
public record MatMulProof(SumcheckProof sumcheck, Fr weight, HyraxOpening opening) {
    /** Size in bytes: 32 per field element. */
    public long bytes() {
        return sumcheck.bytes() + 32 + opening.bytes();
    }
}
