package org.zkopml.model;

/**
 * The class decision: the <em>first</em> index {@code k} with {@code x_k = max_i x_i} (ties go to the
 * lowest index). The output is the one-element vector {@code [k]}; it must be the model's last layer.
 */
public record Argmax() implements ParameterFreeLayer {
    /** The first index of the maximum of {@code x}. */
    public static int of(long[] x) {
        if (x.length == 0) throw new IllegalArgumentException("argmax of an empty vector");
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) best = i;
        }
        return best;
    }

    @Override
    public int outputWidth(int width) {
        return 1;
    }

    /**
     * Not a function of the input range: the output is an index, bounded by the input width minus
     * one, which is what {@link QuantizedModel#valueBits()} uses.
     */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        return Integer.MAX_VALUE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitArgmax(this);
    }
}
