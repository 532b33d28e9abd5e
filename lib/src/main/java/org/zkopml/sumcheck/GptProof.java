package org.zkopml.sumcheck;

import java.util.List;

/**
 * A proof that a committed transformer ({@link CommittedGpt}) maps a public prompt to public next-token logits: the
 * whole forward pass — embedding, every block's RMSNorms, projections, attention (scores, softmax, mixing), MLP
 * and residuals, and the LM head — as the {@link Relation}s and {@link Lookup}s of {@link GptCircuit}. Made by
 * {@link GptProver}, checked by {@link GptVerifier}.
 *
 * <p>The prover commits to two vectors ({@link Hyrax}): the activations (every witness integer of the pass, each
 * tensor in its own aligned slot, {@link Packing}) and their byte limbs (range checks). Then, in order: one lookup
 * that every limb is a byte, per block one lookup of softmax's exponent table, and the relations, each drawing its
 * own random point; every evaluation a step leaves on a committed vector is bound into the transcript as it is made,
 * and at the end each vector's claims are proven by one opening ({@link OpeningReduction}) and each weight matrix
 * is opened once where its product left it. Sound but not zero-knowledge (nothing is masked).
 *
 * @param logits          the public output: the next-token logits of the last position
 * @param bits            the range widths the prover chose, in the order the circuit asks for them
 * @param activations     the commitment to the activations
 * @param limbs           the commitment to the byte limbs
 * @param lookups         one proof per lookup step, in order
 * @param relations       one proof per relation step, in order
 * @param weightOpenings  one Hyrax opening per claim on a weight matrix, in order
 * @param activationOpening the reduction of every claim on the activations to one opening
 * @param limbOpening     the same for the limbs
 */
public record GptProof(long[] logits, List<Integer> bits, HyraxCommitment activations, HyraxCommitment limbs,
                       List<LookupProof> lookups, List<RelationProof> relations, List<HyraxOpening> weightOpenings,
                       ReductionProof activationOpening, ReductionProof limbOpening) {
    /** Copies arrays and lists. */
    public GptProof {
        logits = logits.clone();
        bits = List.copyOf(bits);
        lookups = List.copyOf(lookups);
        relations = List.copyOf(relations);
        weightOpenings = List.copyOf(weightOpenings);
    }

    @Override
    public long[] logits() {
        return logits.clone();
    }

    /** The predicted next token: the first index of the largest logit. */
    public int predicted() {
        int best = 0;
        for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
        return best;
    }

    /** Number of sumchecks run: relations that sum, lookup layers, and the two reductions. */
    public int sumchecks() {
        int n = 2;
        for (RelationProof r : relations) if (!r.sumcheck().rounds().isEmpty()) n++;
        for (LookupProof l : lookups) n += l.fractions().layers().size() - 1;
        return n;
    }

    /** Size in bytes: 8 per logit and multiplicity, 4 per width, 32 per field element, 64 per G1 point. */
    public long proofBytes() {
        long n = 8L * logits.length + 4L * bits.size() + activations.bytes() + limbs.bytes()
                + activationOpening.bytes() + limbOpening.bytes();
        for (LookupProof l : lookups) n += l.bytes();
        for (RelationProof r : relations) n += r.bytes();
        for (HyraxOpening o : weightOpenings) n += o.bytes();
        return n;
    }
}
