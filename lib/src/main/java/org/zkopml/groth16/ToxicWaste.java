package org.zkopml.groth16;

import java.util.Objects;
import org.zkopml.field.Fr;

/**
 * The secret randomness of a Groth16 setup — τ, α, β, γ, δ — made explicit so that students can see it. The
 * keys publish these only "in the exponent" (τ·G1, α·G1, …); whoever keeps the numbers themselves can forge a
 * proof of any statement ({@link Forgery}). A real setup must destroy them: the caller of
 * {@link Setup#generate} is expected to drop this record, and a ceremony ({@link Ceremony}) makes δ the
 * product of many participants' secrets so that one honest participant suffices.
 *
 * @param tau   τ, the secret evaluation point of the QAP polynomials
 * @param alpha α, binds A and B to the same witness
 * @param beta  β, idem
 * @param gamma γ, divides the public-input part (IC)
 * @param delta δ, divides the private-input and quotient parts (L, H)
 */
public record ToxicWaste(Fr tau, Fr alpha, Fr beta, Fr gamma, Fr delta) {
    public ToxicWaste {
        Objects.requireNonNull(tau, "tau");
        for (Fr x : new Fr[] {alpha, beta, gamma, delta}) {
            if (Objects.requireNonNull(x).isZero()) throw new IllegalArgumentException("α, β, γ, δ must be non-zero");
        }
    }

    @Override
    public String toString() {
        return "ToxicWaste[τ, α, β, γ, δ: drop this record]";
    }
}
