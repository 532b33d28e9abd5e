package org.zkopml.commit;

/**
 * A verifier's decision with its reason: accepted, or rejected because of the first check that failed.
 * Returned by the kit's verifiers (KZG openings, Schnorr proofs) instead of a bare boolean.
 *
 * @param accepted true iff every check passed
 * @param reason   what was checked (when accepted) or which check failed (when rejected)
 */
public record Verdict(boolean accepted, String reason) {
    public Verdict {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a verdict needs a reason");
    }

    /** Accepted, saying what held. */
    public static Verdict accept(String what) {
        return new Verdict(true, what);
    }

    /** Rejected, saying why. */
    public static Verdict reject(String why) {
        return new Verdict(false, why);
    }

    @Override
    public String toString() {
        return (accepted ? "accept: " : "reject: ") + reason;
    }
}
