package org.zkopml.vm;

import java.util.HexFormat;

/**
 * What the one-step verifier concluded: the post-state hash, or a rejection with its reason.
 *
 * @param accepted whether the witness was valid for the pre-state hash
 * @param postHash the post-state hash (null when rejected)
 * @param reason   why it was rejected ("" when accepted)
 */
public record StepVerdict(boolean accepted, byte[] postHash, String reason) {
    public StepVerdict {
        if (accepted != (postHash != null)) throw new IllegalArgumentException("a verdict has a post-state hash exactly when it accepts");
        if (!accepted && (reason == null || reason.isBlank())) throw new IllegalArgumentException("a rejection needs a reason");
        postHash = postHash == null ? null : postHash.clone();
    }

    /** An accepted witness with its post-state hash. */
    public static StepVerdict post(byte[] postHash) {
        return new StepVerdict(true, postHash, "");
    }

    /** A rejected witness. */
    public static StepVerdict reject(String reason) {
        return new StepVerdict(false, null, reason);
    }

    @Override
    public byte[] postHash() {
        return postHash == null ? null : postHash.clone();
    }

    @Override
    public String toString() {
        return accepted ? "accepted: post-state 0x" + HexFormat.of().formatHex(postHash) : "rejected: " + reason;
    }
}
