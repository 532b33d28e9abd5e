package org.zkopml.hash;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256, the hash of Ethereum (Solidity's {@code keccak256}): the original Keccak padding,
 * not NIST's SHA3-256. It commits models, names Merkle nodes and feeds Fiat–Shamir transcripts.
 *
 * <p>Test vector: {@code Keccak256.hash(new byte[0])} is
 * {@code c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470}.
 */
public final class Keccak256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;

    /** One reusable Keccak state per thread ({@code doFinal} resets it): hashing allocates only its result. */
    private static final ThreadLocal<KeccakDigest> DIGEST = ThreadLocal.withInitial(() -> new KeccakDigest(256));

    private Keccak256() {}

    /** Keccak-256 of the concatenation of the given byte arrays (Solidity's {@code keccak256(abi.encodePacked(...))} for bytes). */
    public static byte[] hash(byte[]... parts) {
        KeccakDigest digest = DIGEST.get();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }

    /** A stream whose bytes are hashed as they are written: Keccak-256 of a long encoding without holding it. */
    public static Sink sink() {
        return new Sink();
    }

    /** An output stream that hashes what is written to it; {@link #digest()} ends it. */
    public static final class Sink extends java.io.OutputStream {
        private final KeccakDigest digest = new KeccakDigest(256);

        private Sink() {}

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        /** Keccak-256 of everything written. */
        public byte[] digest() {
            byte[] out = new byte[LENGTH];
            digest.doFinal(out, 0);
            return out;
        }
    }
}
