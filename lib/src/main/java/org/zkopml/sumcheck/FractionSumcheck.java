package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The sum of fractions Σ_i p_i/q_i over 2^n entries proven by GKR, without a commitment to the inverses — logUp's
 * left side in the form of S. Papini and U. Haböck, "Improving logarithmic derivative lookups using GKR" (ePrint
 * 2023/1284). The fractions are summed pairwise in a binary tree: layer n is the leaves (p, q), and
 * <pre>
 *   p_k(b) = p_(k+1)(b,0)·q_(k+1)(b,1) + p_(k+1)(b,1)·q_(k+1)(b,0),    q_k(b) = q_(k+1)(b,0)·q_(k+1)(b,1)
 * </pre>
 * (the child bit is the last variable), so p_0/q_0 = Σ_i p_i/q_i. The prover sends layer 1 (four values); the
 * verifier checks p₁(0)q₁(1) + p₁(1)q₁(0) = R·q₁(0)q₁(1) with q₁(0)q₁(1) ≠ 0 and draws μ: the claim is now
 * (p̃₁(μ), q̃₁(μ)). A claim (P, Q) on layer k at r becomes one on layer k+1 by one sumcheck, for a random λ,
 * <pre>
 *   P + λ·Q = Σ_{b ∈ {0,1}^k} eq(r, b)·( p_(k+1)(b,0)q_(k+1)(b,1) + p_(k+1)(b,1)q_(k+1)(b,0) + λ·q_(k+1)(b,0)q_(k+1)(b,1) )
 * </pre>
 * after which the prover sends the four children's values at the final point ρ, the verifier checks them against
 * the sumcheck's last claim and draws μ: the claim on layer k+1 is at (ρ, μ), by linear interpolation in the last
 * variable. At the leaves the caller checks p̃(r) and q̃(r) itself (e.g. q = α − F: one evaluation of F). The
 * prover's work is O(2^n) field operations; nothing of size 2^n is committed, which is why the transformer's
 * lookups use this rather than {@link ModelProof}'s committed H (a commitment to 2^n full-size field elements
 * costs an MSM of 2^n 254-bit scalars).
 */
public final class FractionSumcheck {
    private FractionSumcheck() {}

    /**
     * What the prover knows at the end: the proof, the leaves' point r and p̃(r), q̃(r).
     *
     * @param proof       the layers' messages
     * @param point       r, n coordinates
     * @param numerator   p̃(r)
     * @param denominator q̃(r)
     */
    public record Proven(FractionProof proof, List<Fr> point, Fr numerator, Fr denominator) {}

    /**
     * What the verifier is left with: the leaves must satisfy p̃(r) = numerator and q̃(r) = denominator.
     *
     * @param point       r
     * @param numerator   the claimed p̃(r)
     * @param denominator the claimed q̃(r)
     */
    public record LeafClaim(List<Fr> point, Fr numerator, Fr denominator) {}

    /** Proves Σ_i p_i/q_i (p = null: every numerator is 1) for tables of 2^n ≥ 2 entries. */
    public static Proven prove(Coins coins, Fr[] p, Fr[] q) {
        int n = Hyrax.variablesOf(q.length);
        if (n < 1) throw new IllegalArgumentException("a sum of fractions needs at least 2 entries");
        Fr[][] pl = new Fr[n + 1][], ql = new Fr[n + 1][];
        boolean ones = p == null;
        if (ones) {
            p = new Fr[q.length];
            java.util.Arrays.fill(p, Fr.ONE);
        }
        if (p.length != q.length) throw new IllegalArgumentException("numerators and denominators differ in length");
        pl[n] = p;
        ql[n] = q;
        for (int k = n - 1; k >= 0; k--) {
            Fr[] pc = pl[k + 1], qc = ql[k + 1];
            Fr[] pk = new Fr[1 << k], qk = new Fr[1 << k];
            for (int b = 0; b < pk.length; b++) {
                pk[b] = ones && k == n - 1 ? qc[2 * b + 1].add(qc[2 * b]) : pc[2 * b].mul(qc[2 * b + 1]).add(pc[2 * b + 1].mul(qc[2 * b]));
                qk[b] = qc[2 * b].mul(qc[2 * b + 1]);
            }
            pl[k] = pk;
            ql[k] = qk;
        }
        coins.absorb("fraction/n", n);
        List<FractionProof.Layer> layers = new ArrayList<>();
        FractionProof.Layer first = new FractionProof.Layer(new SumcheckProof(List.of()), pl[1][0], pl[1][1], ql[1][0], ql[1][1]);
        layers.add(first);
        List<Fr> point = new ArrayList<>();
        Fr[] claim = bindChildren(coins, first, point);
        for (int k = 1; k < n; k++) {
            Fr lambda = coins.challenge("fraction/lambda");
            int half = 1 << k;
            Fr[] p0 = new Fr[half], p1 = new Fr[half], q0 = new Fr[half], q1 = new Fr[half];
            for (int b = 0; b < half; b++) {
                p0[b] = pl[k + 1][2 * b];
                p1[b] = pl[k + 1][2 * b + 1];
                q0[b] = ql[k + 1][2 * b];
                q1[b] = ql[k + 1][2 * b + 1];
            }
            FractionProof.Layer layer;
            Fr claimed = claim[0].add(lambda.mul(claim[1]));
            if (k == n - 1 && ones) {
                // the leaves' numerators are all 1: the terms lose their p factors (the largest layer, half the work)
                SumcheckProver prover = SumcheckProver.withEq(point, new Fr[][] {q0, q1},
                        new int[][] {{1}, {0}, {0, 1}}, new Fr[] {Fr.ONE, Fr.ONE, lambda}, claimed);
                FiatShamirSumcheck.Proven s = PublicCoinSumcheck.prove(coins, prover);
                List<Fr> e = s.finalEvaluations();
                layer = new FractionProof.Layer(s.proof(), Fr.ONE, Fr.ONE, e.get(0), e.get(1));
                point = new ArrayList<>(s.point());
            } else {
                SumcheckProver prover = SumcheckProver.withEq(point, new Fr[][] {p0, p1, q0, q1},
                        new int[][] {{0, 3}, {1, 2}, {2, 3}}, new Fr[] {Fr.ONE, Fr.ONE, lambda}, claimed);
                FiatShamirSumcheck.Proven s = PublicCoinSumcheck.prove(coins, prover);
                List<Fr> e = s.finalEvaluations();
                layer = new FractionProof.Layer(s.proof(), e.get(0), e.get(1), e.get(2), e.get(3));
                point = new ArrayList<>(s.point());
            }
            layers.add(layer);
            claim = bindChildren(coins, layer, point);
        }
        return new Proven(new FractionProof(layers), point, claim[0], claim[1]);
    }

