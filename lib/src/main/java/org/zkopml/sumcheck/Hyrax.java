package org.zkopml.sumcheck;

import org.zkopml.commit.Pedersen;
import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.poly.MultilinearExtension;
import org.zkopml.values.Verdict;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Hyrax's multilinear polynomial commitment on Pedersen vector commitments in BN254's G1 (Wahby, Tzialla,
 * shelat, Thaler, Walfish, "Doubly-efficient zkSNARKs without trusted setup", IEEE S&amp;P 2018, §6; without
 * the blinding and the inner-product step, i.e. binding but not hiding, with √-size openings).
 *
 * <p>Write f's table as a matrix M with 2^rowVars rows. Then
 * <pre>
 *   f(a, b) = Σ_i Σ_j eq(a, i)·eq(b, j)·M[i][j] = Σ_j eq(b, j)·u_j,   u = Σ_i eq(a, i)·M[i]
 * </pre>
 * Commit: C_i = Σ_j M[i][j]·G_j (one MSM per row). Open at (a, b): send u. Verify: check
 * Σ_i eq(a, i)·C_i = Σ_j u_j·G_j (two MSMs, of 2^rowVars and 2^colVars points) and return Σ_j eq(b, j)·u_j.
 * Binding rests on discrete logarithms among the generators being unknown: G_j is hashed to the curve
 * from a public label ({@link Pedersen#hashToG1}), so nobody knows one in terms of another, and there is
 * no trusted setup (unlike KZG/PST, which would give O(v)-size openings after a ceremony, at the price
 * of an MSM of 2^v points per opening for the prover).
 */
public final class Hyrax {
    /** The label the generators are hashed from: G_j = hashToG1(LABEL + j). */
    public static final String LABEL = "zkopml/hyrax/G/";
    private static final ConcurrentHashMap<Integer, G1> GENERATORS = new ConcurrentHashMap<>();

    private Hyrax() {}

    /** G_0, …, G_(n−1) (derived once per JVM). */
    public static List<G1> generators(int n) {
        G1[] g = new G1[n];
        IntStream.range(0, n).parallel().forEach(j -> g[j] = GENERATORS.computeIfAbsent(j, k -> Pedersen.hashToG1(LABEL + k)));
        return List.of(g);
    }

    /** The split used by default: columns get ⌊v/2⌋ variables, rows the rest (√-size commitment and opening). */
    public static int defaultColumnVariables(int variables) {
        return variables / 2;
    }

    /** Commits to a table of 2^v field elements with the given number of column variables. */
    public static HyraxCommitment commit(Fr[] table, int colVars) {
        int v = variablesOf(table.length);
        checkSplit(v, colVars);
        int cols = 1 << colVars;
        int rows = table.length >> colVars;
        List<G1> g = generators(cols);
        G1[] c = new G1[rows];
        IntStream.range(0, rows).parallel().forEach(i -> c[i] = msm(g, Arrays.asList(table).subList(i * cols, (i + 1) * cols)));
        return new HyraxCommitment(List.of(c), v - colVars, colVars);
    }

    /**
     * Commits to a table of 2^v integers (embedded in F_r). Equal to {@link #commit(Fr[], int)} on the
     * embedded table, but faster for small integers: each row's Σ_j M[i][j]·G_j is a bucket sum over the
     * 8-bit digits of |M[i][j]| (with −G_j for negative entries), so a weight of 8 bits costs one point
     * addition instead of a 254-bit scalar's worth (a negative integer embeds as r − |x|, a full-size scalar).
     */
    public static HyraxCommitment commit(long[] table, int colVars) {
        int v = variablesOf(table.length);
        checkSplit(v, colVars);
        int cols = 1 << colVars;
        int rows = table.length >> colVars;
        G1[] g = G1.batchToAffine(generators(cols));
        G1[] c = new G1[rows];
        IntStream.range(0, rows).parallel().forEach(i -> c[i] = smallMsm(g, table, i * cols, cols));
        return new HyraxCommitment(List.of(c), v - colVars, colVars);
    }

    /** Σ_j x[off + j]·g[j] for affine g and 64-bit integers x, by 8-bit windows of |x| with signed points. */
    static G1 smallMsm(G1[] g, long[] x, int off, int n) {
        long max = 0;
        for (int j = 0; j < n; j++) max |= x[off + j] == Long.MIN_VALUE ? -1L >>> 1 : Math.abs(x[off + j]);
        int windows = (64 - Long.numberOfLeadingZeros(max) + 7) / 8;
        G1 total = G1.INFINITY;
        G1[] buckets = new G1[256];
        for (int w = windows - 1; w >= 0; w--) {
            for (int d = 0; d < 8; d++) total = total.dbl();
            Arrays.fill(buckets, null);
            for (int j = 0; j < n; j++) {
                long xj = x[off + j];
                int digit = (int) ((Math.abs(xj) >>> (8 * w)) & 0xFF);
                if (digit == 0) continue;
                G1 p = g[j];
                if (p.isInfinity()) continue;
                G1 signed = xj < 0 ? p.neg() : p;
                buckets[digit] = buckets[digit] == null ? signed : buckets[digit].add(signed);
            }
            G1 running = G1.INFINITY, sum = G1.INFINITY;
            for (int d = 255; d >= 1; d--) {
                if (buckets[d] != null) running = running.add(buckets[d]);
                sum = sum.add(running);
            }
            total = total.add(sum);
        }
        return total;
    }

    /** The opening at {@code point} = (row coordinates a, column coordinates b): u = Σ_i eq(a, i)·M[i]. */
    public static HyraxOpening open(Fr[] table, int colVars, List<Fr> point) {
        int v = variablesOf(table.length);
        checkSplit(v, colVars);
        if (point.size() != v) throw new IllegalArgumentException("need a point with " + v + " coordinates, got " + point.size());
        int cols = 1 << colVars;
        Fr[] eqRows = eqTable(point.subList(0, v - colVars));
        Fr[] u = new Fr[cols];
        Arrays.fill(u, Fr.ZERO);
        for (int i = 0; i < eqRows.length; i++) {
            Fr e = eqRows[i];
            int base = i * cols;
            for (int j = 0; j < cols; j++) u[j] = u[j].add(e.mul(table[base + j]));
        }
        return new HyraxOpening(List.of(u));
    }

    /**
     * Checks an opening at {@code point}; accepted with f(point). A rejection says which check failed:
     * the length of u, or the homomorphic row check.
     */
    public static Verdict<Fr> verify(HyraxCommitment commitment, List<Fr> point, HyraxOpening opening) {
        int v = commitment.variables();
        if (point.size() != v) return Verdict.reject("opening point has " + point.size() + " coordinates, the commitment " + v);
        List<Fr> u = opening.combinedRow();
        if (u.size() != 1 << commitment.colVars()) {
            return Verdict.reject("opening row has " + u.size() + " entries, expected 2^" + commitment.colVars());
        }
        Fr[] eqRows = eqTable(point.subList(0, commitment.rowVars()));
        G1 left = msm(commitment.rows(), List.of(eqRows));
        G1 right = msm(generators(u.size()), u);
        if (!left.equals(right)) return Verdict.reject("Hyrax opening: Σ eq(a,i)·C_i ≠ Σ u_j·G_j (the row does not match the commitment)");
        return Verdict.accept(evaluate(opening, point.subList(commitment.rowVars(), v)), "Hyrax opening matches the commitment");
    }

    /**
     * Checks many openings of one commitment at once: for weights γ_t drawn after the openings are fixed,
     * <pre>
     *   Σ_i (Σ_t γ_t·eq(a_t, i))·C_i = Σ_j (Σ_t γ_t·u_(t,j))·G_j
     * </pre>
     * holds for random γ only if every opening's row check holds (a false one survives with probability
     * 1/r): one pair of MSMs instead of one per opening. The values f(a_t, b_t) are {@link #evaluate}'s.
     */
    public static Verdict<Void> verifyBatch(HyraxCommitment commitment, List<List<Fr>> points, List<HyraxOpening> openings,
                                            List<Fr> gammas) {
        int cols = 1 << commitment.colVars();
        Fr[] rowWeights = new Fr[commitment.rows().size()];
        Fr[] colWeights = new Fr[cols];
        Arrays.fill(rowWeights, Fr.ZERO);
        Arrays.fill(colWeights, Fr.ZERO);
        for (int t = 0; t < openings.size(); t++) {
            List<Fr> point = points.get(t);
            List<Fr> u = openings.get(t).combinedRow();
            if (point.size() != commitment.variables()) return Verdict.reject("opening " + t + ": point has " + point.size() + " coordinates");
            if (u.size() != cols) return Verdict.reject("opening " + t + ": row has " + u.size() + " entries, expected " + cols);
            Fr g = gammas.get(t);
            Fr[] e = eqTable(point.subList(0, commitment.rowVars()));
            for (int i = 0; i < e.length; i++) rowWeights[i] = rowWeights[i].add(g.mul(e[i]));
            for (int j = 0; j < cols; j++) colWeights[j] = colWeights[j].add(g.mul(u.get(j)));
        }
        G1 left = msm(commitment.rows(), List.of(rowWeights));
        G1 right = msm(generators(cols), List.of(colWeights));
        if (!left.equals(right)) return Verdict.reject("Hyrax openings (batched): Σ_t γ_t·Σ eq(a_t,i)·C_i ≠ Σ_t γ_t·Σ u_t,j·G_j (some row does not match the commitment)");
        return Verdict.accept(openings.size() + " Hyrax openings match the commitment (batched)");
    }

    /**
     * An opening whose row check Σ_i eq(a, i)·C_i = Σ_j u_j·G_j is left for {@link #verifyAll}: its value
     * f(point) = Σ_j eq(b, j)·u_j has already been read with {@link #evaluate}.
     *
     * @param commitment the commitment opened
     * @param point      the point (a, b)
     * @param opening    the row u
     */
    public record RowCheck(HyraxCommitment commitment, List<Fr> point, HyraxOpening opening) {}

    /**
     * Checks many openings of many commitments at once — every commitment uses the same generators G_j — for weights
     * γ_t drawn after the openings are fixed:
     * <pre>
     *   Σ_t γ_t·Σ_i eq(a_t, i)·C_(t,i) = Σ_j (Σ_t γ_t·u_(t,j))·G_j
     * </pre>
     * one MSM over the rows of all the commitments and one over the longest row's generators, instead of two per
     * opening. A false opening survives with probability 1/r.
     */
    public static Verdict<Void> verifyAll(List<RowCheck> checks, List<Fr> gammas) {
        if (gammas.size() != checks.size()) throw new IllegalArgumentException(checks.size() + " openings, " + gammas.size() + " weights");
        int cols = 0;
        for (RowCheck c : checks) cols = Math.max(cols, 1 << c.commitment().colVars());
        List<G1> rows = new java.util.ArrayList<>();
        List<Fr> rowWeights = new java.util.ArrayList<>();
        Fr[] colWeights = new Fr[cols];
        Arrays.fill(colWeights, Fr.ZERO);
        for (int t = 0; t < checks.size(); t++) {
            RowCheck c = checks.get(t);
            HyraxCommitment com = c.commitment();
            List<Fr> u = c.opening().combinedRow();
            if (c.point().size() != com.variables()) return Verdict.reject("opening " + t + ": point has " + c.point().size() + " coordinates, the commitment " + com.variables());
            if (u.size() != 1 << com.colVars()) return Verdict.reject("opening " + t + ": row has " + u.size() + " entries, expected 2^" + com.colVars());
            Fr g = gammas.get(t);
            Fr[] e = eqTable(c.point().subList(0, com.rowVars()));
            for (int i = 0; i < e.length; i++) {
                rows.add(com.rows().get(i));
                rowWeights.add(g.mul(e[i]));
            }
            for (int j = 0; j < u.size(); j++) colWeights[j] = colWeights[j].add(g.mul(u.get(j)));
        }
        G1 left = msm(rows, rowWeights);
        G1 right = msm(generators(cols), List.of(colWeights));
        if (!left.equals(right)) return Verdict.reject("Hyrax openings (batched): some row does not match its commitment");
        return Verdict.accept(checks.size() + " Hyrax openings match their commitments (batched)");
    }

    /** f(a, b) = Σ_j eq(b, j)·u_j from an opening u at row point a and the column point b. */
    public static Fr evaluate(HyraxOpening opening, List<Fr> columnPoint) {
        Fr[] eqCols = eqTable(columnPoint);
        List<Fr> u = opening.combinedRow();
        Fr value = Fr.ZERO;
        for (int j = 0; j < eqCols.length; j++) value = value.add(eqCols[j].mul(u.get(j)));
        return value;
    }

    /** The table of eq(b, r) over b ∈ {0,1}^|r| (first coordinate = top bit), as in {@link MultilinearExtension#eq}. */
    public static Fr[] eqTable(List<Fr> r) {
        Fr[] t = {Fr.ONE};
        for (Fr rj : r) {
            Fr[] next = new Fr[t.length * 2];
            for (int i = 0; i < t.length; i++) {
                Fr hi = t[i].mul(rj);
                next[2 * i] = t[i].sub(hi);
                next[2 * i + 1] = hi;
            }
            t = next;
        }
        return t;
    }

    private static G1 msm(List<G1> points, List<Fr> scalars) {
        return G1.msm(points, scalars);
    }

    static int variablesOf(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("a multilinear table needs 2^v entries, got " + n);
        return Integer.numberOfTrailingZeros(n);
    }

    private static void checkSplit(int v, int colVars) {
        if (colVars < 0 || colVars > v) throw new IllegalArgumentException("column variables must be in 0.." + v + ", got " + colVars);
    }

}
