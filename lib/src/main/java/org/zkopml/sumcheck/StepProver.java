package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prover of {@link Relation}s and {@link Lookup}s: computes each message from the {@link Witness}, binds it to
 * the {@link Coins}, and records every evaluation it claims in a {@link ClaimLog} for the end of the proof. Before
 * proving a relation it checks that the witness satisfies it, so a wrong witness fails here with the relation's
 * name instead of producing a proof the verifier rejects.
 */
final class StepProver {
    private final Coins coins;
    private final Witness witness;
    private final ClaimLog log;

    StepProver(Coins coins, Witness witness, ClaimLog log) {
        this.coins = coins;
        this.witness = witness;
        this.log = log;
    }

    /** Proves one relation. */
    RelationProof prove(Relation r) {
        List<List<Fr>> tau = FactorTables.draw(coins, "relation/tau", r.free());
        Map<Factor, Fr> values = new HashMap<>();
        List<Fr> claims = new ArrayList<>();
        for (Term t : r.claim()) {
            for (Factor f : t.factors()) {
                if (values.containsKey(f)) continue;
                Fr v = at(f, tau, List.of());
                values.put(f, v);
                if (sent(f)) {
                    coins.absorb("relation/claim", v);
                    claims.add(v);
                    log.onFactor(f, tau, List.of(), null, v);
                }
            }
        }
        Fr lhs = FactorTables.evaluate(r.claim(), values);
        Map<Factor, Integer> distinct = distinct(r.sum());
        List<Fr> sent = new ArrayList<>();
        int n = r.summedVariables();
        if (n == 0) {
            for (Factor f : distinct.keySet()) {
                Fr v = values.containsKey(f) ? values.get(f) : at(f, tau, emptyGroups(r.summed()));
                values.put(f, v);
                if (sent(f)) {
                    coins.absorb("relation/value", v);
                    sent.add(v);
                    log.onFactor(f, tau, emptyGroups(r.summed()), null, v);
                }
            }
            Fr rhs = FactorTables.evaluate(r.sum(), values);
            if (!rhs.equals(lhs)) throw new IllegalStateException(r.name() + ": the witness does not satisfy this relation");
            return new RelationProof(claims, new SumcheckProof(List.of()), sent);
        }
        Fr[][] tables = new Fr[distinct.size()][];
        int k = 0;
        for (Factor f : distinct.keySet()) tables[k++] = table(f, tau, r.summed());
        int[][] terms = new int[r.sum().size()][];
        Fr[] coefficients = new Fr[terms.length];
        for (int i = 0; i < terms.length; i++) {
            Term t = r.sum().get(i);
            terms[i] = t.factors().stream().mapToInt(distinct::get).toArray();
            coefficients[i] = t.coefficient();
        }
        SumcheckProver prover = SumcheckProver.ofTerms(tables, terms, coefficients);
        if (!prover.claim().sum().equals(lhs)) {
            throw new IllegalStateException(r.name() + ": the witness does not satisfy this relation (the sum is "
                    + Sumcheck.show(prover.claim().sum()) + ", the claim side " + Sumcheck.show(lhs) + ")");
        }
        FiatShamirSumcheck.Proven s = PublicCoinSumcheck.prove(coins, prover);
        List<List<Fr>> rho = FactorTables.split(s.point(), r.summed());
        k = 0;
        for (Factor f : distinct.keySet()) {
            Fr v = s.finalEvaluations().get(k++);
            if (sent(f)) {
                coins.absorb("relation/value", v);
                sent.add(v);
                log.onFactor(f, tau, rho, s.point(), v);
            }
        }
        return new RelationProof(claims, s.proof(), sent);
    }

    /** Proves one lookup. */
    LookupProof prove(Lookup l) {
        int n = l.variables();
        int columns = l.columns().size();
        long[][] cols = new long[columns][];
        for (int c = 0; c < columns; c++) cols[c] = column(l.columns().get(c), l.domain());
        Map<List<Long>, Integer> rowOf = new HashMap<>();
        for (int j = 0; j < l.rows(); j++) {
            List<Long> key = new ArrayList<>(columns);
            for (long[] t : l.table()) key.add(t[j]);
            rowOf.putIfAbsent(key, j);
        }
        int[] rows = new int[1 << n];
        List<Long> key = new ArrayList<>(columns);
        for (int x = 0; x < rows.length; x++) {
            key.clear();
            for (long[] c : cols) key.add(c[x]);
            Integer j = rowOf.get(key);
            if (j == null) throw new IllegalStateException(l.name() + ": entry " + x + " " + key + " is not a row of the table");
            rows[x] = j;
        }
        long[] m = LogUp.multiplicities(rows, l.rows());
        coins.absorb("lookup/m", CommittedModel.longs(m));
        Fr alpha = coins.challenge("lookup/alpha");
        Fr beta = columns > 1 ? coins.challenge("lookup/beta") : Fr.ONE;
        Fr[] q = new Fr[1 << n];
        for (int x = 0; x < q.length; x++) {
            Fr f = Fr.ZERO, power = Fr.ONE;
            for (int c = 0; c < columns; c++) {
                if (cols[c][x] != 0) f = f.add(power.mul(IntegerEmbedding.of(cols[c][x])));
                power = power.mul(beta);
            }
            q[x] = alpha.sub(f);
        }
        FractionSumcheck.Proven fr = FractionSumcheck.prove(coins, null, q);
        List<List<Fr>> groups = FactorTables.split(fr.point(), l.domain());
        List<Fr> values = new ArrayList<>();
        for (Factor f : l.columns()) {
            if (!sent(f)) continue;
            Fr v = f instanceof Factor.Whole w ? Packing.evaluate(witness.vector(w.vector()), fr.point()) : at(f, groups, List.of());
            coins.absorb("lookup/value", v);
            values.add(v);
            if (f instanceof Factor.Whole w) log.onWhole(w.vector(), fr.point(), v);
            else log.onFactor(f, groups, List.of(), null, v);
        }
        return new LookupProof(m, fr.proof(), values);
    }

