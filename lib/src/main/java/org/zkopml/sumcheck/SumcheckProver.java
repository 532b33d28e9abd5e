package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.poly.MultilinearExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The honest sumcheck prover for a product of d multilinear polynomials, f = f₁·f₂·…·f_d in n variables, or more
 * generally for a sum of such products with coefficients, f = Σ_k c_k·∏_{i ∈ S_k} f_i (a "virtual polynomial" as
 * in HyperPlonk: Chen, Bünz, Boneh, Zhang, ePrint 2022/1355, §3), whose degree per variable is d = max |S_k|.
 * It keeps each multilinear factor as its table over the remaining hypercube. In round j (tables of size
 * 2^(n−j+1), first variable = top bit, as in {@link MultilinearExtension}) it sends
 * <pre>
 *   g_j(t) = Σ_{b} Σ_k c_k·∏_{i ∈ S_k} ( T_i[b] + t·(T_i[b + half] − T_i[b]) ),   t = 0, 1, …, d
 * </pre>
 * and, on the challenge r_j, halves every table: T_i[b] ← T_i[b] + r_j·(T_i[b + half] − T_i[b]).
 * Each round costs O(d·(m + Σ_k |S_k|)·2^(n−j)) field operations for m tables, so all n rounds together cost
 * O(2^n) for a fixed polynomial: linear in the table size (not O(2^n·n)). g_j(1) is never summed: it is the running
 * claim minus g_j(0).
 *
 * <p>A zero-check f = eq(r, x)·F(x) ({@link #withEq}) is proven faster by not treating eq as a table (A. Gruen,
 * "Some improvements for the PIOP for ZeroCheck", ePrint 2024/108, §3): in round j, eq(r, x) = eq(r_<j, ρ_<j)·
 * eq(r_j, t)·eq(r_>j, b), so g_j(t) = P·eq(r_j, t)·h_j(t) with h_j(t) = Σ_b eq(r_>j, b)·F(…, t, b), whose degree is
 * one less; the prover sums h_j at d − 1 points, gets h_j(1) from the running claim and h_j(d) by interpolation.
 * The messages are the same g_j(0..d) as without the shortcut.
 *
 * <p>The prover is the one mutable object of the protocol (its tables shrink round by round). Use it as
 * {@code message()}, {@code receive(r)}, repeated {@link #roundsLeft()} times.
 */
public final class SumcheckProver {
    /** Tables this long or longer are split between the cores. */
    private static final int PARALLEL = 1 << 12;

    private final Fr[][] tables;
    private final int[][] terms;
    private final Fr[] coefficients;
    private final int degree;
    private final int variables;
    private final List<Fr> eqPoint;
    private final Fr[][] eqSuffix;
    private Fr eqPrefix = Fr.ONE;
    private int size;
    private final Fr sum;
    private Fr current;
    private final List<Fr> challenges = new ArrayList<>();
    private RoundMessage pending;

    private SumcheckProver(Fr[][] tables, int[][] terms, Fr[] coefficients, List<Fr> eqPoint, Fr claim) {
        if (tables.length == 0) throw new IllegalArgumentException("a product needs at least one factor");
        int n = tables[0].length;
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("each factor needs a table of 2^n entries with n ≥ 1, got " + n);
        }
        for (int k = 0; k < tables.length; k++) {
            if (tables[k].length != n) {
                throw new IllegalArgumentException("factor " + k + " has " + tables[k].length + " entries, factor 0 has " + n);
            }
        }
        if (terms.length == 0 || terms.length != coefficients.length) throw new IllegalArgumentException("need one coefficient per term, and a term");
        int d = 0;
        for (int[] term : terms) {
            if (term.length == 0) throw new IllegalArgumentException("a term needs at least one factor");
            for (int i : term) if (i < 0 || i >= tables.length) throw new IllegalArgumentException("a term names factor " + i + " of " + tables.length);
            d = Math.max(d, term.length);
        }
        this.tables = tables;
        this.terms = terms;
        this.coefficients = coefficients;
        this.size = n;
        this.variables = Integer.numberOfTrailingZeros(n);
        this.eqPoint = eqPoint == null ? null : List.copyOf(eqPoint);
        if (eqPoint != null) {
            if (eqPoint.size() != variables) throw new IllegalArgumentException("eq's point has " + eqPoint.size() + " coordinates, the tables " + variables + " variables");
            eqSuffix = new Fr[variables][];
            for (int j = 0; j < variables; j++) eqSuffix[j] = Hyrax.eqTable(eqPoint.subList(j + 1, variables));
            d++;
        } else {
            eqSuffix = null;
        }
        this.degree = d;
        if (claim == null) {
            Fr[] e = eqPoint == null ? null : Hyrax.eqTable(eqPoint);
            Fr s = Fr.ZERO;
            for (int b = 0; b < n; b++) s = s.add(e == null ? evaluateTerms(b, null) : e[b].mul(evaluateTerms(b, null)));
            claim = s;
        }
        this.sum = claim;
        this.current = claim;
    }

    /** Σ_k c_k·∏_{i ∈ S_k} v_i with v_i = T_i[b] (values == null) or values[i]. */
    private Fr evaluateTerms(int b, Fr[] values) {
        Fr s = Fr.ZERO;
        for (int k = 0; k < terms.length; k++) {
            int[] term = terms[k];
            Fr p = values == null ? tables[term[0]][b] : values[term[0]];
            for (int i = 1; i < term.length; i++) p = p.mul(values == null ? tables[term[i]][b] : values[term[i]]);
            s = s.add(coefficients[k].isOne() ? p : coefficients[k].mul(p));
        }
        return s;
    }

    /** A prover for Σ_b ∏_k f_k(b), the factors given as multilinear extensions with equal numbers of variables. */
    public static SumcheckProver of(List<MultilinearExtension> factors) {
        Fr[][] t = new Fr[factors.size()][];
        for (int k = 0; k < t.length; k++) t[k] = factors.get(k).evaluations().toArray(new Fr[0]);
        return new SumcheckProver(t, new int[][] {allOf(t.length)}, new Fr[] {Fr.ONE}, null, null);
    }

    /** As {@link #of(List)}, from raw tables (copied). */
    public static SumcheckProver ofTables(Fr[]... tables) {
        return new SumcheckProver(copy(tables), new int[][] {allOf(tables.length)}, new Fr[] {Fr.ONE}, null, null);
    }

    /**
     * A prover for a sum of products Σ_k c_k·∏_{i ∈ terms[k]} T_i(b): {@code terms[k]} lists the indices of the
     * tables multiplied in term k (a table may appear in several terms, or twice in one). Tables are copied.
     */
    public static SumcheckProver ofTerms(Fr[][] tables, int[][] terms, Fr[] coefficients) {
        return new SumcheckProver(copy(tables), copy(terms), coefficients.clone(), null, null);
    }

    /**
     * As {@link #ofTerms(Fr[][], int[][], Fr[])} with the sum already known to the caller ({@code claim}), which spares
     * the pass over the tables that computes it. A wrong claim makes the messages inconsistent, not the prover fail.
     */
    public static SumcheckProver ofTerms(Fr[][] tables, int[][] terms, Fr[] coefficients, Fr claim) {
        return new SumcheckProver(copy(tables), copy(terms), coefficients.clone(), null, claim);
    }

    /**
     * A prover for Σ_b eq(r, b)·Σ_k c_k·∏_{i ∈ terms[k]} T_i(b) — a zero-check or a GKR layer — with the claimed sum
     * given, using the eq shortcut of the class comment. Its degree is one more than the largest term's;
     * {@link #finalEvaluations()} gives the tables' values only (eq(r, ρ) is the caller's to compute).
     */
    public static SumcheckProver withEq(List<Fr> r, Fr[][] tables, int[][] terms, Fr[] coefficients, Fr claim) {
        return new SumcheckProver(copy(tables), copy(terms), coefficients.clone(), r, claim);
    }

    private static Fr[][] copy(Fr[][] tables) {
        Fr[][] t = new Fr[tables.length][];
        for (int k = 0; k < t.length; k++) t[k] = tables[k].clone();
        return t;
    }

    private static int[][] copy(int[][] terms) {
        int[][] s = new int[terms.length][];
        for (int k = 0; k < s.length; k++) s[k] = terms[k].clone();
        return s;
    }

    private static int[] allOf(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        return all;
    }

    /** The statement: the sum over the hypercube, n and the degree d (the largest number of factors in a term, eq included). */
    public SumcheckClaim claim() {
        return new SumcheckClaim(variables, degree, sum);
    }

    /** Rounds still to play. */
    public int roundsLeft() {
        return variables - challenges.size();
    }

    /**
     * This round's message g_j(0..d) (computed once per round). g_j(1) is not summed but taken as c − g_j(0) from
     * the running claim c (the prover's own sum, then g_(j−1)(r_(j−1))), which saves one point in d + 1; long
     * tables are split between the cores.
     */
    public RoundMessage message() {
        if (roundsLeft() == 0) throw new IllegalStateException("all " + variables + " rounds are done");
        if (pending != null) return pending;
        int d = degree;
        int half = size / 2;
        // without eq: g at t = 0, 2, …, d; with eq: h at t = 0, 2, …, d − 1
        int points = eqPoint == null ? d : d - 1;
        Fr[] weights = eqPoint == null ? null : eqSuffix[challenges.size()];
        int chunks = half >= PARALLEL ? Math.min(half / (PARALLEL / 2), Runtime.getRuntime().availableProcessors()) : 1;
        Fr[][] partial = new Fr[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> partial[c] = roundSums(points, half, weights,
                (int) ((long) half * c / chunks), (int) ((long) half * (c + 1) / chunks)));
        Fr[] g = partial[0];
        for (int c = 1; c < chunks; c++) for (int t = 0; t <= points; t++) g[t] = g[t].add(partial[c][t]);
        if (eqPoint == null) {
            g[1] = current.sub(g[0]);
        } else {
            g = fromH(g, d);
        }
        pending = new RoundMessage(List.of(g));
        return pending;
    }

    /** g_j(0..d) = P·eq(r_j, t)·h(t) from h at 0, 2, …, d − 1, with h(1) from the running claim and h(d) interpolated. */
    private Fr[] fromH(Fr[] h, int d) {
        Fr rj = eqPoint.get(challenges.size());
        Fr e0 = eqPrefix.mul(Fr.ONE.sub(rj)), e1 = eqPrefix.mul(rj);
        // current = e0·h(0) + e1·h(1)
        if (e1.isZero()) throw new IllegalStateException("eq's point has a zero coordinate: the shortcut cannot recover h(1)");
        h[1] = current.sub(e0.mul(h[0])).mul(e1.inverse());
        List<Fr> known = new ArrayList<>(d);
        for (int t = 0; t < d; t++) known.add(h[t]);
        Fr[] g = new Fr[d + 1];
        for (int t = 0; t <= d; t++) {
            Fr ht = t < d ? h[t] : RoundMessage.interpolate(known, Fr.of(d));
            Fr et = eqPrefix.mul(Fr.ONE.sub(rj).sub(Fr.of(t)).add(rj.mul(Fr.of(2L * t))));
            g[t] = et.mul(ht);
        }
        return g;
    }

    /**
     * Σ_{b ∈ [from, to)} of the summand at t = 0, 2, …, points (t = 1 left at 0), each weighted by weights[b] when
     * given (the eq shortcut's h).
     */
    private Fr[] roundSums(int points, int half, Fr[] weights, int from, int to) {
        int m = tables.length;
        Fr[] g = new Fr[points + 1];
        for (int t = 0; t <= points; t++) g[t] = Fr.ZERO;
        Fr[] at = new Fr[m];
        Fr[] step = new Fr[m];
        boolean single = terms.length == 1 && coefficients[0].isOne() && terms[0].length == m;
        for (int b = from; b < to; b++) {
            for (int k = 0; k < m; k++) {
                at[k] = tables[k][b];
                step[k] = tables[k][b + half].sub(at[k]);
            }
            Fr w = weights == null ? null : weights[b];
            for (int t = 0; ; t++) {
                if (t != 1) {
                    Fr p;
                    if (single) {
                        p = at[0];
                        for (int k = 1; k < m; k++) p = p.mul(at[k]);
                    } else {
                        p = evaluateTerms(0, at);
                    }
                    g[t] = g[t].add(w == null ? p : w.mul(p));
                }
                if (t == points) break;
                for (int k = 0; k < m; k++) at[k] = at[k].add(step[k]);
            }
        }
        return g;
    }

    /** Receives the verifier's challenge r_j for this round and fixes the round's variable to it. */
    public void receive(Fr r) {
        RoundMessage m = message();
        int half = size / 2;
        for (Fr[] table : tables) {
            if (half >= PARALLEL) {
                IntStream.range(0, half).parallel().forEach(b -> table[b] = table[b].add(r.mul(table[b + half].sub(table[b]))));
            } else {
                for (int b = 0; b < half; b++) table[b] = table[b].add(r.mul(table[b + half].sub(table[b])));
            }
        }
        if (eqPoint != null) {
            Fr rj = eqPoint.get(challenges.size());
            eqPrefix = eqPrefix.mul(rj.mul(r).add(rj.mul(r)).sub(rj).sub(r).add(Fr.ONE));
        }
        size = half;
        current = m.at(r);
        challenges.add(r);
        pending = null;
    }

    /** The challenges received so far. */
    public List<Fr> challenges() {
        return List.copyOf(challenges);
    }

    /** After the last round: each table's value f_k(r₁, …, r_n). */
    public List<Fr> finalEvaluations() {
        if (roundsLeft() != 0) throw new IllegalStateException(roundsLeft() + " round(s) still to play");
        List<Fr> out = new ArrayList<>(tables.length);
        for (Fr[] t : tables) out.add(t[0]);
        return out;
    }
}
