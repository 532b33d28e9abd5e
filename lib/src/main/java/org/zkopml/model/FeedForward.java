package org.zkopml.model;

/**
 * The MLP of a transformer block: {@code h = max(0, rq(W_1·u, s_1))}, {@code y = rq(W_2·h, s_2)} (ReLU, no biases).
 *
 * @param up   W_1, f × d
 * @param down W_2, d × f
 */
public record FeedForward(Int8Matrix up, Int8Matrix down) {
    /** Validates the shapes. */
    public FeedForward {
        if (down.cols() != up.rows() || down.rows() != up.cols()) {
            throw new IllegalArgumentException("feed-forward matrices " + up + " and " + down + " do not chain");
        }
    }

    /** The model width d. */
    public int width() {
        return up.cols();
    }

    /** The hidden width f. */
    public int hidden() {
        return up.rows();
    }

    /** Number of weights: 2·d·f. */
    public long parameters() {
        return up.parameters() + down.parameters();
    }
}
