package org.zkopml.model;

/**
 * The shape of a decoder-only transformer (a GPT): vocabulary V, context T, width d, h heads, MLP width f and
 * L blocks. Parameters: {@code V·d} token and {@code T·d} position embeddings, per block {@code 4d² + 2df + 2d}
 * (attention, MLP, two RMSNorm gains), the final gains d and the untied unembedding {@code V·d}.
 *
 * @param vocabulary V ≥ 2
 * @param context    T ≥ 1
 * @param width      d ≥ 1, a multiple of heads
 * @param heads      h ≥ 1
 * @param hidden     f ≥ 1
 * @param layers     L ≥ 1
 */
public record GptConfig(int vocabulary, int context, int width, int heads, int hidden, int layers) {
    /** Validates. */
    public GptConfig {
        if (vocabulary < 2 || context < 1 || width < 1 || heads < 1 || hidden < 1 || layers < 1) {
            throw new IllegalArgumentException("a GPT needs V ≥ 2 and T, d, h, f, L ≥ 1");
        }
        if (width % heads != 0) throw new IllegalArgumentException("width " + width + " is not a multiple of " + heads + " heads");
    }

    /** The head width d_h = d / h. */
    public int headWidth() {
        return width / heads;
    }

    /** Parameters of one block: {@code 4d² + 2df + 2d}. */
    public long blockParameters() {
        long d = width;
        return 4 * d * d + 2 * d * hidden + 2 * d;
    }

    /** All parameters. */
    public long parameters() {
        long d = width;
        return (long) vocabulary * d + (long) context * d + layers * blockParameters() + d + (long) vocabulary * d;
    }

    /**
     * Multiply–accumulates of one forward pass over T positions with the head on the last one: weights
     * {@code T·L·(4d² + 2df) + V·d}, plus attention's activation products {@code L·T(T+1)·d}.
     */
    public long macs() {
        long d = width, t = context;
        return t * layers * (4 * d * d + 2 * d * hidden) + (long) vocabulary * d + layers * t * (t + 1) * d;
    }

    @Override
    public String toString() {
        return "V=" + vocabulary + " T=" + context + " d=" + width + " h=" + heads + " f=" + hidden + " L=" + layers;
    }
}
