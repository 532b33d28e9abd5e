package org.zkopml.sigma;

import java.math.BigInteger;

/**
 * Schnorr's third message, prover → verifier: s = r + c·x mod q.
 *
 * @param s the response
 */
public record Response(BigInteger s) {
    public Response {
        if (s == null) throw new IllegalArgumentException("the response must not be null");
    }
}
