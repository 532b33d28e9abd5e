package org.zkopml.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;

/** The one EVM byte encoding of Fr, G1 and G2 (EIP-196/197): layout, round trips and every rejection. */
class EvmEncodingTest {
    private static byte[] word(BigInteger v) {
        byte[] raw = v.toByteArray(), out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    @Test
    void layoutIsBigEndianWordsWithInfinityAsZeros() {
        byte[] g = G1.GENERATOR.toEvm();
        assertEquals(64, g.length);
        assertEquals(1, g[31]);
        assertEquals(2, g[63]);
        assertArrayEquals(new byte[64], G1.INFINITY.toEvm());
        assertArrayEquals(new byte[128], G2.INFINITY.toEvm());
        byte[] h = G2.GENERATOR.toEvm();
        Fp2 x = G2.GENERATOR.x(), y = G2.GENERATOR.y();
        assertArrayEquals(x.c1().toBytes(), Arrays.copyOfRange(h, 0, 32), "x imaginary part first");
        assertArrayEquals(x.c0().toBytes(), Arrays.copyOfRange(h, 32, 64), "then x real part");
        assertArrayEquals(y.c1().toBytes(), Arrays.copyOfRange(h, 64, 96));
        assertArrayEquals(y.c0().toBytes(), Arrays.copyOfRange(h, 96, 128));
        assertArrayEquals(word(BigInteger.valueOf(42)), Fr.of(42).toEvm());
    }

    @Test
    void roundTripsAtAnyOffset() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 5; i++) {
            Fr k = Fr.random(rng);
            G1 p = G1.GENERATOR.mul(k);
            G2 q = G2.GENERATOR.mul(k);
            byte[] buf = new byte[7 + 64 + 128 + 32];
            System.arraycopy(p.toEvm(), 0, buf, 7, 64);
            System.arraycopy(q.toEvm(), 0, buf, 71, 128);
            System.arraycopy(k.toEvm(), 0, buf, 199, 32);
            assertEquals(p, G1.fromEvm(buf, 7));
            assertEquals(q, G2.fromEvm(buf, 71));
            assertEquals(k, Fr.fromEvm(buf, 199));
        }
        assertEquals(G1.INFINITY, G1.fromEvm(new byte[64], 0));
        assertEquals(G2.INFINITY, G2.fromEvm(new byte[128], 0));
    }

    @Test
    void pointsThatWouldLieAreRejected() {
        byte[] offCurve = new byte[64];
        offCurve[31] = 1;
        offCurve[63] = 1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> G1.fromEvm(offCurve, 0)).getMessage().contains("curve"));
        byte[] big = Arrays.copyOf(word(Fp.MODULUS), 64);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> G1.fromEvm(big, 0)).getMessage().contains("modulus"));
        assertThrows(IllegalArgumentException.class, () -> G1.fromEvm(new byte[63], 0));
        assertThrows(IllegalArgumentException.class, () -> G1.of(Fp.ONE, Fp.ONE));
        CurvePoint<Fp2> outside = CurveTest.twistPointOutsideG2();
        byte[] enc = new byte[128];
        System.arraycopy(outside.x().c1().toBytes(), 0, enc, 0, 32);
        System.arraycopy(outside.x().c0().toBytes(), 0, enc, 32, 32);
        System.arraycopy(outside.y().c1().toBytes(), 0, enc, 64, 32);
        System.arraycopy(outside.y().c0().toBytes(), 0, enc, 96, 32);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> G2.fromEvm(enc, 0)).getMessage().contains("subgroup"));
        assertThrows(IllegalArgumentException.class, () -> G2.of(outside.x(), outside.y()));
        assertThrows(IllegalArgumentException.class, () -> Fr.fromEvm(word(Fr.MODULUS), 0));
    }
}
