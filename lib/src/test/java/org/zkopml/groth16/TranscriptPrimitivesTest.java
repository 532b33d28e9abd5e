package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;

/** The hashes and the stream cipher behind snarkjs's ceremony transcripts, against independent references. */
class TranscriptPrimitivesTest {

    @Test
    void chachaWithAZeroKeyGivesRfc8439sFirstKeystreamBlock() {
        // RFC 8439 appendix A.1, test vector #1: key 0, nonce 0, block counter 0
        ChaCha c = new ChaCha(new int[8]);
        assertEquals(0xade0b876L, c.nextU32());
        assertEquals(0x903df1a0L, c.nextU32());
        assertEquals(0xe56a5d40L, c.nextU32());
        for (int i = 3; i < 16; i++) c.nextU32();
        // block 1 of the same key: RFC 8439 A.1 test vector #2 uses counter 1 with key 0: it starts 9f 07 e7 be
        assertEquals(0xbee7079fL, c.nextU32());
    }

    @Test
    void blake2bEqualsBouncyCastleForEveryChunkingAndItsPartialStateRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int len : new int[] {0, 1, 3, 127, 128, 129, 255, 256, 257, 1000, 4096}) {
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            Blake2bDigest bc = new Blake2bDigest(512);
            bc.update(data, 0, len);
            byte[] expected = new byte[64];
            bc.doFinal(expected, 0);
            assertArrayEquals(expected, Blake2b.hash(data), "length " + len);
            Blake2b chunked = new Blake2b();
            for (int off = 0; off < len; ) {
                int n = Math.min(len - off, 1 + rnd.nextInt(200));
                chunked.update(data, off, n);
                off += n;
            }
            Blake2b resumed = Blake2b.fromPartial(chunked.partial());
            assertArrayEquals(expected, chunked.copy().digest(), "chunked, length " + len);
            assertArrayEquals(expected, resumed.digest(), "resumed from the partial state, length " + len);
        }
        // RFC 7693 appendix A: BLAKE2b-512("abc")
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                HexFormat.of().formatHex(Blake2b.hash("abc".getBytes())));
    }

    @Test
    void hashToG2GivesPointsOfG2AndSquareRootsAreRoots() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            byte[] h = new byte[64];
            rnd.nextBytes(h);
            G2 p = HashToG2.of(h);
            assertTrue(p.isOnCurve() && p.isInSubgroup() && !p.isInfinity());
            assertEquals(p, HashToG2.of(h.clone()), "deterministic");
            Fp2 a = Fp2.random(rnd).square();
            Fp2 root = HashToG2.sqrt(a);
            assertEquals(a, root.square());
        }
        assertTrue(HashToG2.isNegative(new Fp2(Fp.ONE.neg(), Fp.ZERO)) && !HashToG2.isNegative(new Fp2(Fp.ONE, Fp.ZERO)));
    }
}
