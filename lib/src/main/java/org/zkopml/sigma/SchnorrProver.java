package org.zkopml.sigma;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Schnorr's prover for X = x·G, one protocol run per instance:
 * <ol>
 *   <li>{@link #commit()}: draw a fresh nonce r ∈ [1, q), send T = r·G;</li>
 *   <li>{@link #respond(Challenge)}: on challenge c, send s = r + c·x mod q.</li>
 * </ol>
 * The prover answers one challenge only: answering two different challenges with the same nonce hands
 * out two accepting conversations with one commitment, from which anyone computes x (see
 * {@link SchnorrExtractor}); a second call throws {@link IllegalStateException}.
 */
public final class SchnorrProver<P> {
    private final Statement<P> statement;
    private final Witness witness;
    private final RandomGenerator random;
    private BigInteger nonce;
    private boolean responded;

    /**
     * A prover for {@code statement} who knows {@code witness}; {@code random} draws the nonce (pass a
     * {@link java.security.SecureRandom} outside of teaching).
     */
    public SchnorrProver(Statement<P> statement, Witness witness, RandomGenerator random) {
        if (statement == null || witness == null || random == null) throw new IllegalArgumentException("statement, witness and random are required");
        if (!statement.isSatisfiedBy(witness)) throw new IllegalArgumentException("the witness does not satisfy the statement: x·G ≠ X");
        this.statement = statement;
        this.witness = witness;
        this.random = random;
    }

    /** Round 1: T = r·G for a fresh nonce r. */
    public Commitment<P> commit() {
        if (nonce != null) throw new IllegalStateException("this prover already committed; use a new prover for a new run");
        nonce = statement.group().randomNonZeroScalar(random);
        return new Commitment<>(statement.group().multiplyGenerator(nonce));
    }

    /** Round 3: s = r + c·x mod q. */
    public Response respond(Challenge challenge) {
        if (nonce == null) throw new IllegalStateException("commit() must come before respond()");
        if (responded) throw new IllegalStateException("a nonce answers one challenge only: two answers reveal the witness");
        if (challenge == null) throw new IllegalArgumentException("the challenge must not be null");
        responded = true;
        return new Response(response(statement.group().order(), nonce, challenge.c(), witness.x()));
    }

    static BigInteger response(BigInteger q, BigInteger r, BigInteger c, BigInteger x) {
        return r.add(c.multiply(x)).mod(q);
    }
}
