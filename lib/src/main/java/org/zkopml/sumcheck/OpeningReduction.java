package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.Arrays;
import java.util.List;

/**
 * Many claims on one committed vector V, proven by a single opening. Claims V(p_c) = v_c, c = 0..k−1, were bound
 * into the transcript as the proof went; a random λ makes them one statement, and one sumcheck over the vector's
 * variables proves it:
 * <pre>
 *   Σ_c λ^c·v_c = Σ_{x ∈ {0,1}^v} A(x)·V(x),    A(x) = Σ_c λ^c·eq(p_c, x)
 * </pre>
 * (each claim is linear in V's table, so the combination is too; a false claim survives with probability ≤ k/r). The
 * sumcheck ends at a point ρ where the verifier computes A(ρ) itself, in O(k·v), and reads V(ρ) from one
 * {@link Hyrax} opening. A claim on a tensor of 2^t entries at a boolean-prefixed point contributes to A only on
 * that tensor's 2^t entries, so building A costs the prover the total size of the claimed tensors.
 */
public final class OpeningReduction {
    private OpeningReduction() {}

    /** Proves every claim on {@code vector}, committed with {@code colVars} column variables. */
    public static ReductionProof prove(Coins coins, long[] vector, int colVars, List<Packing.Claim> claims) {
        int v = Hyrax.variablesOf(vector.length);
        coins.absorb("reduce/claims", claims.size());
        Fr lambda = coins.challenge("reduce/lambda");
        Fr[] a = new Fr[vector.length];
        Arrays.fill(a, Fr.ZERO);
        Fr weight = Fr.ONE, claimed = Fr.ZERO;
        for (Packing.Claim c : claims) {
            claimed = claimed.add(weight.mul(c.value()));
            Fr[] e = Hyrax.eqTable(c.point());
            int off = c.offset();
            for (int i = 0; i < e.length; i++) if (!e[i].isZero()) a[off + i] = a[off + i].add(weight.mul(e[i]));
            weight = weight.mul(lambda);
        }
        Fr[] values = IntegerEmbedding.of(vector);
        FiatShamirSumcheck.Proven s = PublicCoinSumcheck.prove(coins,
                SumcheckProver.ofTerms(new Fr[][] {a, values}, new int[][] {{0, 1}}, new Fr[] {Fr.ONE}, claimed));
        HyraxOpening opening = Hyrax.open(values, colVars, s.point());
        for (Fr u : opening.combinedRow()) coins.absorb("reduce/row", u);
        if (s.point().size() != v) throw new IllegalStateException("the reduction's point has the wrong length");
        return new ReductionProof(s.proof(), opening);
    }

    /** Checks the claims against the vector's commitment; a rejection says which check failed. */
    public static Verdict<Void> verify(Coins coins, HyraxCommitment commitment, List<Packing.Claim> claims, ReductionProof proof) {
        Verdict<Hyrax.RowCheck> v = verifyDeferred(coins, commitment, claims, proof);
        if (v.rejected()) return v.asRejection();
        Verdict<Void> rows = Hyrax.verifyAll(List.of(v.value()), List.of(Fr.ONE));
        if (rows.rejected()) return rows;
        return Verdict.accept(claims.size() + " claims reduced to one opening, which matches the commitment");
    }

    /**
     * As {@link #verify}, but the opening's row check against the commitment is returned for the caller to batch
     * with others ({@link Hyrax#verifyAll}); everything else is checked here.
     */
    public static Verdict<Hyrax.RowCheck> verifyDeferred(Coins coins, HyraxCommitment commitment, List<Packing.Claim> claims, ReductionProof proof) {
        int v = commitment.variables();
        coins.absorb("reduce/claims", claims.size());
        Fr lambda = coins.challenge("reduce/lambda");
        Fr claimed = Fr.ZERO, weight = Fr.ONE;
        for (Packing.Claim c : claims) {
            claimed = claimed.add(weight.mul(c.value()));
            weight = weight.mul(lambda);
        }
        Verdict<SubClaim> s = PublicCoinSumcheck.verify(coins, new SumcheckClaim(v, 2, claimed), proof.sumcheck());
        if (s.rejected()) return Verdict.reject("sumcheck " + s.reason());
        List<Fr> rho = s.value().point();
        List<Fr> u = proof.opening().combinedRow();
        for (Fr x : u) coins.absorb("reduce/row", x);
        if (u.size() != 1 << commitment.colVars()) return Verdict.reject("the opening's row has " + u.size() + " entries, expected 2^" + commitment.colVars());
        Fr value = Hyrax.evaluate(proof.opening(), rho.subList(commitment.rowVars(), v));
        Fr a = Fr.ZERO;
        weight = Fr.ONE;
        for (Packing.Claim c : claims) {
            List<Fr> p = Packing.prefixed(c.offset() >>> c.variables(), v - c.variables(), c.point());
            a = a.add(weight.mul(ModelVerifier.eq(p, rho)));
            weight = weight.mul(lambda);
        }
        if (!a.mul(value).equals(s.value().value())) {
            return Verdict.reject("A(ρ)·V(ρ) differs from the sumcheck's last claim (some claimed evaluation is false)");
        }
        return Verdict.accept(new Hyrax.RowCheck(commitment, rho, proof.opening()), claims.size() + " claims reduced to one opening");
    }
}
