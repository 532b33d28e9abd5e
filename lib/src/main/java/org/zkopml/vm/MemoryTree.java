package org.zkopml.vm;

import org.zkopml.commit.MerkleTree;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;

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

    /** Height of a memory region: the image (lower half) and the input (upper half) are the root's two subtrees. */
    public static final int REGION_HEIGHT = Memory.ADDRESS_BITS - 1;

    /**
     * The root of a memory region (a subtree of height {@value #REGION_HEIGHT}) that holds {@code words}
     * from its first word on and zero after them: the image root of a program, the input root of a task
     * (each word's leaf is {@link Word#of}, so the tree is the one {@link Memory} hashes). At most
     * 2^{@value #REGION_HEIGHT} words.
     */
    public static Bytes32 regionRoot(long[] words) {
        if (words.length > (1L << REGION_HEIGHT)) throw new IllegalArgumentException(words.length + " words do not fit in a memory region of 2^" + REGION_HEIGHT);
        byte[][] level = new byte[words.length][];
        for (int i = 0; i < words.length; i++) level[i] = words[i] == 0 ? ZERO[0] : Word.of(words[i]);
        int n = level.length;
        for (int h = 0; h < REGION_HEIGHT; h++) {
            int m = (n + 1) / 2;
            for (int i = 0; i < m; i++) level[i] = node(level[2 * i], 2 * i + 1 < n ? level[2 * i + 1] : ZERO[h]);
            n = m;
        }
        return Bytes32.of(n == 0 ? ZERO[REGION_HEIGHT] : level[0]);
    }

    /** Root of an all-zero subtree of height {@code h} (0 ≤ h ≤ 27), a copy. */
    public static byte[] zero(int h) {
        return ZERO[h].clone();
    }

    /** {@link #zero(int)} without the copy, for {@link Memory}'s trees (which never modify a node). */
    static byte[] sharedZero(int h) {
        return ZERO[h];
    }
}
