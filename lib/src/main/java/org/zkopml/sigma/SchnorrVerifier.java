package org.zkopml.sigma;

import org.zkopml.values.Verdict;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Schnorr's honest verifier for a statement X = x·G: it sends a uniform challenge c ∈ Z_q and accepts
 * (T, c, s) iff X and T are group elements, 0 ≤ c, s &lt; q, and
 * <pre>  s·G = T + c·X  </pre>
 * which holds for an honest prover because s·G = (r + c·x)·G = r·G + c·(x·G).
 */
public final class SchnorrVerifier<P> {
    private final Statement<P> statement;

    /** A verifier for {@code statement}. */
    public SchnorrVerifier(Statement<P> statement) {
        if (statement == null) throw new IllegalArgumentException("the statement must not be null");
        this.statement = statement;
    }

    /** The statement being verified. */
    public Statement<P> statement() {
        return statement;
    }

    /** Round 2: a uniform challenge c ∈ [0, q), drawn after seeing the commitment. */
    public Challenge challenge(RandomGenerator random) {
        return new Challenge(statement.group().randomScalar(random));
    }

    /** Checks a whole conversation. */
    public Verdict<Void> verify(Conversation<P> conversation) {
        return verify(conversation.commitment(), conversation.challenge(), conversation.response());
    }

    /** Checks s·G = T + c·X, after checking that every value is in range. */
    public Verdict<Void> verify(Commitment<P> commitment, Challenge challenge, Response response) {
        return check(statement, commitment, challenge, response);
    }

    /** The verification equation for one (T, c, s) against a statement; shared with Fiat–Shamir. */
    static <P> Verdict<Void> check(Statement<P> statement, Commitment<P> commitment, Challenge challenge, Response response) {
        PrimeOrderGroup<P> group = statement.group();
        BigInteger q = group.order();
        if (!group.isElement(statement.publicKey())) return Verdict.reject("the public key X is not an element of " + group.name());
        if (!group.isElement(commitment.t())) return Verdict.reject("the commitment T is not an element of " + group.name());
        if (challenge.c().signum() < 0 || challenge.c().compareTo(q) >= 0) return Verdict.reject("the challenge c is outside [0, q)");
        if (response.s().signum() < 0 || response.s().compareTo(q) >= 0) return Verdict.reject("the response s is outside [0, q)");
        P left = group.multiplyGenerator(response.s());
        P right = group.add(commitment.t(), group.multiply(statement.publicKey(), challenge.c()));
        if (!group.equal(left, right)) return Verdict.reject("s·G ≠ T + c·X");
        return Verdict.accept("s·G = T + c·X");
    }
}