    /**
     * Checks a proof that the 2^n fractions sum to {@code expected}; accepted with the claim left on the leaves.
     * A rejection names the layer and the check.
     */
    public static Verdict<LeafClaim> verify(Coins coins, int variables, Fr expected, FractionProof proof) {
        int n = variables;
        if (n < 1) return Verdict.reject("a sum of fractions needs at least one variable");
        if (proof.layers().size() != n) return Verdict.reject("the proof has " + proof.layers().size() + " layers, the tree " + n);
        coins.absorb("fraction/n", n);
        FractionProof.Layer first = proof.layers().get(0);
        if (!first.sumcheck().rounds().isEmpty()) return Verdict.reject("layer 1: the root's children come without a sumcheck");
        Fr den = first.q0().mul(first.q1());
        if (den.isZero()) return Verdict.reject("layer 1: a zero denominator");
        if (!first.p0().mul(first.q1()).add(first.p1().mul(first.q0())).equals(expected.mul(den))) {
            return Verdict.reject("layer 1: p(0)/q(0) + p(1)/q(1) differs from the table side");
        }
        List<Fr> point = new ArrayList<>();
        Fr[] claim = bindChildren(coins, first, point);
        for (int k = 1; k < n; k++) {
            FractionProof.Layer layer = proof.layers().get(k);
            Fr lambda = coins.challenge("fraction/lambda");
            Verdict<SubClaim> s = PublicCoinSumcheck.verify(coins, new SumcheckClaim(k, 3, claim[0].add(lambda.mul(claim[1]))), layer.sumcheck());
            if (s.rejected()) return Verdict.reject("layer " + (k + 1) + ": sumcheck " + s.reason());
            Fr combined = layer.p0().mul(layer.q1()).add(layer.p1().mul(layer.q0())).add(lambda.mul(layer.q0()).mul(layer.q1()));
            if (!ModelVerifier.eq(point, s.value().point()).mul(combined).equals(s.value().value())) {
                return Verdict.reject("layer " + (k + 1) + ": eq(r,ρ)·(p₀q₁ + p₁q₀ + λq₀q₁) differs from the sumcheck's last claim");
            }
            point = new ArrayList<>(s.value().point());
            claim = bindChildren(coins, layer, point);
        }
        return Verdict.accept(new LeafClaim(point, claim[0], claim[1]), n + " layers of fractions consistent; left: the leaves at one point");
    }

    /** Binds a layer's four values, draws μ, appends it to the point; returns (p̃(ρ,μ), q̃(ρ,μ)). */
    private static Fr[] bindChildren(Coins coins, FractionProof.Layer layer, List<Fr> point) {
        coins.absorb("fraction/p0", layer.p0());
        coins.absorb("fraction/p1", layer.p1());
        coins.absorb("fraction/q0", layer.q0());
        coins.absorb("fraction/q1", layer.q1());
        Fr mu = coins.challenge("fraction/mu");
        point.add(mu);
        return new Fr[] {layer.p0().add(mu.mul(layer.p1().sub(layer.p0()))), layer.q0().add(mu.mul(layer.q1().sub(layer.q0())))};
    }
}
