package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

/**
 * The statement a sumcheck proves: {@code Σ_{b ∈ {0,1}^n} f(b) = sum} for a polynomial f in n variables of
 * degree at most d in each variable (here f = f₁·f₂·…·f_d, a product of d multilinear polynomials).
 *
 * @param variables n ≥ 1
 * @param degree    d ≥ 1, the degree bound per variable (the length of each round message is d + 1)
 * @param sum       the claimed sum over the Boolean hypercube
 */
public record SumcheckClaim(int variables, int degree, Fr sum) {
    /** Validates n, d and the sum. */
    public SumcheckClaim {
        if (variables < 1) throw new IllegalArgumentException("a sumcheck needs at least one variable, got " + variables);
        if (degree < 1) throw new IllegalArgumentException("the degree bound must be at least 1, got " + degree);
        if (sum == null) throw new IllegalArgumentException("the claimed sum must not be null");
    }

    @Override
    public String toString() {
        return "Σ over {0,1}^" + variables + " of a degree-" + degree + " polynomial = " + Sumcheck.show(sum);
    }
}
