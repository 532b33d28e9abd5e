package org.zkopml.sigma;

import org.zkopml.values.Verdict;

import java.math.BigInteger;

/**
 * Special soundness: from two accepting conversations (T, c₁, s₁), (T, c₂, s₂) with the same
 * commitment and different challenges, the witness follows:
 * <pre>  s₁ − s₂ = (c₁ − c₂)·x  (mod q)   ⇒   x = (s₁ − s₂)·(c₁ − c₂)⁻¹ mod q  </pre>
 * So a prover who can answer two challenges for one T must know x: that is why the protocol is a proof
 * of <em>knowledge</em>, and why a nonce must never be reused.
 */
public final class SchnorrExtractor {
    private SchnorrExtractor() {}

    /**
     * The witness from two accepting conversations with one commitment.
     *
     * @throws IllegalArgumentException naming the reason if the conversations do not qualify
     *                                  (not accepting, different commitments, equal challenges)
     */
    public static <P> Witness extract(Statement<P> statement, Conversation<P> first, Conversation<P> second) {
        PrimeOrderGroup<P> group = statement.group();
        Verdict<Void> v1 = SchnorrVerifier.check(statement, first.commitment(), first.challenge(), first.response());
        if (!v1.accepted()) throw new IllegalArgumentException("the first conversation is not accepting: " + v1.reason());
        Verdict<Void> v2 = SchnorrVerifier.check(statement, second.commitment(), second.challenge(), second.response());
        if (!v2.accepted()) throw new IllegalArgumentException("the second conversation is not accepting: " + v2.reason());
        if (!group.equal(first.commitment().t(), second.commitment().t())) {
            throw new IllegalArgumentException("the conversations have different commitments T");
        }
        BigInteger q = group.order();
        BigInteger dc = first.challenge().c().subtract(second.challenge().c()).mod(q);
        if (dc.signum() == 0) throw new IllegalArgumentException("the conversations have the same challenge");
        BigInteger x = first.response().s().subtract(second.response().s()).multiply(dc.modInverse(q)).mod(q);
        Witness witness = new Witness(x);
        if (!statement.isSatisfiedBy(witness)) throw new IllegalStateException("extracted x does not satisfy X = x·G (group order wrong?)");
        return witness;
    }
}
