package org.zkopml.model;

import java.util.Arrays;

/**
 * A fully connected integer layer {@code y_j = b_j + Σ_i W[j][i]·x_i}, computed exactly in 64-bit
 * arithmetic. With inputs at scale {@code 2^a} and weights at scale {@code 2^w}, biases are stored at
 * scale {@code 2^(a+w)} and the output is at scale {@code 2^(a+w)}.
 *
 * @param weights {@code out × in} weight matrix (rows are output units)
 * @param bias    {@code out} biases
 */
public record Dense(long[][] weights, long[] bias) implements Layer {
    /** Validates the shape and copies the arrays (the record is immutable). */
    public Dense {
        if (weights.length == 0 || weights[0].length == 0) {
            throw new IllegalArgumentException("dense layer needs at least one input and one output");
        }
        if (bias.length != weights.length) {
            throw new IllegalArgumentException("dense layer has " + weights.length + " rows but " + bias.length + " biases");
        }
        int in = weights[0].length;
        long[][] copy = new long[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            if (weights[j].length != in) {
                throw new IllegalArgumentException("dense layer row " + j + " has width " + weights[j].length + ", expected " + in);
            }
            copy[j] = weights[j].clone();
        }
        weights = copy;
        bias = bias.clone();
    }

    /** Number of output units. */
    public int outputs() {
        return weights.length;
    }

    /** Weight {@code W[j][i]}. */
    public long weight(int j, int i) {
        return weights[j][i];
    }

    /** The accumulator of output j: {@code b_j + Σ_i W[j][i]·x_i}, exact (overflow throws {@link ArithmeticException}). */
    public long accumulate(int j, long[] x) {
        long[] row = weights[j];
        long acc = bias[j];
        for (int i = 0; i < row.length; i++) acc = Math.addExact(acc, Math.multiplyExact(row[i], x[i]));
        return acc;
    }

    /** Bias {@code b_j}. */
    public long bias(int j) {
        return bias[j];
    }

    @Override
    public long[][] weights() {
        long[][] copy = new long[weights.length][];
        for (int j = 0; j < weights.length; j++) copy[j] = weights[j].clone();
        return copy;
    }

    @Override
    public long[] bias() {
        return bias.clone();
    }

    @Override
    public int inputWidth() {
        return weights[0].length;
    }

    @Override
    public int outputWidth(int width) {
        return weights.length;
    }

    /** {@code max_j (|b_j| + Σ_i |W_ji|·M)}, or -1 if it exceeds {@code Long.MAX_VALUE}. */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        try {
            long max = 0;
            for (int j = 0; j < weights.length; j++) {
                long sum = Math.absExact(bias[j]);
                for (long w : weights[j]) {
                    sum = Math.addExact(sum, Math.multiplyExact(Math.absExact(w), inputMaxAbs));
                }
                max = Math.max(max, sum);
            }
            return max;
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    @Override
    public long parameters() {
        return (long) weights.length * (weights[0].length + 1);
    }

    @Override
    public long macs() {
        return (long) weights.length * weights[0].length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dense d && Arrays.deepEquals(weights, d.weights) && Arrays.equals(bias, d.bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(weights) + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "Dense[" + inputWidth() + "→" + outputs() + "]";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDense(this);
    }
}
