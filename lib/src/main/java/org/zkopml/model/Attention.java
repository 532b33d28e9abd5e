package org.zkopml.model;

/**
 * Causal multi-head self-attention over a context of T positions, width d, h heads of width d_h = d/h:
 * {@code q = rq(W_q·u, s_q)}, likewise k and v (rows of W_q, W_k, W_v are grouped by head: rows
 * h·d_h .. (h+1)·d_h − 1 belong to head h); per head and position t, scores
 * {@code z_{t,t'} = rq(q_t·k_t', 2A + c − E)} for t' ≤ t, the integer softmax p of
 * {@link TransformerArithmetic#softmax}, {@code o_t = rq(Σ_{t'≤t} p_{t,t'}·v_t', P)}; finally
 * {@code y = rq(W_o·o, s_o)}.
 *
 * @param heads  number of heads h (dividing d)
 * @param query  W_q, d × d
 * @param key    W_k, d × d
 * @param value  W_v, d × d
 * @param output W_o, d × d
 */
public record Attention(int heads, Int8Matrix query, Int8Matrix key, Int8Matrix value, Int8Matrix output) {
    /** Validates the shapes. */
    public Attention {
        int d = query.cols();
        if (heads < 1 || d % heads != 0) throw new IllegalArgumentException("width " + d + " is not a multiple of " + heads + " heads");
        for (Int8Matrix m : new Int8Matrix[] {query, key, value, output}) {
            if (m.rows() != d || m.cols() != d) throw new IllegalArgumentException("attention matrices must be " + d + "×" + d + ", got " + m);
        }
    }

    /** The model width d. */
    public int width() {
        return query.cols();
    }

    /** The head width d_h = d / h. */
    public int headWidth() {
        return width() / heads;
    }

    /** Number of weights: 4·d². */
    public long parameters() {
        return query.parameters() + key.parameters() + value.parameters() + output.parameters();
    }
}
