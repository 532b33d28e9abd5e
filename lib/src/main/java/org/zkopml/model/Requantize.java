package org.zkopml.model;

/**
 * Rescaling by a power of two, element-wise: {@code y = (x + 2^(s-1)) >> s} with an arithmetic
 * (sign-preserving) right shift, which is {@code floor(x / 2^s + 1/2)}: round half up, towards
 * +∞ on ties (so 2.5 → 3 and -2.5 → -2). With {@code s = 0} it is the identity. It takes values at
 * scale {@code 2^(a+s)} back to scale {@code 2^a}.
 *
 * @param shift the number of bits {@code s} dropped, 0..62
 */
public record Requantize(int shift) implements ParameterFreeLayer {
    /** Validates the shift. */
    public Requantize {
        if (shift < 0 || shift > 62) {
            throw new IllegalArgumentException("requantize shift must be in 0..62, got " + shift);
        }
    }

    /** The rounding rule on one value: {@code (x + 2^(s-1)) >> s}; throws if the addition overflows. */
    public long apply(long x) {
        return round(x, shift);
    }

    /** The kit's requantization rule {@code (x + 2^(s-1)) >> s} for any shift 0..62 (round half up). */
    public static long round(long x, int shift) {
        if (shift == 0) return x;
        return Math.addExact(x, 1L << (shift - 1)) >> shift;
    }

    @Override
    public int outputWidth(int width) {
        return width;
    }

    /** {@code (M + 2^(s-1)) >> s}, which bounds the output for inputs in {@code [-M, M]}. */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        if (shift == 0) return inputMaxAbs;
        if (inputMaxAbs > Long.MAX_VALUE - (1L << (shift - 1))) return -1;
        return (inputMaxAbs + (1L << (shift - 1))) >> shift;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitRequantize(this);
    }
}
