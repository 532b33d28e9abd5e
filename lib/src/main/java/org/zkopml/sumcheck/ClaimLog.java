package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluations a proof of {@link Step}s has claimed along the way, which its end proves: claims on each committed
 * vector (folded into one opening each by {@link OpeningReduction}) and claims on weight matrices (each opened
 * directly). Prover and verifier keep one each, filled in the same order.
 */
final class ClaimLog {
    private final List<Packing> packings;
    private final List<List<Packing.Claim>> vectors = new ArrayList<>();
    private final List<WeightClaim> weights = new ArrayList<>();

    /**
     * A claimed W̃(point) for a committed matrix, the point in its committed variables (inputs, then outputs).
     *
     * @param matrix which
     * @param point  the point
     * @param value  the claimed value
     */
    record WeightClaim(WeightMatrix matrix, List<Fr> point, Fr value) {}

    ClaimLog(List<Packing> packings) {
        this.packings = List.copyOf(packings);
        for (int i = 0; i < packings.size(); i++) vectors.add(new ArrayList<>());
    }

    /** A claim T̃(y) = value on a witness tensor. */
    void on(Tensor t, List<Fr> y, Fr value) {
        Packing p = packings.get(t.vector());
        vectors.get(t.vector()).add(new Packing.Claim(p.offset(t), t.variables(), y, value));
    }

    /** A claim Ṽ(y) = value on a whole committed vector. */
    void onWhole(int vector, List<Fr> y, Fr value) {
        vectors.get(vector).add(new Packing.Claim(0, packings.get(vector).variables(), y, value));
    }

    /** A claim on a weight matrix. */
    void onWeights(WeightMatrix m, List<Fr> point, Fr value) {
        weights.add(new WeightClaim(m, point, value));
    }

    /**
     * Records the value {@code v} sent for factor {@code f} as a claim: a tensor's at its point (placed from the
     * step's τ and ρ groups), a weight matrix's at (summed point, ρ-placed output); known and eq factors need
     * none. Prover and verifier call it at the same places, so their logs stay in step.
     */
    void onFactor(Factor f, List<List<Fr>> tau, List<List<Fr>> rho, List<Fr> summedPoint, Fr v) {
        f.accept(new Factor.Visitor<Void>() {
            public Void visitOf(Factor.Of o) {
                on(o.tensor(), FactorTables.place(o.at(), o.tensor().bits(), tau, rho), v);
                return null;
            }
            public Void visitKnown(Factor.Known k) { return null; }
            public Void visitEq(Factor.Eq e) { return null; }
            public Void visitWeights(Factor.Weights w) {
                List<Fr> p = new ArrayList<>(summedPoint);
                p.addAll(FactorTables.place(w.out(), w.matrix().outBits(), tau, rho));
                onWeights(w.matrix(), p, v);
                return null;
            }
            public Void visitWhole(Factor.Whole w) { throw new IllegalArgumentException("a whole vector outside a lookup"); }
        });
    }

    /** The claims on vector {@code vector}, in order. */
    List<Packing.Claim> vector(int vector) {
        return vectors.get(vector);
    }

    /** The claims on weight matrices, in order. */
    List<WeightClaim> weights() {
        return weights;
    }

    /** The packing of vector {@code vector}. */
    Packing packing(int vector) {
        return packings.get(vector);
    }
}
