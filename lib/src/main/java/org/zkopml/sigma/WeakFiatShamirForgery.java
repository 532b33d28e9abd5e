package org.zkopml.sigma;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Two forgeries against {@link FiatShamirSchnorr#WEAK}, where the challenge c = H(T) ignores the public
 * key. Neither needs a discrete log; both are rejected by {@link FiatShamirSchnorr#STRONG}, whose challenge
 * changes with X.
 * <ol>
 *   <li>{@link #shiftKey}: from any proof (T, s) for X, a proof for the forger's chosen key X' = X + δ·G:
 *       keep T (so c is unchanged) and answer s' = s + c·δ, since
 *       s'·G = T + c·X + c·δ·G = T + c·X'. The forger does not know x + δ.</li>
 *   <li>{@link #fromCommitment}: pick any T (for example someone else's public key, whose discrete log
 *       nobody here knows) and any s, then <em>solve for the key</em>: c = H(T), X' = c⁻¹·(s·G − T).
 *       The weak verifier accepts (T, s) for X', a key whose discrete log is unknown to everyone.</li>
 * </ol>
 */
public final class WeakFiatShamirForgery {
    private WeakFiatShamirForgery() {}

    /** A statement and a proof for it, made without its witness. */
    public record Forgery<P>(Statement<P> statement, SchnorrProof<P> proof) {}

    /** Forgery 1: a proof for X + δ·G from an observed proof for X. */
    public static <P> Forgery<P> shiftKey(Statement<P> observed, SchnorrProof<P> observedProof, BigInteger delta) {
        PrimeOrderGroup<P> group = observed.group();
        BigInteger q = group.order();
        Challenge c = FiatShamirSchnorr.WEAK.challenge(observed, observedProof.commitment());
        P shiftedKey = group.add(observed.publicKey(), group.multiplyGenerator(delta));
        BigInteger s = observedProof.response().s().add(c.c().multiply(delta)).mod(q);
        return new Forgery<>(new Statement<>(group, shiftedKey), new SchnorrProof<>(observedProof.commitment(), new Response(s)));
    }

    /** Forgery 2: a key and a proof for it, solved from a chosen commitment T and a random response. */
    public static <P> Forgery<P> fromCommitment(PrimeOrderGroup<P> group, P t, RandomGenerator random) {
        if (!group.isElement(t)) throw new IllegalArgumentException("T must be an element of " + group.name());
        BigInteger q = group.order();
        Commitment<P> commitment = new Commitment<>(t);
        // the weak challenge does not look at the statement: any placeholder key gives the same c
        BigInteger c = FiatShamirSchnorr.WEAK.challenge(new Statement<>(group, group.generator()), commitment).c();
        if (c.signum() == 0) throw new IllegalArgumentException("H(T) = 0: choose another T");
        BigInteger s = group.randomScalar(random);
        P key = group.multiply(group.subtract(group.multiplyGenerator(s), t), c.modInverse(q));
        return new Forgery<>(new Statement<>(group, key), new SchnorrProof<>(commitment, new Response(s)));
    }
}
