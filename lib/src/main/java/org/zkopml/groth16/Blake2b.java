package org.zkopml.groth16;

import java.util.Arrays;

/**
 * BLAKE2b-512 (RFC 7693), unkeyed, the hash of snarkjs's ceremony transcripts, with its running state
 * exposed the way snarkjs stores it: a {@code .ptau} contribution keeps the "partial hash" of its response —
 * the hasher's state after everything but the participant's public key — so that a verifier can finish the
 * hash without re-reading the accumulator. The state is the 128-byte buffer of bytes not yet compressed
 * (always the last 1..128 bytes once any input arrived: a block is compressed only when more input follows),
 * the chain value h₀..h₇, the buffered byte count and the count of bytes before the buffer; {@link #partial}
 * writes it in the 216-byte layout of snarkjs's {@code misc.toPartialHash} (buffer, then little-endian 32-bit
 * words: h₀ low, h₀ high, …, h₇ high, the count before the buffer, 0, the buffered count, 0, 0, 0).
 * A BouncyCastle digest cross-checks it in the tests. Not thread-safe; {@link #copy} forks it.
 */
final class Blake2b {
    static final int BLOCK = 128, OUT = 64, PARTIAL_BYTES = 216;
    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private final long[] h = new long[8];
    private final byte[] buffer = new byte[BLOCK];
    private int pos;
    private long length;

    /** An empty hasher. */
    Blake2b() {
        System.arraycopy(IV, 0, h, 0, 8);
        h[0] ^= 0x01010000L | OUT;
    }

    /** BLAKE2b-512 of the concatenated parts. */
    static byte[] hash(byte[]... parts) {
        Blake2b b = new Blake2b();
        for (byte[] p : parts) b.update(p);
        return b.digest();
    }

    /** A copy in the same state. */
    Blake2b copy() {
        Blake2b c = new Blake2b();
        System.arraycopy(h, 0, c.h, 0, 8);
        System.arraycopy(buffer, 0, c.buffer, 0, BLOCK);
        c.pos = pos;
        c.length = length;
        return c;
    }

    /** Absorbs bytes. */
    Blake2b update(byte[] data) {
        return update(data, 0, data.length);
    }

    Blake2b update(byte[] data, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (pos == BLOCK) {
                compress(buffer, 0, false);
                pos = 0;
            }
            int take = Math.min(BLOCK - pos, end - off);
            System.arraycopy(data, off, buffer, pos, take);
            pos += take;
            length += take;
            off += take;
        }
        return this;
    }

    /** Absorbs a 32-bit integer, big-endian (snarkjs's hashU32). */
    Blake2b updateU32BigEndian(int v) {
        return update(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    /** The 64-byte digest (this hasher must not be used afterwards). */
    byte[] digest() {
        Arrays.fill(buffer, pos, BLOCK, (byte) 0);
        compress(buffer, 0, true);
        byte[] out = new byte[OUT];
        for (int i = 0; i < 64; i++) out[i] = (byte) (h[i >>> 3] >>> (8 * (i & 7)));
        return out;
    }

    /** The 216-byte partial state of snarkjs's toPartialHash. */
    byte[] partial() {
        byte[] out = new byte[PARTIAL_BYTES];
        System.arraycopy(buffer, 0, out, 0, BLOCK);
        int[] words = new int[22];
        for (int i = 0; i < 8; i++) {
            words[2 * i] = (int) h[i];
            words[2 * i + 1] = (int) (h[i] >>> 32);
        }
        long before = length - pos;
        words[16] = (int) before;
        words[17] = (int) (before >>> 32);
        words[18] = pos;
        for (int i = 0; i < 22; i++) {
            for (int k = 0; k < 4; k++) out[BLOCK + 4 * i + k] = (byte) (words[i] >>> (8 * k));
        }
        return out;
    }

    /** The hasher in the state a 216-byte partial hash describes (snarkjs's fromPartialHash). */
    static Blake2b fromPartial(byte[] partial) {
        if (partial.length != PARTIAL_BYTES) throw new IllegalArgumentException("a partial hash has 216 bytes, got " + partial.length);
        Blake2b b = new Blake2b();
        System.arraycopy(partial, 0, b.buffer, 0, BLOCK);
        int[] words = new int[22];
        for (int i = 0; i < 22; i++) {
            for (int k = 0; k < 4; k++) words[i] |= (partial[BLOCK + 4 * i + k] & 0xff) << (8 * k);
        }
        for (int i = 0; i < 8; i++) b.h[i] = (words[2 * i] & 0xffffffffL) | ((long) words[2 * i + 1] << 32);
        long before = (words[16] & 0xffffffffL) | ((long) words[17] << 32);
        long buffered = (words[18] & 0xffffffffL) | ((long) words[19] << 32);
        if (buffered > BLOCK || before < 0) throw new IllegalArgumentException("a partial hash with " + buffered + " buffered bytes");
        b.pos = (int) buffered;
        b.length = before + buffered;
        return b;
    }

    private void compress(byte[] block, int off, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            long v = 0;
            for (int k = 7; k >= 0; k--) v = (v << 8) | (block[off + 8 * i + k] & 0xff);
            m[i] = v;
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= length;
        if (last) v[14] = ~v[14];
        for (int r = 0; r < 12; r++) {
            int[] s = SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
