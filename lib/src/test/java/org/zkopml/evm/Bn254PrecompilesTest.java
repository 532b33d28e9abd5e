package org.zkopml.evm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.CurveTest;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;

/** EIP-196/197 precompiles against go-ethereum's vectors and hand-made edge cases. */
class Bn254PrecompilesTest {

    static Stream<PrecompileVectors> addVectors() {
        return PrecompileVectors.load("bn256Add.json").stream();
    }

    static Stream<PrecompileVectors> mulVectors() {
        return PrecompileVectors.load("bn256ScalarMul.json").stream();
    }

    static Stream<PrecompileVectors> pairingVectors() {
        return PrecompileVectors.load("bn256Pairing.json").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addVectors")
    void ecAddMatchesGethVectors(PrecompileVectors v) {
        assertArrayEquals(v.expected(), Bn254Precompiles.ecAdd(v.input()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mulVectors")
    void ecMulMatchesGethVectors(PrecompileVectors v) {
        assertArrayEquals(v.expected(), Bn254Precompiles.ecMul(v.input()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairingVectors")
    void ecPairingMatchesGethVectors(PrecompileVectors v) {
        assertArrayEquals(v.expected(), Bn254Precompiles.ecPairing(v.input()));
    }

    static byte[] word(BigInteger v) {
        byte[] out = new byte[32];
        byte[] b = v.toByteArray();
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int len = 0;
        for (byte[] p : parts) {
            len += p.length;
        }
        byte[] out = new byte[len];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }

    static final byte[] G = Bn254Precompiles.encodeG1(G1.GENERATOR);

    @Test
    void emptyAndShortInputsArePaddedWithZeros() {
        assertArrayEquals(new byte[64], Bn254Precompiles.ecAdd(new byte[0]), "O + O = O");
        assertArrayEquals(new byte[64], Bn254Precompiles.ecMul(new byte[0]), "0·O = O");
        // G + O, with the second point cut off entirely
        assertArrayEquals(G, Bn254Precompiles.ecAdd(G));
        // 1·G where the scalar word is shortened: "01" missing its trailing zeros means 2^248
        byte[] shortMul = concat(G, new byte[] {1});
        assertArrayEquals(Bn254Precompiles.encodeG1(G1.GENERATOR.mul(BigInteger.ONE.shiftLeft(248))),
                Bn254Precompiles.ecMul(shortMul));
        // extra bytes after the 128/96 used bytes are ignored
        byte[] extra = concat(G, G, new byte[] {(byte) 0xff, 7});
        assertArrayEquals(Bn254Precompiles.encodeG1(G1.GENERATOR.dbl()), Bn254Precompiles.ecAdd(extra));
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
                Bn254Precompiles.ecPairing(new byte[0]), "empty pairing input is the empty product 1");
    }

    @Test
    void groupEdgeCases() {
        byte[] negG = Bn254Precompiles.encodeG1(G1.GENERATOR.neg());
        assertArrayEquals(new byte[64], Bn254Precompiles.ecAdd(concat(G, negG)), "G + (−G) = O");
        assertArrayEquals(new byte[64], Bn254Precompiles.ecMul(concat(G, word(Fr.MODULUS))), "r·G = O");
        assertArrayEquals(G, Bn254Precompiles.ecMul(concat(G, word(Fr.MODULUS.add(BigInteger.ONE)))), "(r+1)·G = G");
        byte[] max = new byte[32];
        Arrays.fill(max, (byte) 0xff);
        BigInteger m = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        assertArrayEquals(Bn254Precompiles.encodeG1(G1.GENERATOR.mul(m)), Bn254Precompiles.ecMul(concat(G, max)),
                "scalar 2^256 − 1 is accepted");
        assertArrayEquals(new byte[64], Bn254Precompiles.ecMul(concat(new byte[64], max)), "k·O = O");
    }

    @Test
    void invalidPointsAreRejected() {
        byte[] p = word(Fp.MODULUS);
        byte[] one = word(BigInteger.ONE), two = word(BigInteger.TWO);
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecAdd(concat(one, one)), "(1,1) off curve");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bn254Precompiles.ecAdd(concat(p, two)), "x = p");
        assertTrue(e.getMessage().contains("modulus"), e.getMessage());
        // (1 + p, 2) is G's x plus p: the EVM rejects it instead of reducing
        assertThrows(IllegalArgumentException.class,
                () -> Bn254Precompiles.ecMul(concat(word(Fp.MODULUS.add(BigInteger.ONE)), two, one)));
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecAdd(concat(G, word(BigInteger.ZERO), one)),
                "(0,1) off curve");
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecAdd(null));
    }

    @Test
    void pairingRejectsBadLengthsAndPoints() {
        byte[] g2 = Bn254Precompiles.encodeG2(G2.GENERATOR);
        byte[] pair = concat(G, g2);
        assertEquals(192, pair.length);
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecPairing(Arrays.copyOf(pair, 191)));
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecPairing(Arrays.copyOf(pair, 193)));
        assertArrayEquals(word(BigInteger.ZERO), Bn254Precompiles.ecPairing(pair), "e(G1, G2) ≠ 1");
        // e(G, G2) · e(−G, G2) = 1
        byte[] balanced = concat(pair, Bn254Precompiles.encodeG1(G1.GENERATOR.neg()), g2);
        assertArrayEquals(word(BigInteger.ONE), Bn254Precompiles.ecPairing(balanced));
        // infinity in either slot contributes 1
        assertArrayEquals(word(BigInteger.ONE), Bn254Precompiles.ecPairing(concat(new byte[64], g2)));
        assertArrayEquals(word(BigInteger.ONE), Bn254Precompiles.ecPairing(concat(G, new byte[128])));
        // G2 coordinates swapped to (real, imaginary): not on the twist
        byte[] swapped = concat(Arrays.copyOfRange(g2, 32, 64), Arrays.copyOfRange(g2, 0, 32),
                Arrays.copyOfRange(g2, 96, 128), Arrays.copyOfRange(g2, 64, 96));
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecPairing(concat(G, swapped)));
        // a twist point outside G2
        CurvePoint<Fp2> outside = twistPointOutsideG2();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Bn254Precompiles.ecPairing(concat(G, encodeTwist(outside))));
        assertTrue(e.getMessage().contains("subgroup"), e.getMessage());
        // a G2 coordinate equal to p
        byte[] bad = g2.clone();
        System.arraycopy(word(Fp.MODULUS), 0, bad, 64, 32);
        assertThrows(IllegalArgumentException.class, () -> Bn254Precompiles.ecPairing(concat(G, bad)));
    }

    /** A point on the twist E'(Fp2) but outside G2. */
    static CurvePoint<Fp2> twistPointOutsideG2() {
        return CurveTest.twistPointOutsideG2();
    }

    /** The 128-byte EIP-197 encoding (x_im, x_re, y_im, y_re) of an affine twist point. */
    static byte[] encodeTwist(CurvePoint<Fp2> q) {
        return concat(q.x().c1().toBytes(), q.x().c0().toBytes(), q.y().c1().toBytes(), q.y().c0().toBytes());
    }

    @Test
    void encodingsRoundTrip() {
        SplittableRandom rng = new SplittableRandom(41);
        for (int i = 0; i < 5; i++) {
            G1 p = G1.GENERATOR.mul(Fr.random(rng));
            assertEquals(p, Bn254Precompiles.readG1(Bn254Precompiles.encodeG1(p), 0, "p"));
            G2 q = G2.GENERATOR.mul(Fr.random(rng));
            assertEquals(q, Bn254Precompiles.readG2(Bn254Precompiles.encodeG2(q), 0, "q"));
        }
        assertEquals(45_000 + 2 * 34_000, Bn254Precompiles.pairingGas(384));
        assertEquals("0000000000000000000000000000000000000000000000000000000000000001",
                HexFormat.of().formatHex(Bn254Precompiles.ecPairing(new byte[0])));
    }
}
