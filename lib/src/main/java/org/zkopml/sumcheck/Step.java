package org.zkopml.sumcheck;

/**
 * One step of a proof made of {@link Relation}s and {@link Lookup}s ({@link GptProof}): each step draws its own
 * random point, and the claims it leaves on committed vectors are proven together at the end. Dispatched by a
 * {@link Visitor}.
 */
public sealed interface Step permits Relation, Lookup {
    /** What the step proves, for messages ("block 1/RMSNorm 1/sum of squares"). */
    String name();

    /** Calls the visitor's method for this kind of step. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of step. */
    interface Visitor<R> {
        R visitRelation(Relation r);

        R visitLookup(Lookup l);
    }
}
