package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.List;

/**
 * A proof that a quantized MLP (or linear model) maps the public input x to the public logits z, for the
 * weights behind a {@link CommittedModel}. Made by {@link ModelProver}, checked by {@link ModelVerifier}.
 *
 * <p>Witness: for each block ℓ, acc_ℓ = W_ℓ·h_(ℓ−1) + b_ℓ, q_ℓ = (acc_ℓ + 2^(s−1)) >> s and h_ℓ = max(q_ℓ, 0)
 * (h₀ = x, z = q_L). The prover commits to one vector F of bytes: the remainders
 * rem_ℓ = acc_ℓ + 2^(s−1) − 2^s·q_ℓ ∈ [0, 2^s) as s/8 byte limbs, and for hidden blocks the three byte limbs
 * of h_ℓ = max(q_ℓ, 0) and of n_ℓ = max(−q_ℓ, 0). Then, all as multilinear identities:
 * <ul>
 *   <li>requantization is linear given the remainder: ãcc_ℓ = 2^s·(h̃_ℓ − ñ_ℓ) + r̃em_ℓ − 2^(s−1), so a claim
 *       on ãcc_ℓ at a point follows from openings of F there (GKR's "wiring" step, with no sumcheck);</li>
 *   <li>ReLU: h_ℓ − n_ℓ = q_ℓ with h, n ∈ [0, 2^24) and h·n = 0, the last by a zero-check sumcheck
 *       Σ_i eq(τ, i)·h̃(i)·ñ(i) = 0;</li>
 *   <li>every limb is a byte: one {@link LogUp} for all of F;</li>
 *   <li>each dense layer: Thaler's sumcheck ãcc_ℓ(r) − b̃_ℓ(r) = Σ_k W̃_ℓ(r, k)·h̃_(ℓ−1)(k), leaving W̃_ℓ(r, ρ)
 *       (a Hyrax opening of the weights) and h̃_(ℓ−1)(ρ) (openings of F, or the public input for ℓ = 1);
 *       ρ is the next block's r — the chain from the output to the input.</li>
 * </ul>
 *
 * @param output         z, the public logits (the verifier takes their argmax)
 * @param bytes          the commitment to F
 * @param multiplicities m_t for t = 0..255 (public)
 * @param inverses       the commitment to H = 1/(α − F)
 * @param logUpSum       sumcheck of Σ H = Σ_t m_t/(α − t)
 * @param logUpInverse   zero-check sumcheck of H·(α − F) = 1
 * @param dense          one sumcheck per dense layer, from the last layer to the first
 * @param weights        W̃_ℓ at each dense sumcheck's final point, same order
 * @param weightOpenings their Hyrax openings
 * @param relu           one zero-check sumcheck per hidden ReLU, from the last to the first
 * @param openings       every evaluation of F or H the verifier needs, with its opening, in protocol order
 */
public record ModelProof(long[] output, HyraxCommitment bytes, long[] multiplicities, HyraxCommitment inverses,
                         SumcheckProof logUpSum, SumcheckProof logUpInverse, List<SumcheckProof> dense, List<Fr> weights,
                         List<HyraxOpening> weightOpenings, List<SumcheckProof> relu, List<Opened> openings) {
    /** Copies arrays and lists. */
    public ModelProof {
        output = output.clone();
        multiplicities = multiplicities.clone();
        dense = List.copyOf(dense);
        weights = List.copyOf(weights);
        weightOpenings = List.copyOf(weightOpenings);
        relu = List.copyOf(relu);
        openings = List.copyOf(openings);
    }

    @Override
    public long[] output() {
        return output.clone();
    }

    @Override
    public long[] multiplicities() {
        return multiplicities.clone();
    }

    /** A claimed evaluation of a committed vector and the Hyrax opening that proves it. */
    public record Opened(Fr value, HyraxOpening opening) {}

    /** Number of dense layers proven. */
    public int layers() {
        return dense.size();
    }

    /** Size in bytes: 32 per field element or integer, 64 per G1 point. */
    public long proofBytes() {
        long n = 8L * output.length + bytes.bytes() + 8L * multiplicities.length + inverses.bytes()
                + logUpSum.bytes() + logUpInverse.bytes() + 32L * weights.size();
        for (SumcheckProof p : dense) n += p.bytes();
        for (SumcheckProof p : relu) n += p.bytes();
        for (HyraxOpening o : weightOpenings) n += o.bytes();
        for (Opened o : openings) n += 32 + o.opening().bytes();
        return n;
    }
}
