package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * The prover's messages for one {@link Lookup}: the public multiplicities, the {@link FractionSumcheck} proof of
 * Σ_x 1/(α − f(x)), and the values of the witness columns at the leaves' final point.
 *
 * @param multiplicities m_j for each table row
 * @param fractions      the layers of the sum of fractions
 * @param values         the witness columns (tensors or whole vectors) at the final point, in column order
 */
public record LookupProof(long[] multiplicities, FractionProof fractions, List<Fr> values) {
    /** Copies. */
    public LookupProof {
        multiplicities = multiplicities.clone();
        values = List.copyOf(values);
    }

    @Override
    public long[] multiplicities() {
        return multiplicities.clone();
    }

    /** Size in bytes: 8 per multiplicity, 32 per field element. */
    public long bytes() {
        return 8L * multiplicities.length + fractions.bytes() + 32L * values.size();
    }
}
