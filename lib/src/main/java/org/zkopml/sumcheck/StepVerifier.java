package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The verifier of {@link Relation}s and {@link Lookup}s: replays the coins, takes the prover's values of witness
 * tensors and weights as claims (recorded in a {@link ClaimLog}, proven at the end of the proof), computes public
 * tensors and equality polynomials itself, and checks each sumcheck's last claim against them. A rejection names
 * the step and the check.
 */
final class StepVerifier {
    private final Coins coins;
    private final ClaimLog log;

    StepVerifier(Coins coins, ClaimLog log) {
        this.coins = coins;
        this.log = log;
    }

    /** Checks one relation. */
    Verdict<Void> verify(Relation r, RelationProof p) {
        List<List<Fr>> tau = FactorTables.draw(coins, "relation/tau", r.free());
        Map<Factor, Fr> values = new HashMap<>();
        Iterator<Fr> claims = p.claims().iterator();
        for (Term t : r.claim()) {
            for (Factor f : t.factors()) {
                if (values.containsKey(f)) continue;
                if (StepProver.sent(f)) {
                    if (!claims.hasNext()) return Verdict.reject(r.name() + ": too few claimed values");
                    Fr v = claims.next();
                    coins.absorb("relation/claim", v);
                    values.put(f, v);
                    log.onFactor(f, tau, List.of(), null, v);
                } else {
                    values.put(f, computed(f, tau, List.of()));
                }
            }
        }
        if (claims.hasNext()) return Verdict.reject(r.name() + ": more claimed values than the relation has tensors");
        Fr lhs = FactorTables.evaluate(r.claim(), values);
        Map<Factor, Integer> distinct = StepProver.distinct(r.sum());
        Iterator<Fr> sent = p.values().iterator();
        int n = r.summedVariables();
        if (n == 0) {
            if (!p.sumcheck().rounds().isEmpty()) return Verdict.reject(r.name() + ": a sumcheck where nothing is summed");
            List<List<Fr>> rho = new ArrayList<>();
            for (int g = 0; g < r.summed().size(); g++) rho.add(List.of());
            Verdict<Void> read = read(r, distinct, values, sent, tau, rho, null);
            if (read.rejected()) return read;
            if (!FactorTables.evaluate(r.sum(), values).equals(lhs)) {
                return Verdict.reject(r.name() + ": the claimed values do not satisfy it at the random point");
            }
            return Verdict.accept(r.name() + " holds at a random point");
        }
        Verdict<SubClaim> s = PublicCoinSumcheck.verify(coins, new SumcheckClaim(n, r.degree(), lhs), p.sumcheck());
        if (s.rejected()) return Verdict.reject(r.name() + ": sumcheck " + s.reason());
        List<List<Fr>> rho = FactorTables.split(s.value().point(), r.summed());
        Verdict<Void> read = read(r, distinct, values, sent, tau, rho, s.value().point());
        if (read.rejected()) return read;
        if (!FactorTables.evaluate(r.sum(), values).equals(s.value().value())) {
            return Verdict.reject(r.name() + ": the factors' values at the sumcheck's final point do not give its last claim");
        }
        return Verdict.accept(r.name() + ": sumcheck and final evaluation verified");
    }

    /** Reads (or computes) every factor of the sum at (τ, ρ). */
    private Verdict<Void> read(Relation r, Map<Factor, Integer> distinct, Map<Factor, Fr> values, Iterator<Fr> sent,
                               List<List<Fr>> tau, List<List<Fr>> rho, List<Fr> summedPoint) {
        Map<Factor, Fr> here = new HashMap<>();
        for (Factor f : distinct.keySet()) {
            if (StepProver.sent(f)) {
                if (!sent.hasNext()) return Verdict.reject(r.name() + ": too few values at the final point");
                Fr v = sent.next();
                coins.absorb("relation/value", v);
                here.put(f, v);
                log.onFactor(f, tau, rho, summedPoint, v);
            } else {
                here.put(f, computed(f, tau, rho));
            }
        }
        if (sent.hasNext()) return Verdict.reject(r.name() + ": more values at the final point than the relation has factors");
        values.putAll(here);
        return Verdict.accept("read");
    }

