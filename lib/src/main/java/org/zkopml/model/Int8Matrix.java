package org.zkopml.model;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An int8 weight matrix with a power-of-two scale: entry {@code W[j][i]} (row j = output unit, column i = input)
 * stands for the real {@code W[j][i] / 2^shift}. Stored as one byte per weight, row-major, so a model's memory
 * grows with bytes of weights. The product {@code acc_j = Σ_i W[j][i]·x_i} is exact (overflow throws); the
 * layer that owns the matrix requantizes it by {@code shift}.
 *
 * @param rows   output units (≥ 1)
 * @param cols   input width (≥ 1)
 * @param values {@code rows·cols} bytes, row-major, each in −127..127 (−128 is not used, so that negation stays int8)
 * @param shift  the scale exponent, 0..30
 */
public record Int8Matrix(int rows, int cols, byte[] values, int shift) {
    /** Validates the shape, the range and the shift; keeps {@code values} without copying (see {@link #of}). */
    public Int8Matrix {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("an int8 matrix needs at least one row and column");
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException("an int8 matrix of " + rows + "×" + cols + " needs " + (long) rows * cols + " values, got " + values.length);
        }
        if (shift < 0 || shift > 30) throw new IllegalArgumentException("weight scale shift must be in 0..30, got " + shift);
        for (int k = 0; k < values.length; k++) {
            if (values[k] == Byte.MIN_VALUE) throw new IllegalArgumentException("int8 weight " + k + " is −128; weights are in −127..127");
        }
    }

    /** A matrix over a copy of {@code values}. */
    public static Int8Matrix of(int rows, int cols, byte[] values, int shift) {
        return new Int8Matrix(rows, cols, values.clone(), shift);
    }

    /** A copy of the values (row-major). For large matrices prefer {@link #view()}. */
    @Override
    public byte[] values() {
        return values.clone();
    }

    /** The values as a read-only buffer, without copying. */
    public ByteBuffer view() {
        return ByteBuffer.wrap(values).asReadOnlyBuffer();
    }

    /** {@code W[j][i]}. */
    public int at(int j, int i) {
        return values[j * cols + i];
    }

    /** Number of weights. */
    public long parameters() {
        return (long) rows * cols;
    }

    /** Largest |x| for which a row's sum cannot leave 62 bits, so the exact checks can be skipped. */
    private long safeInput() {
        return (1L << 62) / (127L * cols);
    }

    /** {@code acc_j = Σ_i W[j][i]·x[off+i]} for every row j, into {@code y[yOff + j]}; exact (overflow throws). */
    public void times(long[] x, int off, long[] y, int yOff) {
        long max = 0;
        for (int i = 0; i < cols; i++) max = Math.max(max, Math.abs(x[off + i]));
        boolean safe = max <= safeInput();
        for (int j = 0; j < rows; j++) {
            int base = j * cols;
            long acc = 0;
            if (safe) {
                for (int i = 0; i < cols; i++) acc += values[base + i] * x[off + i];
            } else {
                for (int i = 0; i < cols; i++) acc = Math.addExact(acc, Math.multiplyExact((long) values[base + i], x[off + i]));
            }
            y[yOff + j] = acc;
        }
    }

    /** {@code W·x} as a new vector. */
    public long[] times(long[] x) {
        if (x.length != cols) throw new IllegalArgumentException("matrix takes width " + cols + ", got " + x.length);
        long[] y = new long[rows];
        times(x, 0, y, 0);
        return y;
    }

    /** The entries as reals, {@code W[j][i] / 2^shift}. */
    public double[][] toDoubles() {
        double[][] w = new double[rows][cols];
        for (int j = 0; j < rows; j++) for (int i = 0; i < cols; i++) w[j][i] = Math.scalb((double) at(j, i), -shift);
        return w;
    }

    /**
     * The largest shift s ≤ {@code maxShift} with {@code round(max|w|·2^s) ≤ 127}: the scale that uses the int8 range
     * best (0 when the values are too large even at s = 0, which {@link #quantize} then rejects).
     */
    public static int shiftFor(double maxAbs, int maxShift) {
        int s = 0;
        while (s < maxShift && Math.round(Math.scalb(maxAbs, s + 1)) <= 127) s++;
        return s;
    }

    /** Quantizes real weights at the best power-of-two scale ≤ 2^maxShift: {@code round(w·2^s)}. */
    public static Int8Matrix quantize(double[][] w, int maxShift) {
        double max = 0;
        for (double[] row : w) for (double v : row) max = Math.max(max, Math.abs(v));
        return quantizeAt(w, shiftFor(max, maxShift));
    }

    /** Quantizes real weights at scale 2^shift: {@code round(w·2^shift)}, which must lie in −127..127. */
    public static Int8Matrix quantizeAt(double[][] w, int shift) {
        int rows = w.length, cols = w[0].length;
        byte[] v = new byte[rows * cols];
        for (int j = 0; j < rows; j++) {
            if (w[j].length != cols) throw new IllegalArgumentException("ragged weight matrix at row " + j);
            for (int i = 0; i < cols; i++) {
                long q = Math.round(Math.scalb(w[j][i], shift));
                if (q < -127 || q > 127) throw new IllegalArgumentException("weight " + w[j][i] + " does not fit int8 at scale 2^" + shift);
                v[j * cols + i] = (byte) q;
            }
        }
        return new Int8Matrix(rows, cols, v, shift);
    }

    /** A matrix of weights uniform in −127..127, drawn from {@code random}. */
    public static Int8Matrix random(SplittableRandom random, int rows, int cols, int shift) {
        byte[] v = new byte[Math.multiplyExact(rows, cols)];
        int k = 0;
        while (k < v.length) {
            long bits = random.nextLong();
            for (int b = 0; b < 8 && k < v.length; b++, bits >>>= 8) {
                int x = (int) (bits & 0xFF);
                if (x != 0x80) v[k++] = (byte) x;       // reject −128: uniform on −127..127
            }
        }
        return new Int8Matrix(rows, cols, v, shift);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Int8Matrix m && rows == m.rows && cols == m.cols && shift == m.shift && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * rows + cols) + shift) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Int8Matrix[" + rows + "×" + cols + ", 2^-" + shift + "]";
    }
}