    private static List<List<Fr>> emptyGroups(List<Integer> groups) {
        List<List<Fr>> e = new ArrayList<>();
        for (int g : groups) {
            if (g != 0) throw new IllegalArgumentException("a summed group of " + g + " variables in a direct check");
            e.add(List.of());
        }
        return e;
    }

    /** Distinct factors of the terms, numbered in order of first appearance. */
    static Map<Factor, Integer> distinct(List<Term> terms) {
        Map<Factor, Integer> d = new LinkedHashMap<>();
        for (Term t : terms) for (Factor f : t.factors()) d.putIfAbsent(f, d.size());
        return d;
    }

    /** Whether the prover sends a factor's value (witness tensors, weights, whole vectors) or the verifier computes it. */
    static boolean sent(Factor f) {
        return f.accept(new Factor.Visitor<>() {
            public Boolean visitOf(Factor.Of o) { return true; }
            public Boolean visitKnown(Factor.Known k) { return false; }
            public Boolean visitEq(Factor.Eq e) { return false; }
            public Boolean visitWeights(Factor.Weights w) { return true; }
            public Boolean visitWhole(Factor.Whole w) { return true; }
        });
    }

    /** A factor's value at (τ, ρ) computed from the witness (not used for weights, whose value the sumcheck gives). */
    private Fr at(Factor f, List<List<Fr>> tau, List<List<Fr>> rho) {
        return f.accept(new Factor.Visitor<>() {
            public Fr visitOf(Factor.Of o) {
                return Packing.evaluate(witness.values(o.tensor()), FactorTables.place(o.at(), o.tensor().bits(), tau, rho));
            }
            public Fr visitKnown(Factor.Known k) {
                return k.tensor().evaluate(FactorTables.place(k.at(), k.tensor().bits(), tau, rho));
            }
            public Fr visitEq(Factor.Eq e) {
                return FactorTables.eq(e, tau, rho);
            }
            public Fr visitWeights(Factor.Weights w) { throw new IllegalArgumentException(w.matrix().name() + ": a weight matrix with nothing summed"); }
            public Fr visitWhole(Factor.Whole w) { throw new IllegalArgumentException("a whole vector outside a lookup"); }
        });
    }

    /** A factor's table over the summed variables. */
    private Fr[] table(Factor f, List<List<Fr>> tau, List<Integer> summed) {
        return f.accept(new Factor.Visitor<>() {
            public Fr[] visitOf(Factor.Of o) {
                return FactorTables.table(witness.values(o.tensor()), o.tensor().bits(), o.at(), tau, summed);
            }
            public Fr[] visitKnown(Factor.Known k) {
                return FactorTables.table(k.tensor().values(), k.tensor().bits(), k.at(), tau, summed);
            }
            public Fr[] visitEq(Factor.Eq e) {
                return FactorTables.eqTable(e, tau, summed);
            }
            public Fr[] visitWeights(Factor.Weights w) {
                int n = summed.stream().mapToInt(Integer::intValue).sum();
                if (w.matrix().inVariables() != n) throw new IllegalArgumentException(w.matrix().name() + ": its inputs must be the summed variables");
                Fr[] e = Hyrax.eqTable(FactorTables.place(w.out(), w.matrix().outBits(), tau, List.of()));
                return RowCombination.rows(witness.matrix(w.matrix()), e, 1 << n);
            }
            public Fr[] visitWhole(Factor.Whole w) { throw new IllegalArgumentException("a whole vector outside a lookup"); }
        });
    }

    /** A lookup column's values over the domain. */
    private long[] column(Factor f, List<Integer> domain) {
        return f.accept(new Factor.Visitor<>() {
            public long[] visitOf(Factor.Of o) {
                return FactorTables.materialize(witness.values(o.tensor()), o.tensor().bits(), o.at(), domain);
            }
            public long[] visitKnown(Factor.Known k) {
                return FactorTables.materialize(k.tensor().values(), k.tensor().bits(), k.at(), domain);
            }
            public long[] visitEq(Factor.Eq e) { throw new IllegalArgumentException("eq is not a lookup column"); }
            public long[] visitWeights(Factor.Weights w) { throw new IllegalArgumentException("weights are not a lookup column"); }
            public long[] visitWhole(Factor.Whole w) {
                long[] v = witness.vector(w.vector());
                if (v.length != 1 << domain.stream().mapToInt(Integer::intValue).sum()) throw new IllegalArgumentException("the whole vector is not the lookup's domain");
                return v;
            }
        });
    }
}
