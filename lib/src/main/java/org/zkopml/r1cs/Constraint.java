package org.zkopml.r1cs;

import java.util.Objects;
import org.zkopml.field.Fr;

/**
 * One rank-1 constraint ⟨A, w⟩ · ⟨B, w⟩ = ⟨C, w⟩, with its origin: which gadget, layer and neuron wrote
 * it (for example {@code "dense[0] neuron 3: product"}), so that a checker can name what failed.
 *
 * @param a      the left factor A
 * @param b      the right factor B
 * @param c      the product side C
 * @param origin who wrote the constraint ("" for an imported circuit with no labels)
 */
public record Constraint(LinearCombination a, LinearCombination b, LinearCombination c, String origin) {
    public Constraint {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether ⟨A, w⟩ · ⟨B, w⟩ = ⟨C, w⟩ holds for the wire values w. */
    public boolean isSatisfied(Fr[] w) {
        return a.evaluate(w).mul(b.evaluate(w)).equals(c.evaluate(w));
    }
}
