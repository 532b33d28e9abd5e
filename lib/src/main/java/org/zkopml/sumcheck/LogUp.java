package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

/**
 * The logUp lookup argument (U. Haböck, "Multivariate lookups based on logarithmic derivatives", ePrint
 * 2022/1530) for the byte table T = {0, 1, …, 255}: every entry f_i of a committed vector F lies in T iff,
 * for a random α chosen after F and the multiplicities m_t (how often t occurs in F) are fixed,
 * <pre>
 *   Σ_i 1/(α − f_i) = Σ_{t=0}^{255} m_t/(α − t)
 * </pre>
 * (equal as rational functions only when F is a multiset of T's elements; a false F makes the two sides
 * differ except with probability ≤ (|F| + 256)/r). The prover commits to H_i = 1/(α − f_i); two sumchecks
 * then prove Σ_i H_i = the right-hand side (which the verifier computes from the public m) and
 * Σ_i eq(τ, i)·H_i·(α − f_i) = 1, i.e. H_i·(α − f_i) = 1 at every i (a "zero-check": the multilinear
 * extension of H·(α − F) − 1 vanishes at a random τ only if it is 0 everywhere, up to probability v/r).
 * {@link ModelProof} uses it to range-check the remainders of requantization and the limbs of ReLU's
 * input and output.
 *
 * <p>The same identity holds for any table T = {t_0, …, t_(k−1)} of field elements, e.g. a table of pairs
 * (δ, exp(δ)) folded into one column as t_j = δ_j + β·exp_j with a random β ({@link #tableSum(long[], Fr[], Fr)}).
 * Proving the left side without committing to H is {@link FractionSumcheck} (logUp-GKR), which
 * {@link GptProof} uses.
 */
public final class LogUp {
    /** The table size: bytes. */
    public static final int TABLE = 256;

    private LogUp() {}

    /** m_t = how many entries of F equal t; IllegalArgumentException if an entry is not a byte. */
    public static long[] multiplicities(long[] f) {
        long[] m = new long[TABLE];
        for (int i = 0; i < f.length; i++) {
            if (f[i] < 0 || f[i] >= TABLE) throw new IllegalArgumentException("entry " + i + " = " + f[i] + " is not a byte");
            m[(int) f[i]]++;
        }
        return m;
    }

    /** 1/(α − t) for t = 0..255 (one inversion each; α is random, so never a byte). */
    public static Fr[] inverses(Fr alpha) {
        Fr[] inv = new Fr[TABLE];
        for (int t = 0; t < TABLE; t++) inv[t] = alpha.sub(Fr.of(t)).inverse();
        return inv;
    }

    /** The table side Σ_t m_t/(α − t). */
    public static Fr tableSum(long[] m, Fr alpha) {
        Fr[] inv = inverses(alpha);
        Fr s = Fr.ZERO;
        for (int t = 0; t < TABLE; t++) if (m[t] != 0) s = s.add(inv[t].mul(IntegerEmbedding.of(m[t])));
        return s;
    }

    /** The table side Σ_j m_j/(α − t_j) for any table (one inversion per row with a non-zero multiplicity). */
    public static Fr tableSum(long[] m, Fr[] table, Fr alpha) {
        if (m.length != table.length) throw new IllegalArgumentException(m.length + " multiplicities for a table of " + table.length + " rows");
        Fr s = Fr.ZERO;
        for (int j = 0; j < table.length; j++) if (m[j] != 0) s = s.add(IntegerEmbedding.of(m[j]).mul(alpha.sub(table[j]).inverse()));
        return s;
    }

    /** m_j = how many entries look up row j, from each entry's row index (IllegalArgumentException: a row outside the table). */
    public static long[] multiplicities(int[] rows, int tableSize) {
        long[] m = new long[tableSize];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= tableSize) throw new IllegalArgumentException("entry " + i + " looks up row " + rows[i] + " of " + tableSize);
            m[rows[i]]++;
        }
        return m;
    }

    /** H_i = 1/(α − f_i) for a byte vector f. */
    public static Fr[] helper(long[] f, Fr alpha) {
        Fr[] inv = inverses(alpha);
        Fr[] h = new Fr[f.length];
        for (int i = 0; i < f.length; i++) h[i] = inv[(int) f[i]];
        return h;
    }
}
