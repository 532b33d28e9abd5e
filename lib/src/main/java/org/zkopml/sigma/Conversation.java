package org.zkopml.sigma;

/**
 * One run of the interactive protocol as the verifier saw it: (T, c, s). It is <em>accepting</em> for a
 * statement X when s·G = T + c·X. The simulator produces such conversations without the witness; the
 * extractor turns two of them with the same T into the witness.
 */
public record Conversation<P>(Commitment<P> commitment, Challenge challenge, Response response) {
    public Conversation {
        if (commitment == null || challenge == null || response == null) {
            throw new IllegalArgumentException("a conversation needs a commitment, a challenge and a response");
        }
    }
}
