package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * The prover's messages for one {@link Relation}: the claimed values of the witness tensors on its claim side at τ,
 * the sumcheck of its sum (no rounds when nothing is summed), and the values of the witness tensors and weight
 * matrices of the sum at the final point (at τ when nothing is summed), each distinct factor once, in order of
 * first appearance.
 *
 * @param claims   the claim side's tensor values at τ
 * @param sumcheck the rounds
 * @param values   the sum's tensor and weight values at (τ, ρ)
 */
public record RelationProof(List<Fr> claims, SumcheckProof sumcheck, List<Fr> values) {
    /** Copies the lists. */
    public RelationProof {
        claims = List.copyOf(claims);
        values = List.copyOf(values);
    }

    /** Size in bytes: 32 per field element. */
    public long bytes() {
        return 32L * (claims.size() + values.size()) + sumcheck.bytes();
    }
}
