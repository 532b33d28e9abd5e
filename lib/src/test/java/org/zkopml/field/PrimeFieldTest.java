package org.zkopml.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fp and Fr against BigInteger arithmetic, encodings, roots of unity, square roots. */
class PrimeFieldTest {

    @Test
    void montgomeryArithmeticAgreesWithBigInteger() {
        SplittableRandom rng = new SplittableRandom(1);
        BigInteger p = Fp.MODULUS, r = Fr.MODULUS;
        for (int i = 0; i < 2000; i++) {
            Fp a = Fp.random(rng), b = Fp.random(rng);
            BigInteger x = a.toBigInteger(), y = b.toBigInteger();
            assertEquals(x.multiply(y).mod(p), a.mul(b).toBigInteger());
            assertEquals(x.add(y).mod(p), a.add(b).toBigInteger());
            assertEquals(x.subtract(y).mod(p), a.sub(b).toBigInteger());
            Fr c = Fr.random(rng), d = Fr.random(rng);
            assertEquals(c.toBigInteger().multiply(d.toBigInteger()).mod(r), c.mul(d).toBigInteger());
        }
        // extremes: p − 1 squared, and values with all limbs large
        BigInteger pm1 = p.subtract(BigInteger.ONE);
        assertEquals(pm1.multiply(pm1).mod(p), Fp.of(pm1).square().toBigInteger());
        assertEquals(BigInteger.ONE, Fp.of(-1).square().toBigInteger());
        assertEquals(pm1, Fp.of(-1).toBigInteger());
    }

    /**
     * The Montgomery product and square at the edges of the limb space (Montgomery forms 0, 1, p − 1, p − 2, words
     * of all ones, alternating words), in Fp and Fr, for elements, limb arithmetic and squaring alike: x̄·ȳ·R⁻¹ mod p
     * computed with BigInteger.
     */
    @Test
    void montgomeryProductAgreesWithBigIntegerAtTheEdges() {
        for (MontgomeryParams f : new MontgomeryParams[] {Fp.PARAMS, Fr.PARAMS}) {
            BigInteger p = f.modulus(), rInv = BigInteger.ONE.shiftLeft(256).modInverse(p);
            long top = p.shiftRight(192).longValue();
            List<long[]> edges = new ArrayList<>(List.of(new long[] {0, 0, 0, 0}, new long[] {1, 0, 0, 0},
                    new long[] {-1, -1, -1, top - 1}, new long[] {-1, 0, -1, 0}, new long[] {0, -1, 0, top - 1},
                    new long[] {-1, -1, -1, 0}, new long[] {0x8000000000000000L, 0x8000000000000000L, 0x8000000000000000L, 1}));
            edges.add(MontgomeryParams.limbs(p.subtract(BigInteger.ONE)));
            edges.add(MontgomeryParams.limbs(p.subtract(BigInteger.TWO)));
            long[] buf = new long[12];
            for (long[] x : edges) {
                for (long[] y : edges) {
                    BigInteger vx = MontgomeryParams.fromLimbs(x[0], x[1], x[2], x[3]);
                    BigInteger vy = MontgomeryParams.fromLimbs(y[0], y[1], y[2], y[3]);
                    BigInteger want = vx.multiply(vy).multiply(rInv).mod(p);
                    System.arraycopy(x, 0, buf, 0, 4);
                    System.arraycopy(y, 0, buf, 4, 4);
                    LimbArithmetic.mul(f, buf, 0, buf, 4, buf, 8);
                    assertEquals(want, MontgomeryParams.fromLimbs(buf[8], buf[9], buf[10], buf[11]), "limb product");
                    if (f == Fp.PARAMS) {
                        Fp a = Fp.ZERO.fromMontgomeryLimbs(x, 0), b = Fp.ZERO.fromMontgomeryLimbs(y, 0);
                        a.mul(b).montgomeryLimbs(buf, 8);
                        assertEquals(want, MontgomeryParams.fromLimbs(buf[8], buf[9], buf[10], buf[11]), "Fp product");
                    } else {
                        Fr a = Fr.ZERO.fromMontgomeryLimbs(x, 0), b = Fr.ZERO.fromMontgomeryLimbs(y, 0);
                        a.mul(b).montgomeryLimbs(buf, 8);
                        assertEquals(want, MontgomeryParams.fromLimbs(buf[8], buf[9], buf[10], buf[11]), "Fr product");
                    }
                }
                BigInteger vx = MontgomeryParams.fromLimbs(x[0], x[1], x[2], x[3]);
                BigInteger want = vx.multiply(vx).multiply(rInv).mod(p);
                (f == Fp.PARAMS ? Fp.ZERO.fromMontgomeryLimbs(x, 0).square() : Fr.ZERO.fromMontgomeryLimbs(x, 0).square())
                        .montgomeryLimbs(buf, 8);
                assertEquals(want, MontgomeryParams.fromLimbs(buf[8], buf[9], buf[10], buf[11]), "square");
            }
        }
    }

