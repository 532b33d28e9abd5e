package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.poly.MultilinearExtension;

import java.util.ArrayList;
import java.util.List;

/**
 * The honest sumcheck prover for a product of d multilinear polynomials, f = f₁·f₂·…·f_d in n variables.
 * It keeps each factor as its table over the remaining hypercube. In round j (tables of size 2^(n−j+1),
 * first variable = top bit, as in {@link MultilinearExtension}) it sends
 * <pre>
 *   g_j(t) = Σ_{b} ∏_k ( T_k[b] + t·(T_k[b + half] − T_k[b]) ),   t = 0, 1, …, d
 * </pre>
 * and, on the challenge r_j, halves every table: T_k[b] ← T_k[b] + r_j·(T_k[b + half] − T_k[b]).
 * Each round costs O(d²·2^(n−j)) field operations, so all n rounds together cost O(d²·2^n): linear in the
 * table size (not O(2^n·n)).
 *
 * <p>The prover is the one mutable object of the protocol (its tables shrink round by round). Use it as
 * {@code message()}, {@code receive(r)}, repeated {@link #roundsLeft()} times.
 */
public final class SumcheckProver {
    private final Fr[][] tables;
    private final int variables;
    private int size;
    private final Fr sum;
    private final List<Fr> challenges = new ArrayList<>();
    private RoundMessage pending;

    private SumcheckProver(Fr[][] tables) {
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
        this.tables = tables;
        this.size = n;
        this.variables = Integer.numberOfTrailingZeros(n);
        Fr s = Fr.ZERO;
        for (int b = 0; b < n; b++) {
            Fr p = tables[0][b];
            for (int k = 1; k < tables.length; k++) p = p.mul(tables[k][b]);
            s = s.add(p);
        }
        this.sum = s;
    }

    /** A prover for Σ_b ∏_k f_k(b), the factors given as multilinear extensions with equal numbers of variables. */
    public static SumcheckProver of(List<MultilinearExtension> factors) {
        Fr[][] t = new Fr[factors.size()][];
        for (int k = 0; k < t.length; k++) t[k] = factors.get(k).evaluations().toArray(new Fr[0]);
        return new SumcheckProver(t);
    }

    /** As {@link #of(List)}, from raw tables (copied). */
    public static SumcheckProver ofTables(Fr[]... tables) {
        Fr[][] t = new Fr[tables.length][];
        for (int k = 0; k < t.length; k++) t[k] = tables[k].clone();
        return new SumcheckProver(t);
    }

    /** The statement: the true sum over the hypercube, n and the degree d (the number of factors). */
    public SumcheckClaim claim() {
        return new SumcheckClaim(variables, tables.length, sum);
    }

    /** Rounds still to play. */
    public int roundsLeft() {
        return variables - challenges.size();
    }

    /** This round's message g_j(0..d) (computed once per round). */
    public RoundMessage message() {
        if (roundsLeft() == 0) throw new IllegalStateException("all " + variables + " rounds are done");
        if (pending != null) return pending;
        int d = tables.length;
        int half = size / 2;
        Fr[] g = new Fr[d + 1];
        for (int t = 0; t <= d; t++) g[t] = Fr.ZERO;
        Fr[] at = new Fr[d];
        Fr[] step = new Fr[d];
        for (int b = 0; b < half; b++) {
            for (int k = 0; k < d; k++) {
                at[k] = tables[k][b];
                step[k] = tables[k][b + half].sub(at[k]);
            }
            for (int t = 0; ; t++) {
                Fr p = at[0];
                for (int k = 1; k < d; k++) p = p.mul(at[k]);
                g[t] = g[t].add(p);
                if (t == d) break;
                for (int k = 0; k < d; k++) at[k] = at[k].add(step[k]);
            }
        }
        pending = new RoundMessage(List.of(g));
        return pending;
    }

    /** Receives the verifier's challenge r_j for this round and fixes the round's variable to it. */
    public void receive(Fr r) {
        message();
        int half = size / 2;
        for (Fr[] table : tables) {
            for (int b = 0; b < half; b++) table[b] = table[b].add(r.mul(table[b + half].sub(table[b])));
        }
        size = half;
        challenges.add(r);
        pending = null;
    }

    /** The challenges received so far. */
    public List<Fr> challenges() {
        return List.copyOf(challenges);
    }

    /** After the last round: each factor's value f_k(r₁, …, r_n). */
    public List<Fr> finalEvaluations() {
        if (roundsLeft() != 0) throw new IllegalStateException(roundsLeft() + " round(s) still to play");
        List<Fr> out = new ArrayList<>(tables.length);
        for (Fr[] t : tables) out.add(t[0]);
        return out;
    }
}
