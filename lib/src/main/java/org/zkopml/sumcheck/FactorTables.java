package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic shared by the prover and the verifier of {@link Relation}s and {@link Lookup}s: where a factor's
 * point is, the tables the prover's sumcheck runs on, and a side's value from its factors' values.
 */
final class FactorTables {
    private FactorTables() {}

    /** The coordinates of the point at which a tensor placed by {@code at} is evaluated, given τ's and ρ's groups. */
    static List<Fr> place(List<Index> at, List<Integer> bits, List<List<Fr>> tau, List<List<Fr>> rho) {
        List<Fr> p = new ArrayList<>();
        for (int d = 0; d < at.size(); d++) {
            int b = bits.get(d);
            List<Fr> coords = at.get(d).coordinates(b, tau, rho);
            if (coords.size() != b) throw new IllegalArgumentException("a dimension of " + b + " variables placed on a group of " + coords.size());
            p.addAll(coords);
        }
        return p;
    }

    /** The b bits of v as field elements, most significant first. */
    static List<Fr> bitsOf(int v, int b) {
        if (v < 0 || v >= 1 << b) throw new IllegalArgumentException("index " + v + " outside a dimension of 2^" + b);
        List<Fr> p = new ArrayList<>(b);
        for (int k = b - 1; k >= 0; k--) p.add(((v >>> k) & 1) == 1 ? Fr.ONE : Fr.ZERO);
        return p;
    }

    /** Splits a point into groups of the given sizes. */
    static List<List<Fr>> split(List<Fr> point, List<Integer> groups) {
        List<List<Fr>> out = new ArrayList<>();
        int off = 0;
        for (int g : groups) {
            out.add(List.copyOf(point.subList(off, off + g)));
            off += g;
        }
        if (off != point.size()) throw new IllegalArgumentException("a point of " + point.size() + " coordinates split into " + off);
        return out;
    }

    /** Draws τ: one group of challenges per free group. */
    static List<List<Fr>> draw(Coins coins, String label, List<Integer> groups) {
        List<List<Fr>> tau = new ArrayList<>();
        for (int g : groups) tau.add(coins.challenges(label, g));
        return tau;
    }

    private static int total(List<Integer> bits) {
        int n = 0;
        for (int b : bits) n += b;
        return n;
    }

    /** The shift of each group in an index whose first group is the top bits. */
    private static int[] shifts(List<Integer> groups) {
        int[] s = new int[groups.size()];
        int acc = 0;
        for (int k = groups.size() - 1; k >= 0; k--) {
            s[k] = acc;
            acc += groups.get(k);
        }
        return s;
    }

    /**
     * The table over the summed variables of an integer tensor placed by {@code at}: free dimensions folded at τ,
     * fixed ones selected, summed ones laid on their groups, and the summed groups it does not mention broadcast.
     */
    static Fr[] table(long[] values, List<Integer> bits, List<Index> at, List<List<Fr>> tau, List<Integer> summed) {
        int n = total(summed);
        int[] varShift = shifts(summed);
        int[] dimShift = shifts(bits);
        int dims = bits.size();
        Fr[][] eq = new Fr[dims][];
        long mask = 0;
        for (int d = 0; d < dims; d++) {
            Index i = at.get(d);
            if (i.free() >= 0) eq[d] = Hyrax.eqTable(tau.get(i.free()));
            if (i.summed() >= 0) mask |= ((1L << summed.get(i.summed())) - 1) << varShift[i.summed()];
        }
        Fr[] partial = new Fr[1 << n];
        Arrays.fill(partial, Fr.ZERO);
        for (int e = 0; e < values.length; e++) {
            long v = values[e];
            if (v == 0) continue;
            Fr w = null;
            int idx = 0;
            boolean skip = false;
            for (int d = 0; d < dims && !skip; d++) {
                int c = (e >>> dimShift[d]) & ((1 << bits.get(d)) - 1);
                Index i = at.get(d);
                if (i.free() >= 0) w = w == null ? eq[d][c] : w.mul(eq[d][c]);
                else if (i.summed() >= 0) idx |= c << varShift[i.summed()];
                else skip = c != i.fixed();
            }
            if (skip) continue;
            Fr x = IntegerEmbedding.of(v);
            partial[idx] = partial[idx].add(w == null ? x : w.mul(x));
        }
        if (mask == (1L << n) - 1) return partial;
        Fr[] t = new Fr[1 << n];
        for (int x = 0; x < t.length; x++) t[x] = partial[(int) (x & mask)];
        return t;
    }

    /** eq(τ_free, x_summed) over pairs of groups, as a table over the summed variables. */
    static Fr[] eqTable(Factor.Eq eq, List<List<Fr>> tau, List<Integer> summed) {
        int n = total(summed);
        int[] shift = shifts(summed);
        List<Fr> point = new ArrayList<>();
        int[] width = new int[eq.free().size()];
        for (int k = 0; k < width.length; k++) {
            List<Fr> g = tau.get(eq.free().get(k));
            width[k] = summed.get(eq.summed().get(k));
            if (g.size() != width[k]) throw new IllegalArgumentException("eq between groups of " + g.size() + " and " + width[k] + " variables");
            point.addAll(g);
        }
        Fr[] e = Hyrax.eqTable(point);
        Fr[] t = new Fr[1 << n];
        for (int x = 0; x < t.length; x++) {
            int i = 0;
            for (int k = 0; k < width.length; k++) i = (i << width[k]) | ((x >>> shift[eq.summed().get(k)]) & ((1 << width[k]) - 1));
            t[x] = e[i];
        }
        return t;
    }

    /** eq(τ_free, ρ_summed) over pairs of groups. */
    static Fr eq(Factor.Eq eq, List<List<Fr>> tau, List<List<Fr>> rho) {
        List<Fr> a = new ArrayList<>(), b = new ArrayList<>();
        for (int k = 0; k < eq.free().size(); k++) {
            a.addAll(tau.get(eq.free().get(k)));
            b.addAll(rho.get(eq.summed().get(k)));
        }
        if (a.size() != b.size()) throw new IllegalArgumentException("eq between points of " + a.size() + " and " + b.size() + " coordinates");
        return ModelVerifier.eq(a, b);
    }

    /** The values of an integer tensor placed by free indices on a domain, one per domain entry (a lookup's column). */
    static long[] materialize(long[] values, List<Integer> bits, List<Index> at, List<Integer> domain) {
        int n = total(domain);
        int[] varShift = shifts(domain);
        int[] dimShift = shifts(bits);
        long[] out = new long[1 << n];
        for (int x = 0; x < out.length; x++) {
            int e = 0;
            for (int d = 0; d < bits.size(); d++) {
                Index i = at.get(d);
                if (i.summed() >= 0) throw new IllegalArgumentException("a lookup column is placed by free or fixed indices only");
                int c = i.free() >= 0 ? (x >>> varShift[i.free()]) & ((1 << domain.get(i.free())) - 1) : i.fixed();
                e |= c << dimShift[d];
            }
            out[x] = values[e];
        }
        return out;
    }

    /** Σ_terms c·∏ values of the factors (from {@code values}). */
    static Fr evaluate(List<Term> terms, Map<Factor, Fr> values) {
        Fr s = Fr.ZERO;
        for (Term t : terms) {
            Fr p = t.coefficient();
            for (Factor f : t.factors()) p = p.mul(values.get(f));
            s = s.add(p);
        }
        return s;
    }
}
