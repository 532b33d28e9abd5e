package org.zkopml.sigma;

/**
 * The public statement of a Schnorr proof: "I know x with X = x·G in this group".
 *
 * @param group     the group and its generator G (public parameters)
 * @param publicKey X
 */
public record Statement<P>(PrimeOrderGroup<P> group, P publicKey) {
    public Statement {
        if (group == null || publicKey == null) throw new IllegalArgumentException("a statement needs a group and a public key");
    }

    /** The statement X = x·G for a known witness x (how an honest prover sets it up). */
    public static <P> Statement<P> of(PrimeOrderGroup<P> group, Witness witness) {
        return new Statement<>(group, group.multiplyGenerator(witness.x()));
    }

    /** True iff x·G = X. */
    public boolean isSatisfiedBy(Witness witness) {
        return witness != null && group.equal(group.multiplyGenerator(witness.x()), publicKey);
    }
}
