package org.zkopml.sumcheck;

/**
 * The end of a proof for one committed vector ({@link OpeningReduction}): the sumcheck that folds every claim on
 * the vector into one evaluation, and the Hyrax opening of that evaluation.
 *
 * @param sumcheck the rounds (one per variable of the vector, degree 2)
 * @param opening  the vector's Hyrax opening at the sumcheck's final point
 */
public record ReductionProof(SumcheckProof sumcheck, HyraxOpening opening) {
    /** Size in bytes: 32 per field element. */
    public long bytes() {
        return sumcheck.bytes() + opening.bytes();
    }
}
