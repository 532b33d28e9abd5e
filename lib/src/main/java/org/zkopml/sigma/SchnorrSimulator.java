package org.zkopml.sigma;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Honest-verifier zero knowledge: accepting conversations for X made <em>without</em> the witness, by
 * running the verification equation backwards:
 * <pre>  c ← Z_q,  s ← Z_q,  T = s·G − c·X  </pre>
 * For a uniform challenge this (T, c, s) has exactly the distribution of an honest run (c and s are
 * uniform and independent, T is determined by them), so a conversation teaches the verifier nothing it
 * could not have produced alone. It does not convince anyone: T was chosen after c.
 */
public final class SchnorrSimulator {
    private SchnorrSimulator() {}

    /** An accepting conversation for {@code statement} with a uniform challenge. */
    public static <P> Conversation<P> simulate(Statement<P> statement, RandomGenerator random) {
        return simulate(statement, new Challenge(statement.group().randomScalar(random)), random);
    }

    /** An accepting conversation for {@code statement} with the given challenge (c must be in [0, q)). */
    public static <P> Conversation<P> simulate(Statement<P> statement, Challenge challenge, RandomGenerator random) {
        PrimeOrderGroup<P> group = statement.group();
        BigInteger c = challenge.c();
        if (c.signum() < 0 || c.compareTo(group.order()) >= 0) throw new IllegalArgumentException("the challenge must be in [0, q)");
        BigInteger s = group.randomScalar(random);
        P t = group.subtract(group.multiplyGenerator(s), group.multiply(statement.publicKey(), c));
        return new Conversation<>(new Commitment<>(t), challenge, new Response(s));
    }
}
