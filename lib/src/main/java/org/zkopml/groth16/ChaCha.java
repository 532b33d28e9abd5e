package org.zkopml.groth16;

/**
 * The ChaCha20 block function (D. J. Bernstein, "ChaCha, a variant of Salsa20", 2008; RFC 8439 §2.3) used as
 * a stream of 32-bit words, as snarkjs's library ffjavascript uses it to derive points and scalars from a
 * hash: the state is the four constants "expand 32-byte k", an 8-word key (the seed), a 4-word block counter
 * starting at 0 and no nonce; each block is 20 rounds (10 double rounds) added to its input, its 16 words
 * given out in order, then the counter is incremented. Deterministic: the same seed gives the same words on
 * every machine, which is what lets a verifier recompute a ceremony participant's point. Not thread-safe.
 */
final class ChaCha {
    private final int[] state = new int[16];
    private final int[] block = new int[16];
    private int next = 16;

    /** A stream keyed by eight 32-bit words. */
    ChaCha(int[] seed) {
        if (seed.length != 8) throw new IllegalArgumentException("a ChaCha seed is 8 words, got " + seed.length);
        state[0] = 0x61707865;
        state[1] = 0x3320646e;
        state[2] = 0x79622d32;
        state[3] = 0x6b206574;
        System.arraycopy(seed, 0, state, 4, 8);
    }

    /** A stream keyed by the first 32 bytes of a hash, read as eight big-endian words (snarkjs's hashToG2). */
    static ChaCha fromHash(byte[] hash) {
        int[] seed = new int[8];
        for (int i = 0; i < 8; i++) {
            seed[i] = ((hash[4 * i] & 0xff) << 24) | ((hash[4 * i + 1] & 0xff) << 16) | ((hash[4 * i + 2] & 0xff) << 8)
                    | (hash[4 * i + 3] & 0xff);
        }
        return new ChaCha(seed);
    }

    /** The next 32-bit word, as an unsigned value. */
    long nextU32() {
        if (next == 16) refill();
        return block[next++] & 0xffffffffL;
    }

    /** Two words, the first the high half (ffjavascript's nextU64). */
    long nextU64() {
        return (nextU32() << 32) | nextU32();
    }

    /** The low bit of the next word. */
    boolean nextBool() {
        return (nextU32() & 1) == 1;
    }

    private void refill() {
        System.arraycopy(state, 0, block, 0, 16);
        for (int i = 0; i < 10; i++) {
            quarter(block, 0, 4, 8, 12);
            quarter(block, 1, 5, 9, 13);
            quarter(block, 2, 6, 10, 14);
            quarter(block, 3, 7, 11, 15);
            quarter(block, 0, 5, 10, 15);
            quarter(block, 1, 6, 11, 12);
            quarter(block, 2, 7, 8, 13);
            quarter(block, 3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) block[i] += state[i];
        next = 0;
        for (int i = 12; i < 16 && ++state[i] == 0; i++) {
            // carry into the next counter word
        }
    }

    private static void quarter(int[] s, int a, int b, int c, int d) {
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 16);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 12);
        s[a] += s[b];
        s[d] = Integer.rotateLeft(s[d] ^ s[a], 8);
        s[c] += s[d];
        s[b] = Integer.rotateLeft(s[b] ^ s[c], 7);
    }
}