    /** Checks one lookup. */
    Verdict<Void> verify(Lookup l, LookupProof p) {
        int n = l.variables();
        long[] m = p.multiplicities();
        if (m.length != l.rows()) return Verdict.reject(l.name() + " lookup: " + m.length + " multiplicities for a table of " + l.rows() + " rows");
        long total = 0;
        for (long c : m) {
            if (c < 0) return Verdict.reject(l.name() + " lookup: a negative multiplicity");
            total += c;
            if (total > 1L << n) break;
        }
        if (total != 1L << n) return Verdict.reject(l.name() + " lookup: the multiplicities add up to " + total + ", the domain has " + (1L << n) + " entries");
        coins.absorb("lookup/m", CommittedModel.longs(m));
        Fr alpha = coins.challenge("lookup/alpha");
        int columns = l.columns().size();
        Fr beta = columns > 1 ? coins.challenge("lookup/beta") : Fr.ONE;
        Fr[] table = new Fr[l.rows()];
        for (int j = 0; j < table.length; j++) {
            Fr t = Fr.ZERO, power = Fr.ONE;
            for (int c = 0; c < columns; c++) {
                t = t.add(power.mul(IntegerEmbedding.of(l.table()[c][j])));
                power = power.mul(beta);
            }
            table[j] = t;
        }
        Verdict<FractionSumcheck.LeafClaim> leaf = FractionSumcheck.verify(coins, n, LogUp.tableSum(m, table, alpha), p.fractions());
        if (leaf.rejected()) return Verdict.reject(l.name() + " lookup: " + leaf.reason());
        if (!leaf.value().numerator().isOne()) return Verdict.reject(l.name() + " lookup: the leaves' numerators are not all 1");
        List<Fr> point = leaf.value().point();
        List<List<Fr>> groups = FactorTables.split(point, l.domain());
        Iterator<Fr> values = p.values().iterator();
        Fr f = Fr.ZERO, power = Fr.ONE;
        for (Factor c : l.columns()) {
            Fr v;
            if (StepProver.sent(c)) {
                if (!values.hasNext()) return Verdict.reject(l.name() + " lookup: too few column values");
                v = values.next();
                coins.absorb("lookup/value", v);
                if (c instanceof Factor.Whole w) log.onWhole(w.vector(), point, v);
                else log.onFactor(c, groups, List.of(), null, v);
            } else {
                v = computed(c, groups, List.of());
            }
            f = f.add(power.mul(v));
            power = power.mul(beta);
        }
        if (values.hasNext()) return Verdict.reject(l.name() + " lookup: more column values than columns");
        if (!leaf.value().denominator().equals(alpha.sub(f))) {
            return Verdict.reject(l.name() + " lookup: the columns at the leaves' point do not give the last denominator α − f");
        }
        return Verdict.accept(l.name() + " lookup verified");
    }

    /** The value of a public factor (a public tensor or an equality polynomial) at (τ, ρ). */
    private static Fr computed(Factor f, List<List<Fr>> tau, List<List<Fr>> rho) {
        return f.accept(new Factor.Visitor<>() {
            public Fr visitOf(Factor.Of o) { throw new IllegalStateException("a witness tensor is sent, not computed"); }
            public Fr visitKnown(Factor.Known k) {
                return k.tensor().evaluate(FactorTables.place(k.at(), k.tensor().bits(), tau, rho));
            }
            public Fr visitEq(Factor.Eq e) {
                return FactorTables.eq(e, tau, rho);
            }
            public Fr visitWeights(Factor.Weights w) { throw new IllegalStateException("weights are sent, not computed"); }
            public Fr visitWhole(Factor.Whole w) { throw new IllegalStateException("a whole vector is sent, not computed"); }
        });
    }
}
