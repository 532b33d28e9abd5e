package org.zkopml.sigma;

import java.math.BigInteger;

/**
 * Schnorr's second message, verifier → prover: a uniform c ∈ Z_q (or, with Fiat–Shamir, a hash of the
 * statement and the commitment).
 *
 * @param c the challenge
 */
public record Challenge(BigInteger c) {
    public Challenge {
        if (c == null) throw new IllegalArgumentException("the challenge must not be null");
    }
}
