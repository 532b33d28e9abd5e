package org.zkopml.vm;

import org.bouncycastle.crypto.digests.KeccakDigest;
import org.zkopml.commit.MerkleTree;

/**
 * The node rule and empty-subtree roots of the memory tree: node(l, r) = keccak256(l ‖ r)
 * ({@link MerkleTree#node}, Solidity's {@code keccak256(abi.encodePacked(l, r))}); Z(0) = 0^32,
 * Z(h+1) = node(Z(h), Z(h)) (equal to {@link MerkleTree#zeroRoot(int)}).
 */
public final class MemoryTree {
    /** One reusable Keccak-256 state per thread: hashing memory allocates only the 32-byte results. */
    private static final ThreadLocal<KeccakDigest> DIGEST = ThreadLocal.withInitial(() -> new KeccakDigest(256));

    private static final byte[][] ZERO = new byte[Memory.ADDRESS_BITS + 1][];

    static {
        ZERO[0] = new byte[Word.BYTES];
        for (int h = 1; h < ZERO.length; h++) ZERO[h] = node(ZERO[h - 1], ZERO[h - 1]);
    }

    private MemoryTree() {}

    /**
     * keccak256(left ‖ right) for two 32-byte values — the same function as {@link MerkleTree#node}
     * (a test checks it), computed with a reused digest because memory hashing is the VM's hot spot.
     */
    public static byte[] node(byte[] left, byte[] right) {
        KeccakDigest d = DIGEST.get();
        d.update(left, 0, Word.BYTES);
        d.update(right, 0, Word.BYTES);
        byte[] out = new byte[Word.BYTES];
        d.doFinal(out, 0);
        return out;
    }

    /** Root of an all-zero subtree of height {@code h} (0 ≤ h ≤ 24); do not modify the array. */
    public static byte[] zero(int h) {
        return ZERO[h];
    }
}
