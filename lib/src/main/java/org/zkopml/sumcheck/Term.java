package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * One product of a {@link Relation}: c·∏ factors (no factors: the constant c).
 *
 * @param coefficient c
 * @param factors     the multilinear factors multiplied
 */
public record Term(Fr coefficient, List<Factor> factors) {
    /** Copies the list. */
    public Term {
        factors = List.copyOf(factors);
    }

    /** c·∏ factors with an integer c. */
    public static Term of(long coefficient, Factor... factors) {
        return new Term(IntegerEmbedding.of(coefficient), List.of(factors));
    }
}
