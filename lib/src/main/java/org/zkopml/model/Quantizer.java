package org.zkopml.model;

import java.util.List;

/**
 * Float → fixed point with power-of-two scales (Q-format). A real {@code v} at scale {@code 2^s} is the
 * integer {@code round(v·2^s)} ({@link Math#round}: ties towards +∞). Inputs are standardised values
 * at scale {@code 2^s}, saturated to {@code inputBits = s + }{@link #INPUT_HEADROOM_BITS} signed bits;
 * weights are at {@code 2^s}; a dense layer's bias at {@code 2^(2s)}, so its accumulator is at
 * {@code 2^(2s)} and a {@link Requantize} by {@code s} brings it back to {@code 2^s}.
 * This class runs in floating point, before and outside the integer reference path.
 */
public final class Quantizer {
    /** Integer bits above the scale for inputs: standardised values up to ±2^7 are representable. */
    public static final int INPUT_HEADROOM_BITS = 8;

    private Quantizer() {}

    /** {@code round(v · 2^s)}; rejects values that do not fit in a {@code long}. */
    public static long fix(double v, int scaleBits) {
        double scaled = Math.scalb(v, scaleBits);
        if (!(Math.abs(scaled) < 0x1p62)) throw new IllegalArgumentException("value " + v + " overflows at scale 2^" + scaleBits);
        return Math.round(scaled);
    }

    /** The signed input width at a scale: {@code s + INPUT_HEADROOM_BITS}. */
    public static int inputBits(int scaleBits) {
        return scaleBits + INPUT_HEADROOM_BITS;
    }

    /** The largest input magnitude at a scale, {@code 2^(inputBits-1) - 1}. */
    public static long inputMaxAbs(int scaleBits) {
        checkScale(scaleBits);
        return (1L << (inputBits(scaleBits) - 1)) - 1;
    }

    /** Quantizes one standardised input row: {@code round(z_i·2^s)}, saturated to ±{@link #inputMaxAbs}. */
    public static long[] input(double[] z, int scaleBits) {
        long limit = inputMaxAbs(scaleBits);
        long[] q = new long[z.length];
        for (int i = 0; i < z.length; i++) {
            double clipped = Math.max(-limit, Math.min(limit, Math.scalb(z[i], scaleBits)));
            q[i] = Math.round(clipped);
        }
        return q;
    }

    /** A dense layer with weights at {@code 2^s} and biases at {@code 2^(2s)}. */
    public static Dense dense(double[][] w, double[] b, int scaleBits) {
        checkScale(scaleBits);
        long[][] qw = new long[w.length][];
        long[] qb = new long[b.length];
        for (int j = 0; j < w.length; j++) {
            qw[j] = new long[w[j].length];
            for (int i = 0; i < w[j].length; i++) qw[j][i] = fix(w[j][i], scaleBits);
            qb[j] = fix(b[j], 2 * scaleBits);
        }
        return new Dense(qw, qb);
    }

    /** Builds the model, turning an accumulator overflow into a clear error about the scale. */
    static QuantizedModel build(String name, List<String> labels, int scaleBits, int inputWidth, List<Layer> layers) {
        return new QuantizedModel(name, labels, scaleBits, inputWidth, inputBits(scaleBits), layers);
    }

    static void checkScale(int scaleBits) {
        if (scaleBits < 1 || scaleBits > 30) {
            throw new IllegalArgumentException("scale bits must be in 1..30, got " + scaleBits);
        }
    }

    static double[] affine(double[][] w, double[] b, double[] x) {
        if (x.length != w[0].length) throw new IllegalArgumentException("input has width " + x.length + ", expected " + w[0].length);
        double[] y = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double acc = b[j];
            for (int i = 0; i < x.length; i++) acc += w[j][i] * x[i];
            y[j] = acc;
        }
        return y;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = StrictMath.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }
}
