package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The transformer layers against an independent implementation written here: two-dimensional arrays, BigInteger
 * arithmetic throughout and the rules read off the package documentation, on seeded random GPTs.
 */
class TransformerReferenceTest {
    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** rq(x, s) = ⌊(x + 2^(s−1)) / 2^s⌋. */
    private static BigInteger rq(BigInteger x, int s) {
        return s == 0 ? x : x.add(BigInteger.ONE.shiftLeft(s - 1)).shiftRight(s);
    }

    private static BigInteger[][] matVec(Int8Matrix w, BigInteger[][] x) {
        BigInteger[][] y = new BigInteger[x.length][w.rows()];
        for (int t = 0; t < x.length; t++) {
            for (int j = 0; j < w.rows(); j++) {
                BigInteger s = BigInteger.ZERO;
                for (int i = 0; i < w.cols(); i++) s = s.add(big(w.at(j, i)).multiply(x[t][i]));
                y[t][j] = rq(s, w.shift());
            }
        }
        return y;
    }

    private static BigInteger[][] norm(RmsNorm g, BigInteger[][] x) {
        int d = g.width();
        BigInteger[][] u = new BigInteger[x.length][d];
        for (int t = 0; t < x.length; t++) {
            BigInteger s = BigInteger.ZERO;
            for (BigInteger v : x[t]) s = s.add(v.multiply(v));
            BigInteger r = s.divide(big(d)).add(BigInteger.ONE).sqrt();
            BigInteger inv = BigInteger.ONE.shiftLeft(20).divide(r);
            for (int i = 0; i < d; i++) u[t][i] = rq(x[t][i].multiply(big(g.gain(i))).multiply(inv), 20 + g.shift() - 8);
        }
        return u;
    }

    private static BigInteger[][] block(TransformerBlock b, BigInteger[][] x) {
        int t = x.length, d = b.width(), h = b.attention().heads(), dh = d / h;
        BigInteger[][] u = norm(b.attentionNorm(), x);
        BigInteger[][] q = matVec(b.attention().query(), u), k = matVec(b.attention().key(), u), v = matVec(b.attention().value(), u);
        int c = (31 - Integer.numberOfLeadingZeros(dh) + 1) / 2;
        BigInteger[][] o = new BigInteger[t][d];
        for (int head = 0; head < h; head++) {
            for (int a = 0; a < t; a++) {
                BigInteger[] z = new BigInteger[a + 1];
                BigInteger max = null;
                for (int bb = 0; bb <= a; bb++) {
                    BigInteger dot = BigInteger.ZERO;
                    for (int j = 0; j < dh; j++) dot = dot.add(q[a][head * dh + j].multiply(k[bb][head * dh + j]));
                    z[bb] = rq(dot, 16 + c - 4);
                    max = max == null ? z[bb] : max.max(z[bb]);
                }
                BigInteger[] e = new BigInteger[a + 1];
                BigInteger s = BigInteger.ZERO;
                for (int bb = 0; bb <= a; bb++) {
                    int delta = max.subtract(z[bb]).min(big(255)).intValueExact();
                    e[bb] = big(Math.round(65536 * Math.exp(-delta / 16.0)));
                    s = s.add(e[bb]);
                }
                for (int j = 0; j < dh; j++) {
                    BigInteger acc = BigInteger.ZERO;
                    for (int bb = 0; bb <= a; bb++) acc = acc.add(e[bb].shiftLeft(16).divide(s).multiply(v[bb][head * dh + j]));
                    o[a][head * dh + j] = rq(acc, 16);
                }
            }
        }
        BigInteger[][] y = matVec(b.attention().output(), o);
        BigInteger[][] mid = new BigInteger[t][d];
        for (int a = 0; a < t; a++) for (int i = 0; i < d; i++) mid[a][i] = x[a][i].add(y[a][i]);
        BigInteger[][] hid = matVec(b.mlp().up(), norm(b.mlpNorm(), mid));
        for (BigInteger[] row : hid) for (int i = 0; i < row.length; i++) row[i] = row[i].max(BigInteger.ZERO);
        BigInteger[][] down = matVec(b.mlp().down(), hid);
        BigInteger[][] out = new BigInteger[t][d];
        for (int a = 0; a < t; a++) for (int i = 0; i < d; i++) out[a][i] = mid[a][i].add(down[a][i]);
        return out;
    }

