package org.zkopml.sigma;

/**
 * A non-interactive Schnorr proof (T, s): the verifier recomputes the challenge c from a transcript
 * instead of sending it (see {@link FiatShamirSchnorr}).
 *
 * @param commitment T = r·G
 * @param response   s = r + c·x mod q
 */
public record SchnorrProof<P>(Commitment<P> commitment, Response response) {
    public SchnorrProof {
        if (commitment == null || response == null) throw new IllegalArgumentException("a proof needs a commitment and a response");
    }
}
