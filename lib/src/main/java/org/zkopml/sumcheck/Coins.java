package org.zkopml.sumcheck;

import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where a public-coin protocol's verifier challenges come from, and what the prover's messages are bound to. The
 * protocols of this package ({@link GptProver}/{@link GptVerifier}, {@link FractionSumcheck}, {@link PublicCoinSumcheck})
 * are written once against this interface and run two ways:
 * <ul>
 *   <li>{@link #interactive}: the verifier's coins are fresh random field elements drawn as the protocol goes
 *       (the interactive proof; messages are not hashed, since the prover cannot see a coin before it has sent the
 *       message that precedes it);</li>
 *   <li>{@link #fiatShamir}: every message is absorbed into a {@link Transcript} and each coin is squeezed from it
 *       (Fiat–Shamir: the same protocol made non-interactive, a coin now a hash of everything sent before it).</li>
 * </ul>
 * Prover and verifier call the same absorbs and challenges in the same order; an interactive run is replayed by
 * giving the verifier the same coins.
 */
public interface Coins {
    /** Binds a field element the prover sent. */
    void absorb(String label, Fr x);

    /** Binds a group element the prover sent (or a public one). */
    void absorb(String label, G1 p);

    /** Binds raw bytes (public data: shapes, the input, the output). */
    void absorb(String label, byte[] bytes);

    /** The next challenge, a field element. */
    Fr challenge(String label);

    /** Binds a small non-negative integer (a count or a size) as a 32-byte word. */
    default void absorb(String label, long n) {
        absorb(label, Transcript.word(BigInteger.valueOf(n)));
    }

    /** n challenges in a row under one label. */
    default List<Fr> challenges(String label, int n) {
        List<Fr> c = new ArrayList<>(n);
        for (int i = 0; i < n; i++) c.add(challenge(label));
        return c;
    }

    /** Fiat–Shamir: messages absorbed into {@code transcript}, coins squeezed from it. */
    static Coins fiatShamir(Transcript transcript) {
        return new Coins() {
            @Override
            public void absorb(String label, Fr x) {
                transcript.absorb(label, x);
            }

            @Override
            public void absorb(String label, G1 p) {
                transcript.absorb(label, p);
            }

            @Override
            public void absorb(String label, byte[] bytes) {
                transcript.absorb(label, bytes);
            }

            @Override
            public Fr challenge(String label) {
                return transcript.challengeFr(label);
            }
        };
    }

    /**
     * The interactive verifier's coins: uniform field elements from {@code random}, independent of the messages.
     * Give the prover and the verifier generators with the same seed to replay one interactive execution.
     */
    static Coins interactive(RandomGenerator random) {
        return new Coins() {
            @Override
            public void absorb(String label, Fr x) {
            }

            @Override
            public void absorb(String label, G1 p) {
            }

            @Override
            public void absorb(String label, byte[] bytes) {
            }

            @Override
            public Fr challenge(String label) {
                return Fr.random(random);
            }
        };
    }
}
