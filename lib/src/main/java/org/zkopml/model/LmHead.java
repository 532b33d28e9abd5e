package org.zkopml.model;

/**
 * The language-model head: the final RMSNorm of the <em>last</em> position's row and the unembedding,
 * {@code logits = W_U·RMSNorm(x_{T−1})} (V raw accumulators at scale 2^(A + s_U), not requantized: the argmax
 * that follows reads them as they are). Its output is the next-token scores.
 *
 * @param context     T
 * @param norm        the final RMSNorm's gains
 * @param unembedding W_U, V × d
 */
public record LmHead(int context, RmsNorm norm, Int8Matrix unembedding) implements Layer {
    /** Validates the shapes. */
    public LmHead {
        if (context < 1) throw new IllegalArgumentException("context must be at least 1");
        if (norm.width() != unembedding.cols()) throw new IllegalArgumentException("the final norm and the unembedding differ in width");
    }

    /** Model width d. */
    public int width() {
        return norm.width();
    }

    /** Vocabulary size V. */
    public int vocabulary() {
        return unembedding.rows();
    }

    /** The final RMSNorm of the last row (one row). */
    public BlockTrace.Norm normOfLast(long[] x) {
        int d = width();
        if (x.length != context * d) throw new IllegalArgumentException("LM head takes " + context * d + " values, got " + x.length);
        long[] last = java.util.Arrays.copyOfRange(x, (context - 1) * d, context * d);
        return TransformerBlock.norm(last, norm);
    }

    /** The logits of the next token. */
    public long[] logits(long[] x) {
        return unembedding.times(normOfLast(x).output().output());
    }

    @Override
    public int inputWidth() {
        return context * width();
    }

    @Override
    public int outputWidth(int width) {
        return vocabulary();
    }

    /** {@link Layer#CHECKED_AT_RUN_TIME}. */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        return CHECKED_AT_RUN_TIME;
    }

    @Override
    public long parameters() {
        return unembedding.parameters() + width();
    }

    @Override
    public long macs() {
        return unembedding.parameters();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLmHead(this);
    }

    @Override
    public String toString() {
        return "LmHead[" + width() + "→" + vocabulary() + "]";
    }
}
