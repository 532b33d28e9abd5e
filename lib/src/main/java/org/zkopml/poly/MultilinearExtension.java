package org.zkopml.poly;

import org.zkopml.field.Fr;

import java.util.Arrays;
import java.util.List;

/**
 * The multilinear extension f̃ of a table f: {0,1}^v → F_r, the unique polynomial of degree ≤ 1 in each
 * variable that agrees with f on the Boolean hypercube:
 * <pre>
 *   f̃(x₁, …, x_v) = Σ_{b ∈ {0,1}^v} f(b) · ∏ⱼ (bⱼ·xⱼ + (1 − bⱼ)(1 − xⱼ))
 * </pre>
 * Table order: entry b₁b₂…b_v read as a binary number with x₁ the <em>most significant</em> bit, so
 * {@link #fixFirstVariable fixing x₁ = r} combines the two halves of the table:
 * g(b₂…b_v) = (1 − r)·f(0, b₂…) + r·f(1, b₂…). That is the step of each sumcheck round. Immutable.
 */
public final class MultilinearExtension {
    private final Fr[] table;
    private final int numVariables;

    private MultilinearExtension(Fr[] table) {
        this.table = table;
        this.numVariables = Integer.numberOfTrailingZeros(table.length);
    }

    /** The extension of a table of 2^v values (v ≥ 0), in the order documented above. */
    public static MultilinearExtension of(List<Fr> evaluations) {
        int n = evaluations.size();
        if (n == 0 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("a multilinear table needs 2^v entries, got " + n);
        }
        Fr[] t = new Fr[n];
        for (int i = 0; i < n; i++) {
            t[i] = evaluations.get(i);
            if (t[i] == null) throw new IllegalArgumentException("table entry " + i + " is null");
        }
        return new MultilinearExtension(t);
    }

    /**
     * The table of eq(b, r) = ∏ⱼ (bⱼ·rⱼ + (1 − bⱼ)(1 − rⱼ)) over b ∈ {0,1}^v: the extension of the
     * indicator of the point r, so that f̃(r) = Σ_b f(b)·eq(b, r).
     */
    public static MultilinearExtension eq(List<Fr> r) {
        Fr[] t = {Fr.ONE};
        for (Fr rj : r) {
            Fr[] next = new Fr[t.length * 2];
            Fr oneMinus = Fr.ONE.sub(rj);
            // x_j is less significant than the variables already placed: entry (prefix, b_j) = 2·prefix + b_j
            for (int i = 0; i < t.length; i++) {
                next[2 * i] = t[i].mul(oneMinus);
                next[2 * i + 1] = t[i].mul(rj);
            }
            t = next;
        }
        return new MultilinearExtension(t);
    }

    /** v, the number of variables. */
    public int numVariables() {
        return numVariables;
    }

    /** The table f(b), 2^v entries. */
    public List<Fr> evaluations() {
        return List.of(table);
    }

    /** g(x₂, …, x_v) = f̃(r, x₂, …, x_v), a table half the size. */
    public MultilinearExtension fixFirstVariable(Fr r) {
        if (numVariables == 0) throw new IllegalArgumentException("no variable left to fix");
        int half = table.length / 2;
        Fr[] t = new Fr[half];
        for (int i = 0; i < half; i++) t[i] = table[i].add(r.mul(table[i + half].sub(table[i])));
        return new MultilinearExtension(t);
    }

    /** f̃(point), by fixing the variables one after another (O(2^v) multiplications). */
    public Fr evaluate(List<Fr> point) {
        if (point.size() != numVariables) {
            throw new IllegalArgumentException("need a point with " + numVariables + " coordinates, got " + point.size());
        }
        MultilinearExtension m = this;
        for (Fr r : point) m = m.fixFirstVariable(r);
        return m.table[0];
    }

    /** Σ_{b ∈ {0,1}^v} f(b), the claim a sumcheck starts from. */
    public Fr sumOverHypercube() {
        Fr s = Fr.ZERO;
        for (Fr v : table) s = s.add(v);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultilinearExtension m && Arrays.equals(m.table, table);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(table);
    }

    @Override
    public String toString() {
        return "MultilinearExtension[v=" + numVariables + "]";
    }
}