    /** The unsigned high word of a 64×64-bit product, on this runtime's method and on the Java 17 correction. */
    @Test
    void unsignedHighWordAgreesWithBigInteger() {
        SplittableRandom rng = new SplittableRandom(9);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffffffL, 0x100000000L};
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < 10_000; i++) {
            long a = i < 49 ? edges[i % 7] : rng.nextLong(), b = i < 49 ? edges[i / 7] : rng.nextLong();
            BigInteger want = new BigInteger(Long.toUnsignedString(a)).multiply(new BigInteger(Long.toUnsignedString(b)))
                    .shiftRight(64).and(mask);
            assertEquals(want.longValue(), UnsignedWords.mulHi(a, b), "mulHi");
            assertEquals(want.longValue(), UnsignedWords.multiplyHighCorrected(a, b), "corrected multiplyHigh");
        }
        assertEquals(Runtime.version().feature() >= 18, UnsignedWords.NATIVE_UNSIGNED,
                "Math.unsignedMultiplyHigh is used exactly where it exists (Java 18+)");
    }

    @Test
    void bytesRoundTripAndRejectNonCanonical() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            Fp a = Fp.random(rng);
            assertEquals(a, Fp.fromBytes(a.toBytes()));
            Fr b = Fr.random(rng);
            assertEquals(b, Fr.fromBytes(b.toBytes()));
        }
        byte[] p = Fp.MODULUS.toByteArray();   // 254 bits: exactly 32 bytes
        assertEquals(32, p.length);
        assertThrows(IllegalArgumentException.class, () -> Fp.fromBytes(p));
        assertThrows(IllegalArgumentException.class, () -> Fp.fromBytes(new byte[31]));
        byte[] ones = new byte[32];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertThrows(IllegalArgumentException.class, () -> Fr.fromBytes(ones));
        byte[] one = new byte[32];
        one[31] = 1;
        assertArrayEquals(one, Fp.ONE.toBytes());
        assertEquals("1", Fr.ONE.toString());
    }

    @Test
    void rootsOfUnityArePrimitive() {
        for (int k = 0; k <= 28; k++) {
            Fr w = Fr.rootOfUnity(k);
            assertTrue(w.pow(BigInteger.ONE.shiftLeft(k)).isOne(), "w^(2^k) = 1");
            if (k > 0) {
                assertEquals(Fr.ONE.neg(), w.pow(BigInteger.ONE.shiftLeft(k - 1)), "w^(2^(k-1)) = -1");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Fr.rootOfUnity(29));
        // 5 generates F_r^*: it is not a square and not a cube (r − 1 = 2^28·3^2·…)
        assertEquals(-1, Fr.GENERATOR.legendre());
    }

    @Test
    void squareRootsAndLegendre() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            Fp a = Fp.random(rng);
            Fp s = a.square().sqrt();
            assertEquals(a.square(), s.square());
            Fr b = Fr.random(rng);
            assertEquals(b.square(), b.square().sqrt().square());
            assertEquals(1, b.square().legendre());
        }
        assertNull(Fr.GENERATOR.sqrt(), "5 is not a square mod r");
        assertEquals(0, Fp.ZERO.legendre());
    }

    @Test
    void limbArithmeticAgreesWithElements() {
        SplittableRandom rng = new SplittableRandom(4);
        long[] buf = new long[12];
        for (int i = 0; i < 1000; i++) {
            Fp a = i == 0 ? Fp.ZERO : Fp.random(rng), b = i == 1 ? Fp.ONE.neg() : Fp.random(rng);
            a.montgomeryLimbs(buf, 0);
            b.montgomeryLimbs(buf, 4);
            LimbArithmetic.mul(Fp.PARAMS, buf, 0, buf, 4, buf, 8);
            assertEquals(a.mul(b), Fp.ZERO.fromMontgomeryLimbs(buf, 8), "mul");
            LimbArithmetic.add(Fp.PARAMS, buf, 0, buf, 4, buf, 8);
            assertEquals(a.add(b), Fp.ZERO.fromMontgomeryLimbs(buf, 8), "add");
            LimbArithmetic.sub(Fp.PARAMS, buf, 0, buf, 4, buf, 8);
            assertEquals(a.sub(b), Fp.ZERO.fromMontgomeryLimbs(buf, 8), "sub");
            LimbArithmetic.mul(Fp.PARAMS, buf, 0, buf, 0, buf, 0);          // aliased output
            assertEquals(a.square(), Fp.ZERO.fromMontgomeryLimbs(buf, 0), "in-place square");
        }
    }

    @Test
    void smallFieldByHand() {
        SmallPrimeField f = SmallPrimeField.F101;
        assertEquals(f.of(1), f.of(7).mul(f.of(29)), "7·29 = 203 = 2·101 + 1");
        assertEquals(f.of(29), f.of(7).inverse());
        assertEquals(f.of(100), f.of(-1));
        assertThrows(IllegalArgumentException.class, () -> new SmallPrimeField(100));
    }
}
