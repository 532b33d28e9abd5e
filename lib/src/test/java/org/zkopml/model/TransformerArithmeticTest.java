package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The transformer's integer rules, each against a hand computation or an independent one (BigInteger, Math.exp). */
class TransformerArithmeticTest {
    @Test
    void isqrtIsTheFloorOfTheSquareRoot() {
        assertEquals(0, TransformerArithmetic.isqrt(0));
        assertEquals(1, TransformerArithmetic.isqrt(3));
        assertEquals(2, TransformerArithmetic.isqrt(4));
        assertEquals(905, TransformerArithmetic.isqrt(819201));
        assertEquals(3037000499L, TransformerArithmetic.isqrt(Long.MAX_VALUE));
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            long m = i < 10_000 ? r.nextLong(1L << 20) : r.nextLong(Long.MAX_VALUE);
            assertEquals(BigInteger.valueOf(m).sqrt().longValueExact(), TransformerArithmetic.isqrt(m), "isqrt(" + m + ")");
        }
        assertThrows(ArithmeticException.class, () -> TransformerArithmetic.isqrt(-1));
    }

    @Test
    void theExponentTableIsRoundOfTwoToThe16TimesExp() {
        assertEquals(65536, TransformerArithmetic.exp(0));
        assertEquals(24109, TransformerArithmetic.exp(16), "2^16/e = 24109.1");
        assertEquals(0, TransformerArithmetic.exp(255));
        for (int d = 0; d < 256; d++) {
            assertEquals(Math.round(65536 * Math.exp(-d / 16.0)), TransformerArithmetic.exp(d), "EXP[" + d + "]");
            if (d > 0) assertTrue(TransformerArithmetic.exp(d) <= TransformerArithmetic.exp(d - 1), "the table decreases");
        }
        assertEquals(189, java.util.stream.IntStream.range(0, 256).filter(d -> TransformerArithmetic.exp(d) == 0).min().getAsInt(),
                "the first zero entry is 189, as the package documents");
    }

    @Test
    void softmaxByHand() {
        long[] p = new long[2], delta = new long[2], e = new long[2];
        assertEquals(131072, TransformerArithmetic.softmax(new long[] {0, 0}, 2, p, delta, e));
        assertArrayEquals(new long[] {32768, 32768}, p);
        long s = TransformerArithmetic.softmax(new long[] {16, 0}, 2, p, delta, e);
        assertEquals(65536 + 24109, s);
        assertArrayEquals(new long[] {0, 16}, delta);
        assertArrayEquals(new long[] {4294967296L / 89645, 24109L * 65536 / 89645}, p);
        assertArrayEquals(new long[] {47910, 17625}, p, "⌊e·2^16 / S⌋ worked out by hand");
        TransformerArithmetic.softmax(new long[] {1000, 0, 500}, 3, p = new long[3], delta = new long[3], e = new long[3]);
        assertArrayEquals(new long[] {0, 255, 255}, delta, "δ is clamped at 255");
        assertArrayEquals(new long[] {65536, 0, 0}, p);
    }

    @Test
    void softmaxRowsSumToAtMostOneAndFollowTheRuleOnRandomRows() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + r.nextInt(16);
            long[] z = new long[n];
            for (int j = 0; j < n; j++) z[j] = r.nextLong(-400, 400);
            long[] p = new long[n];
            long sum = TransformerArithmetic.softmax(z, n, p, null, null);
            long max = java.util.Arrays.stream(z).max().getAsLong();
            BigInteger s = BigInteger.ZERO;
            for (int j = 0; j < n; j++) s = s.add(BigInteger.valueOf(TransformerArithmetic.exp((int) Math.min(max - z[j], 255))));
            assertEquals(s.longValueExact(), sum);
            long total = 0;
            for (int j = 0; j < n; j++) {
                long e = TransformerArithmetic.exp((int) Math.min(max - z[j], 255));
                assertEquals(BigInteger.valueOf(e).shiftLeft(16).divide(s).longValueExact(), p[j]);
                total += p[j];
            }
            assertTrue(total <= 65536 && total > 65536 - n, "Σ p = " + total);
        }
    }

    @Test
    void rmsNormByHand() {
        RmsNorm unit = RmsNorm.unit(2, 6);
        long[] u = new long[2];
        TransformerArithmetic.NormStats st = TransformerArithmetic.rmsNorm(new long[] {3 * 256, 4 * 256}, 0, unit, u, 0);
        assertEquals(1638400, st.sumOfSquares());
        assertEquals(819201, st.meanSquare());
        assertEquals(905, st.root());
        assertEquals(1158, st.inverse());
        assertArrayEquals(new long[] {217, 290}, u, "3/√12.5·256 = 217.2, 4/√12.5·256 = 289.7");
        TransformerArithmetic.rmsNorm(new long[] {0, 0}, 0, unit, u, 0);
        assertArrayEquals(new long[] {0, 0}, u, "a zero row stays zero: m = 1, r = 1");
    }

    @Test
    void scoresDivideByTwoToTheHalfLogOfTheHeadWidth() {
        assertEquals(2, TransformerArithmetic.scoreScaleBits(16));
        assertEquals(3, TransformerArithmetic.scoreScaleBits(64));
        assertEquals(4, TransformerArithmetic.scoreScaleBits(128));
        assertEquals(0, TransformerArithmetic.scoreScaleBits(1));
        assertEquals(16 + 2 - 4, TransformerArithmetic.scoreShift(16));
    }
}
