package org.zkopml.sigma;

import org.zkopml.values.Verdict;

import org.zkopml.transcript.Transcript;

import java.util.random.RandomGenerator;

/**
 * The Fiat–Shamir transform of Schnorr's protocol: the prover computes the verifier's challenge itself
 * as a hash, and the proof is (T, s). It is a wrapper around the interactive protocol: the messages and
 * the verification equation are the same, only the challenge comes from a {@link Transcript}.
 *
 * <ul>
 *   <li>{@link #STRONG} (sound): c = H(group, G, q, X, T) — the transcript absorbs the whole statement
 *       before the commitment, so a proof is bound to the public key it was made for.</li>
 *   <li>{@link #WEAK} (the pitfall): c = H(T) — the statement is left out. Then one proof for X is also
 *       a proof for X + δ·G, and anyone can make proofs for keys whose discrete log nobody knows
 *       ({@link WeakFiatShamirForgery}). Bernhard, Pereira and Warinschi, "How not to prove yourself:
 *       pitfalls of the Fiat–Shamir heuristic" (ASIACRYPT 2012) name the two variants strong and weak.</li>
 * </ul>
 */
public final class FiatShamirSchnorr {
    /** The sound transform: the challenge hashes the statement and the commitment. */
    public static final FiatShamirSchnorr STRONG = new FiatShamirSchnorr(true);

    /** The weak transform (insecure, for the lesson): the challenge hashes the commitment only. */
    public static final FiatShamirSchnorr WEAK = new FiatShamirSchnorr(false);

    private final boolean hashesStatement;

    private FiatShamirSchnorr(boolean hashesStatement) {
        this.hashesStatement = hashesStatement;
    }

    /** True for {@link #STRONG}. */
    public boolean hashesStatement() {
        return hashesStatement;
    }

    /**
     * The challenge for a commitment:
     * STRONG: transcript "zkopml/schnorr-pok" absorbing group name, G, q, X, then T, challenge "c" mod q;
     * WEAK: transcript "zkopml/schnorr-pok-weak" absorbing T only, challenge "c" mod q.
     */
    public <P> Challenge challenge(Statement<P> statement, Commitment<P> commitment) {
        PrimeOrderGroup<P> group = statement.group();
        Transcript transcript;
        if (hashesStatement) {
            transcript = Transcript.start("zkopml/schnorr-pok")
                    .absorb("group", group.name())
                    .absorb("G", group.encode(group.generator()))
                    .absorb("q", group.order().toByteArray())
                    .absorb("X", group.encode(statement.publicKey()));
        } else {
            transcript = Transcript.start("zkopml/schnorr-pok-weak");
        }
        transcript.absorb("T", group.encode(commitment.t()));
        return new Challenge(transcript.challenge("c", group.order()));
    }

    /** A proof of knowledge of x with X = x·G: T = r·G, c = H(…), s = r + c·x. */
    public <P> SchnorrProof<P> prove(Statement<P> statement, Witness witness, RandomGenerator random) {
        SchnorrProver<P> prover = new SchnorrProver<>(statement, witness, random);
        Commitment<P> commitment = prover.commit();
        return new SchnorrProof<>(commitment, prover.respond(challenge(statement, commitment)));
    }

    /** Recomputes c from the transcript and checks s·G = T + c·X. */
    public <P> Verdict<Void> verify(Statement<P> statement, SchnorrProof<P> proof) {
        if (statement == null || proof == null) return Verdict.reject("missing statement or proof");
        PrimeOrderGroup<P> group = statement.group();
        if (!group.isElement(statement.publicKey())) return Verdict.reject("the public key X is not an element of " + group.name());
        if (!group.isElement(proof.commitment().t())) return Verdict.reject("the commitment T is not an element of " + group.name());
        Challenge c = challenge(statement, proof.commitment());
        return SchnorrVerifier.check(statement, proof.commitment(), c, proof.response());
    }

    @Override
    public String toString() {
        return hashesStatement ? "Fiat–Shamir (strong: c = H(statement, T))" : "Fiat–Shamir (weak: c = H(T))";
    }
}
