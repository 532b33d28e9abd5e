package org.zkopml.r1cs;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.zkopml.field.Fr;

/**
 * A linear combination Σ c_j · w_j of wires with coefficients in F_r: one of the three sides A, B, C of a
 * rank-1 constraint. Sparse (only non-zero terms are stored), sorted by wire, immutable. Wire 0 is the
 * constant 1, so {@code constant(c)} is the term c · w_0.
 */
public final class LinearCombination {
    /** The empty combination, 0. */
    public static final LinearCombination ZERO = new LinearCombination(new int[0], new Fr[0]);

    private final int[] wires;
    private final Fr[] coefficients;

    private LinearCombination(int[] wires, Fr[] coefficients) {
        this.wires = wires;
        this.coefficients = coefficients;
    }

    /** The single term 1 · w_wire. */
    public static LinearCombination wire(int wire) {
        return term(wire, Fr.ONE);
    }

    /** The single term c · w_wire (ZERO when c = 0). */
    public static LinearCombination term(int wire, Fr c) {
        if (wire < 0) throw new IllegalArgumentException("a wire index is >= 0, got " + wire);
        return c.isZero() ? ZERO : new LinearCombination(new int[] {wire}, new Fr[] {c});
    }

    /** The constant c, i.e. c · w_0. */
    public static LinearCombination constant(Fr c) {
        return term(0, c);
    }

    /** The combination with these terms (wire → coefficient); zero coefficients are dropped. */
    public static LinearCombination of(Map<Integer, Fr> terms) {
        TreeMap<Integer, Fr> sorted = new TreeMap<>();
        terms.forEach((w, c) -> {
            if (w < 0) throw new IllegalArgumentException("a wire index is >= 0, got " + w);
            if (!c.isZero()) sorted.put(w, c);
        });
        int[] ws = new int[sorted.size()];
        Fr[] cs = new Fr[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Fr> e : sorted.entrySet()) {
            ws[i] = e.getKey();
            cs[i++] = e.getValue();
        }
        return new LinearCombination(ws, cs);
    }

    /**
     * The combination Σ coefficients[t]·w_{wires[t]} as a file lists it: when the wires are strictly increasing and no
     * coefficient is zero (what circom writes) the arrays are taken as they are, otherwise repeated wires are summed
     * and zero terms dropped as {@link #of} does. The arrays must not be used afterwards.
     */
    static LinearCombination ofTerms(int[] wires, Fr[] coefficients) {
        boolean canonical = true;
        for (int t = 0; t < wires.length && canonical; t++) {
            canonical = wires[t] >= 0 && (t == 0 || wires[t] > wires[t - 1]) && !coefficients[t].isZero();
        }
        if (canonical) return wires.length == 0 ? ZERO : new LinearCombination(wires, coefficients);
        TreeMap<Integer, Fr> map = new TreeMap<>();
        for (int t = 0; t < wires.length; t++) map.merge(wires[t], coefficients[t], Fr::add);
        return of(map);
    }

    /** this + other. */
    public LinearCombination plus(LinearCombination other) {
        int[] ws = new int[wires.length + other.wires.length];
        Fr[] cs = new Fr[ws.length];
        int i = 0, j = 0, n = 0;
        while (i < wires.length || j < other.wires.length) {
            if (j == other.wires.length || (i < wires.length && wires[i] < other.wires[j])) {
                ws[n] = wires[i];
                cs[n++] = coefficients[i++];
            } else if (i == wires.length || other.wires[j] < wires[i]) {
                ws[n] = other.wires[j];
                cs[n++] = other.coefficients[j++];
            } else {
                Fr c = coefficients[i].add(other.coefficients[j]);
                if (!c.isZero()) {
                    ws[n] = wires[i];
                    cs[n++] = c;
                }
                i++;
                j++;
            }
        }
        return new LinearCombination(Arrays.copyOf(ws, n), Arrays.copyOf(cs, n));
    }

    /** this − other. */
    public LinearCombination minus(LinearCombination other) {
        return plus(other.times(Fr.ONE.neg()));
    }

    /** k · this. */
    public LinearCombination times(Fr k) {
        if (k.isZero()) return ZERO;
        Fr[] cs = new Fr[coefficients.length];
        for (int i = 0; i < cs.length; i++) cs[i] = coefficients[i].mul(k);
        return new LinearCombination(wires, cs);
    }

    /** ⟨this, w⟩ = Σ c_j · w[wire_j]. */
    public Fr evaluate(Fr[] w) {
        Fr acc = Fr.ZERO;
        for (int i = 0; i < wires.length; i++) acc = acc.add(coefficients[i].mul(w[wires[i]]));
        return acc;
    }

    /**
     * The same combination over renumbered wires: term c · w_j becomes c · w_{newIndex[j]} (for a builder that
     * allocates wires in writing order and lays them out in iden3's order at the end).
     */
    public LinearCombination renumber(int[] newIndex) {
        int n = wires.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Integer.compare(newIndex[wires[x]], newIndex[wires[y]]));
        int[] ws = new int[n];
        Fr[] cs = new Fr[n];
        for (int i = 0; i < n; i++) {
            ws[i] = newIndex[wires[order[i]]];
            cs[i] = coefficients[order[i]];
        }
        return new LinearCombination(ws, cs);
    }

    /** Whether this is a constant c · w_0 (or 0): a combination a verifier knows without any wire. */
    public boolean isConstant() {
        return wires.length == 0 || (wires.length == 1 && wires[0] == 0);
    }

    /** The constant term (the coefficient of w_0). */
    public Fr constantTerm() {
        return wires.length > 0 && wires[0] == 0 ? coefficients[0] : Fr.ZERO;
    }

    /** The number of non-zero terms. */
    public int size() {
        return wires.length;
    }

    /** The wire of term i (terms sorted by wire). */
    public int wireAt(int i) {
        return wires[i];
    }

    /** The coefficient of term i. */
    public Fr coefficientAt(int i) {
        return coefficients[i];
    }

    /** The largest wire index used, or -1 for the empty combination. */
    public int maxWire() {
        return wires.length == 0 ? -1 : wires[wires.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearCombination l && Arrays.equals(wires, l.wires) && Arrays.equals(coefficients, l.coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(wires) + Arrays.hashCode(coefficients);
    }

    /**
     * The combination as a reader writes it: coefficients as signed integers in (−r/2, r/2) (so r − 1 reads −1),
     * the w_0 term as a plain constant, unit coefficients omitted: {@code 5 + w2 − 3·w4}.
     */
    public String toSignedString() {
        if (wires.length == 0) return "0";
        java.math.BigInteger half = Fr.MODULUS.shiftRight(1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wires.length; i++) {
            java.math.BigInteger c = coefficients[i].toBigInteger();
            boolean negative = c.compareTo(half) > 0;
            if (negative) c = Fr.MODULUS.subtract(c);
            if (i == 0) sb.append(negative ? "−" : "");
            else sb.append(negative ? " − " : " + ");
            boolean unit = c.equals(java.math.BigInteger.ONE);
            if (wires[i] == 0) sb.append(c);
            else sb.append(unit ? "" : c + "·").append('w').append(wires[i]);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        if (wires.length == 0) return "0";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wires.length; i++) {
            if (i > 0) sb.append(" + ");
            sb.append(coefficients[i]).append("·w").append(wires[i]);
        }
        return sb.toString();
    }
}