    /** The next token's logits by the independent implementation. */
    static long[] naiveLogits(QuantizedModel m, long[] ids) {
        List<Layer> layers = m.layers();
        Embedding e = (Embedding) layers.get(0);
        int t = e.context(), d = e.width();
        BigInteger[][] x = new BigInteger[t][d];
        for (int a = 0; a < t; a++) {
            for (int i = 0; i < d; i++) x[a][i] = big(e.tokens().at((int) ids[a], i) + e.positions().at(a, i)).shiftLeft(8 - e.tokens().shift());
        }
        for (int l = 1; l < layers.size() - 2; l++) x = block((TransformerBlock) layers.get(l), x);
        LmHead head = (LmHead) layers.get(layers.size() - 2);
        BigInteger[][] u = norm(head.norm(), new BigInteger[][] {x[t - 1]});
        Int8Matrix w = head.unembedding();
        long[] z = new long[w.rows()];
        for (int j = 0; j < w.rows(); j++) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < w.cols(); i++) s = s.add(big(w.at(j, i)).multiply(u[0][i]));
            z[j] = s.longValueExact();
        }
        return z;
    }

    @Test
    void randomGptsEqualTheIndependentImplementation() {
        SplittableRandom r = new SplittableRandom(11);
        GptConfig[] shapes = {new GptConfig(17, 5, 8, 2, 16, 2), new GptConfig(40, 7, 16, 1, 24, 1), new GptConfig(9, 3, 12, 3, 8, 3)};
        for (GptConfig c : shapes) {
            QuantizedModel m = RandomGpt.of("random", c, r.nextLong());
            for (int trial = 0; trial < 6; trial++) {
                long[] ids = RandomGpt.prompt(c, r.nextLong());
                assertArrayEquals(naiveLogits(m, ids), m.logits(ids), c + " prompt " + java.util.Arrays.toString(ids));
            }
        }
    }

    @Test
    void theTraceHoldsTheValuesItsRecordNames() {
        QuantizedModel m = RandomGpt.of("random", new GptConfig(17, 5, 8, 2, 16, 1), 4);
        TransformerBlock b = (TransformerBlock) m.layers().get(1);
        long[] x = m.infer(RandomGpt.prompt(new GptConfig(17, 5, 8, 2, 16, 1), 9)).output(0);
        BlockTrace tr = b.trace(x);
        for (BlockTrace.Rounding rd : List.of(tr.query(), tr.key(), tr.value(), tr.scores(), tr.mixed(), tr.attended(), tr.up(), tr.down(),
                tr.norm1().output(), tr.norm2().output())) {
            for (int i = 0; i < rd.output().length; i++) {
                long rem = rd.remainder(i);
                assertTrue(rem >= 0 && rem < 1L << rd.shift(), "remainder " + rem + " of shift " + rd.shift());
            }
        }
        int t = 5;
        for (int h = 0; h < 2; h++) {
            for (int a = 0; a < t; a++) {
                long total = 0;
                for (int bb = 0; bb < t; bb++) {
                    int at = (h * t + a) * t + bb;
                    if (bb > a) assertEquals(0, tr.prob()[at], "masked");
                    total += tr.prob()[at];
                }
                assertTrue(total <= 65536);
            }
        }
        assertArrayEquals(b.forward(x), tr.output());
    }

    @Test
    void badTokenIdsAreRejectedWithTheirPosition() {
        QuantizedModel m = RandomGpt.of("random", new GptConfig(17, 5, 8, 2, 16, 1), 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predict(new long[] {1, 2, 17, 0, 0}));
        assertTrue(e.getMessage().contains("17") && e.getMessage().contains("position 2"), e.getMessage());
    }

    @Test
    void jsonRoundTripKeepsTheModelAndItsCommitment() {
        QuantizedModel m = RandomGpt.of("random", new GptConfig(17, 5, 8, 2, 16, 2), 4);
        QuantizedModel back = ModelJson.read(ModelJson.write(m), "test");
        assertEquals(m, back);
        assertEquals(m.commitment(), back.commitment());
        assertEquals(org.zkopml.values.Bytes32.of(org.zkopml.hash.Keccak256.hash(m.canonicalBytes())), m.commitment(),
                "the streamed commitment is Keccak-256 of the canonical bytes");
        QuantizedModel other = RandomGpt.of("random", new GptConfig(17, 5, 8, 2, 16, 2), 5);
        assertTrue(!m.commitment().equals(other.commitment()));
    }

    @Test
    void syntheticInstancesHaveTheirAdvertisedSizesAndAreDeterministic() {
        long[] expected = {1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
        List<RandomGpt.Named> all = RandomGpt.builtIn();
        for (int i = 0; i < all.size(); i++) {
            long p = all.get(i).config().parameters();
            assertTrue(p > expected[i] * 0.9 && p < expected[i] * 1.1, all.get(i).name() + " has " + p + " parameters");
        }
        QuantizedModel a = RandomGpt.build("gpt-1m"), b = RandomGpt.build("gpt-1m");
        assertEquals(a.commitment(), b.commitment());
        assertEquals(RandomGpt.named("gpt-1m").config().parameters(), a.parameters());
        assertEquals(RandomGpt.named("gpt-1m").config().macs(), a.macs());
    }
}
