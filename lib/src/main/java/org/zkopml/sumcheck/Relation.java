package org.zkopml.sumcheck;

import java.util.List;

/**
 * A statement about multilinear extensions, proven by one sumcheck (or checked directly when nothing is summed):
 * <pre>
 *   Σ_{claim terms} c·∏ f(τ)  =  Σ_{x ∈ {0,1}^summed} Σ_{sum terms} c·∏ f(τ, x)
 * </pre>
 * where τ is a random point the verifier draws for this relation (one group of coordinates per entry of
 * {@code free}). Three shapes cover a transformer:
 * <ul>
 *   <li>a matrix product, Ỹ(τ_t, τ_j) = Σ_k X̃(τ_t, k)·W̃(τ_j, k) (Thaler);</li>
 *   <li>an entrywise identity C(x) = 0 on a whole tensor, as the zero-check Σ_x eq(τ, x)·C(x) = 0 — a multilinear
 *       polynomial vanishing at a random τ is zero on the hypercube, except with probability (number of
 *       variables)/r;</li>
 *   <li>a linear identity among tensors (a residual, a limb decomposition), checked at τ with nothing summed.</li>
 * </ul>
 *
 * @param name   what it proves
 * @param free   the variables of each group of τ
 * @param summed the variables of each summed group
 * @param claim  the left side, its factors placed by free or fixed indices only
 * @param sum    the right side's terms
 */
public record Relation(String name, List<Integer> free, List<Integer> summed, List<Term> claim, List<Term> sum) implements Step {
    /** Copies the lists and checks that the claim side sums over nothing. */
    public Relation {
        free = List.copyOf(free);
        summed = List.copyOf(summed);
        claim = List.copyOf(claim);
        sum = List.copyOf(sum);
        for (Term t : claim) {
            for (Factor f : t.factors()) {
                if (!onClaimSide(f)) throw new IllegalArgumentException(name + ": the claim side takes tensors at τ only, got " + f);
            }
        }
        if (sum.isEmpty()) throw new IllegalArgumentException(name + ": an empty sum");
        for (Term t : sum) if (t.factors().isEmpty()) throw new IllegalArgumentException(name + ": a constant belongs on the claim side");
    }

    /** Whether a factor may stand on the claim side: a witness or public tensor placed by free or fixed indices. */
    private static boolean onClaimSide(Factor f) {
        return f.accept(new Factor.Visitor<>() {
            @Override
            public Boolean visitOf(Factor.Of o) {
                return o.at().stream().allMatch(i -> i.summed() < 0);
            }

            @Override
            public Boolean visitKnown(Factor.Known k) {
                return k.at().stream().allMatch(i -> i.summed() < 0);
            }

            @Override
            public Boolean visitEq(Factor.Eq e) {
                return false;
            }

            @Override
            public Boolean visitWeights(Factor.Weights w) {
                return false;
            }

            @Override
            public Boolean visitWhole(Factor.Whole w) {
                return false;
            }
        });
    }

    /** Number of summed variables (0: a direct check). */
    public int summedVariables() {
        return summed.stream().mapToInt(Integer::intValue).sum();
    }

    /** The sumcheck's degree: the largest number of factors in a term. */
    public int degree() {
        int d = 1;
        for (Term t : sum) d = Math.max(d, t.factors().size());
        return d;
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) {
        return visitor.visitRelation(this);
    }
}
