package org.zkopml.sumcheck;

import org.zkopml.curve.G1;
import org.zkopml.transcript.Transcript;

import java.util.List;

/**
 * A Hyrax commitment to a multilinear polynomial f in v = rowVars + colVars variables: its table, read as a
 * 2^rowVars × 2^colVars matrix M (row = the first rowVars variables), committed row by row with Pedersen
 * vector commitments {@code C_i = Σ_j M[i][j]·G_j}. 2^rowVars points in G1, 64 bytes each (EIP-196).
 *
 * @param rows    C_0, …, C_(2^rowVars − 1)
 * @param rowVars the variables indexing rows (the first ones of f)
 * @param colVars the variables indexing columns (the last ones of f)
 */
public record HyraxCommitment(List<G1> rows, int rowVars, int colVars) {
    /** Copies the rows and checks their number. */
    public HyraxCommitment {
        rows = List.copyOf(rows);
        if (rows.size() != 1 << rowVars) {
            throw new IllegalArgumentException("a Hyrax commitment with " + rowVars + " row variables has 2^" + rowVars
                    + " rows, got " + rows.size());
        }
    }

    /** v, the number of variables of the committed polynomial. */
    public int variables() {
        return rowVars + colVars;
    }

    /** Size in bytes (64 per G1 point). */
    public long bytes() {
        return 64L * rows.size();
    }

    /** The size of several commitments together, in bytes. */
    public static long bytes(List<HyraxCommitment> commitments) {
        return commitments.stream().mapToLong(HyraxCommitment::bytes).sum();
    }

    /** Absorbs every row commitment into a Fiat–Shamir transcript. */
    public void absorbInto(Transcript t, String label) {
        for (G1 c : rows) t.absorb(label, c);
    }
}
