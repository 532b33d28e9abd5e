package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * The opening of a {@link HyraxCommitment} at a point (a, b), a = the row coordinates, b = the column
 * coordinates: the row combination {@code u = Σ_i eq(a, i)·M[i]}, a vector of 2^colVars field elements.
 * It proves f(a, b) = Σ_j eq(b, j)·u_j, because the verifier can check u against the commitment
 * homomorphically: {@code Σ_i eq(a, i)·C_i = Σ_j u_j·G_j}.
 *
 * @param combinedRow u
 */
public record HyraxOpening(List<Fr> combinedRow) {
    /** Copies the vector. */
    public HyraxOpening {
        combinedRow = List.copyOf(combinedRow);
    }

    /** Size in bytes (32 per field element). */
    public long bytes() {
        return 32L * combinedRow.size();
    }
}
