package org.zkopml.model;

import java.util.Arrays;

/**
 * The gains of an RMSNorm, {@code u_i = x_i / rms(x) · g_i}, as int8 values at scale 2^shift. The integer rule
 * ({@link TransformerArithmetic#rmsNorm}): {@code s = Σ x²}, {@code m = ⌊s/d⌋ + 1}, {@code r = ⌊√m⌋},
 * {@code inv = ⌊2^N / r⌋}, {@code u_i = rq(x_i·g_i·inv, N + shift − A)}.
 *
 * @param gain  d gains, each in −127..127
 * @param shift their scale exponent, 0..12
 */
public record RmsNorm(byte[] gain, int shift) {
    /** Validates and copies. */
    public RmsNorm {
        if (gain.length == 0) throw new IllegalArgumentException("an RMSNorm needs at least one gain");
        if (shift < 0 || shift > 12) throw new IllegalArgumentException("gain scale shift must be in 0..12, got " + shift);
        for (byte g : gain) if (g == Byte.MIN_VALUE) throw new IllegalArgumentException("gains are in −127..127");
        gain = gain.clone();
    }

    /** d unit gains: 2^shift at scale 2^shift. */
    public static RmsNorm unit(int width, int shift) {
        byte[] g = new byte[width];
        Arrays.fill(g, (byte) (1 << shift));
        return new RmsNorm(g, shift);
    }

    /** Quantizes real gains at the best power-of-two scale ≤ 2^6. */
    public static RmsNorm quantize(double[] gains) {
        Int8Matrix m = Int8Matrix.quantize(new double[][] {gains}, 6);
        return new RmsNorm(m.values(), m.shift());
    }

    @Override
    public byte[] gain() {
        return gain.clone();
    }

    /** Gain i. */
    public int gain(int i) {
        return gain[i];
    }

    /** The row width d. */
    public int width() {
        return gain.length;
    }

    /** The gains as reals. */
    public double[] toDoubles() {
        double[] g = new double[gain.length];
        for (int i = 0; i < g.length; i++) g[i] = Math.scalb((double) gain[i], -shift);
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RmsNorm n && shift == n.shift && Arrays.equals(gain, n.gain);
    }

    @Override
    public int hashCode() {
        return 31 * shift + Arrays.hashCode(gain);
    }

    @Override
    public String toString() {
        return "RmsNorm[" + gain.length + ", 2^-" + shift + "]";
    }
}
