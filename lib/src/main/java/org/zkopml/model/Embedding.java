package org.zkopml.model;

/**
 * Token and position embeddings, the first layer of a transformer: the input is T token ids, the output the
 * residual stream x (T rows of width d, row-major) with {@code x[t][i] = (E_tok[id_t][i] + E_pos[t][i]) << (A − s)},
 * where s is the tables' common scale exponent (at most A = {@value TransformerArithmetic#ACTIVATION_BITS}).
 * An id outside 0..V−1 is rejected.
 *
 * @param tokens    E_tok, V × d
 * @param positions E_pos, T × d (same scale as E_tok)
 */
public record Embedding(Int8Matrix tokens, Int8Matrix positions) implements Layer {
    /** Validates the shapes and scales. */
    public Embedding {
        if (tokens.cols() != positions.cols()) throw new IllegalArgumentException("token and position embeddings differ in width");
        if (tokens.shift() != positions.shift()) throw new IllegalArgumentException("token and position embeddings differ in scale");
        if (tokens.shift() > TransformerArithmetic.ACTIVATION_BITS) {
            throw new IllegalArgumentException("embedding scale 2^" + tokens.shift() + " is finer than the activations' 2^" + TransformerArithmetic.ACTIVATION_BITS);
        }
    }

    /** Vocabulary size V. */
    public int vocabulary() {
        return tokens.rows();
    }

    /** Context length T. */
    public int context() {
        return positions.rows();
    }

    /** Model width d. */
    public int width() {
        return tokens.cols();
    }

    /** The left shift A − s that brings embeddings to the activation scale. */
    public int shift() {
        return TransformerArithmetic.ACTIVATION_BITS - tokens.shift();
    }

    /** The residual stream of the ids (checked to be in 0..V−1). */
    public long[] embed(long[] ids) {
        int t = context(), d = width();
        if (ids.length != t) throw new IllegalArgumentException("embedding takes " + t + " token ids, got " + ids.length);
        long[] x = new long[t * d];
        for (int p = 0; p < t; p++) {
            long id = ids[p];
            if (id < 0 || id >= vocabulary()) throw new IllegalArgumentException("token id " + id + " at position " + p + " is outside 0.." + (vocabulary() - 1));
            for (int i = 0; i < d; i++) x[p * d + i] = (long) (tokens.at((int) id, i) + positions.at(p, i)) << shift();
        }
        return x;
    }

    @Override
    public int inputWidth() {
        return context();
    }

    @Override
    public int outputWidth(int width) {
        return context() * width();
    }

    /** {@code 254 · 2^(A − s)}: the largest sum of two int8 values, shifted. */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        return 254L << shift();
    }

    @Override
    public long parameters() {
        return tokens.parameters() + positions.parameters();
    }

    @Override
    public long macs() {
        return 0;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitEmbedding(this);
    }

    @Override
    public String toString() {
        return "Embedding[" + vocabulary() + "×" + width() + ", T=" + context() + "]";
    }
}
