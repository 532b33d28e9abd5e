package org.zkopml.curve;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The width-w non-adjacent form of an integer k ≥ 0: k = Σ dᵢ·2ⁱ with every non-zero digit odd,
 * |dᵢ| < 2^(w−1), and at least w − 1 zeros after each non-zero digit. Scalar multiplication then needs one
 * addition of a precomputed ±(odd multiple) per non-zero digit, about one per w + 1 bits. Width 2 is the
 * classic NAF (digits −1, 0, 1).
 */
public final class Naf {

    private Naf() {
    }

    /** The digits of k ≥ 0, least significant first (empty for k = 0). */
    public static int[] of(BigInteger k, int w) {
        if (k.signum() < 0 || w < 2 || w > 16) {
            throw new IllegalArgumentException("NAF needs k >= 0 and 2 <= w <= 16, got k = " + k + ", w = " + w);
        }
        int[] out = new int[k.bitLength() + 1];
        int n = 0, mod = 1 << w, half = 1 << (w - 1);
        while (k.signum() > 0) {
            int d = 0;
            if (k.testBit(0)) {
                d = k.intValue() & (mod - 1);                 // k mod 2^w, then centred to (−2^(w−1), 2^(w−1))
                if (d >= half) {
                    d -= mod;
                }
                k = k.subtract(BigInteger.valueOf(d));
            }
            out[n++] = d;
            k = k.shiftRight(1);
        }
        return Arrays.copyOf(out, n);
    }
}
