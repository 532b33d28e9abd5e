package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

/**
 * The embedding ℤ → F_r, x ↦ x mod r, of the model's 64-bit integers, fast: a signed {@code long} is
 * cut into four 16-bit digits and its image is the sum of four table entries
 * {@code T_j[d] = d·2^(16j)} (a negative x is the negation of |x|'s image). The tables are filled once by
 * repeated addition. For |x| &lt; 2^63 ≪ r the map is injective and respects + and ·, so an integer
 * identity such as {@code y = W·x + b} (whose values never leave 64 bits, see
 * {@code model.IntegerInference}) holds in ℤ exactly when its image holds in F_r.
 */
public final class IntegerEmbedding {
    private static final int DIGIT = 16;
    private static final Fr[][] TABLES = tables();

    private IntegerEmbedding() {}

    private static Fr[][] tables() {
        Fr[][] t = new Fr[4][1 << DIGIT];
        Fr step = Fr.ONE;
        for (int j = 0; j < 4; j++) {
            t[j][0] = Fr.ZERO;
            for (int d = 1; d < 1 << DIGIT; d++) t[j][d] = t[j][d - 1].add(step);
            step = t[j][(1 << DIGIT) - 1].add(step);   // 2^(16(j+1))
        }
        return t;
    }

    /** x mod r. */
    public static Fr of(long x) {
        if (x == Long.MIN_VALUE) return Fr.of(x);
        long a = Math.abs(x);
        Fr v = TABLES[0][(int) (a & 0xFFFF)];
        if (a >>> 16 != 0) {
            v = v.add(TABLES[1][(int) ((a >>> 16) & 0xFFFF)]);
            if (a >>> 32 != 0) {
                v = v.add(TABLES[2][(int) ((a >>> 32) & 0xFFFF)]).add(TABLES[3][(int) (a >>> 48)]);
            }
        }
        return x < 0 ? v.neg() : v;
    }

    /** Every entry of a vector, embedded. */
    public static Fr[] of(long[] xs) {
        Fr[] out = new Fr[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = of(xs[i]);
        return out;
    }
}
