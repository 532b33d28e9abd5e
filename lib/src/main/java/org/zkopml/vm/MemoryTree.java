package org.zkopml.vm;

import org.zkopml.commit.MerkleTree;
import org.zkopml.hash.Keccak256;

/**
 * The node rule and empty-subtree roots of the memory tree: node(l, r) = keccak256(l ‖ r)
 * ({@link MerkleTree#node}, Solidity's {@code keccak256(abi.encodePacked(l, r))}); Z(0) = 0^32,
 * Z(h+1) = node(Z(h), Z(h)) (equal to {@link MerkleTree#zeroRoot(int)}).
 */
public final class MemoryTree {
    private static final byte[][] ZERO = new byte[Memory.ADDRESS_BITS + 1][];

    static {
        ZERO[0] = new byte[Word.BYTES];
        for (int h = 1; h < ZERO.length; h++) ZERO[h] = node(ZERO[h - 1], ZERO[h - 1]);
    }

    private MemoryTree() {}

    /**
     * keccak256(left ‖ right) for two 32-byte values — the same function as {@link MerkleTree#node}
     * (a test checks it) without its argument checks, because memory hashing is the VM's hot spot.
     */
    public static byte[] node(byte[] left, byte[] right) {
        return Keccak256.hash(left, right);
    }

    /** Root of an all-zero subtree of height {@code h} (0 ≤ h ≤ 24), a copy. */
    public static byte[] zero(int h) {
        return ZERO[h].clone();
    }

    /** {@link #zero(int)} without the copy, for {@link Memory}'s trees (which never modify a node). */
    static byte[] sharedZero(int h) {
        return ZERO[h];
    }
}
