package org.zkopml.commit;

import org.zkopml.hash.Keccak256;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zkopml.values.Bytes32;

/**
 * A binary Merkle tree over 32-byte leaves, hashed with Keccak-256 exactly as Solidity does:
 * <pre>
 *   node(left, right) = keccak256(abi.encodePacked(left, right))     left, right : bytes32
 *   level 0 = the leaves, level d = the root, d = {@link #depth()}
 * </pre>
 * so a contract can recompute the root from a {@link MerkleProof} with nothing but {@code keccak256}.
 *
 * <p><b>Leaves.</b> The tree takes its leaves as given (any {@code bytes32} value, e.g. a memory word or
 * a state hash). A tree of depth {@code d} has exactly {@code 2^d} leaf positions; positions past the
 * given leaves hold the <em>zero leaf</em> {@code bytes32(0)}. {@link #of(List)} picks the smallest
 * {@code d} with {@code 2^d ≥ n}; {@link #of(List, int)} fixes {@code d} (up to {@value #MAX_DEPTH}),
 * and the empty subtrees are not stored: the root of an all-zero subtree of height {@code h} is
 * {@link #zeroRoot(int) zeroRoot(h)}. To commit to arbitrary data, hash it first with
 * {@link #leafOf(byte[])}.
 *
 * <p><b>Leaf / node confusion.</b> A node value is itself a {@code bytes32}, so a cheating prover could
 * try to present an interior node as a "leaf" with a shorter proof (the classic second-preimage attack
 * on Merkle trees). Two things prevent it: (1) the depth is fixed and part of what the verifier knows,
 * and {@link MerkleProof#check(Bytes32, int)} rejects a proof whose sibling count differs from it, so
 * every accepted leaf sits at level 0; (2) {@link #leafOf(byte[])} hashes data with a domain tag into a
 * 33-byte Keccak input, which can never equal a node's 64-byte input.
 */
public final class MerkleTree {
    /** The largest depth {@link #of(List, int)} accepts (2^31 leaf positions, so that a leaf index is an {@code int}; only the subtrees holding given leaves are stored). */
    public static final int MAX_DEPTH = 31;

    /** The domain tag prefixed to a data hash by {@link #leafOf(byte[])}. */
    public static final byte LEAF_TAG = 0x00;

    private static final byte[][] ZERO_ROOTS = zeroRoots();

    /** levels[0] = leaves, levels[depth] = {root}; position i of level h is ZERO_ROOTS[h] when i ≥ levels[h].length. */
    private final byte[][][] levels;
    private final int depth;

    private MerkleTree(byte[][][] levels, int depth) {
        this.levels = levels;
        this.depth = depth;
    }

    /** {@code keccak256(abi.encodePacked(left, right))} for two {@code bytes32} values. */
    public static Bytes32 node(Bytes32 left, Bytes32 right) {
        return Bytes32.of(Keccak256.hash(left.bytes(), right.bytes()));
    }

    /**
     * The leaf that commits to arbitrary data:
     * <pre>
     *   leafOf(data) = keccak256(0x00 ‖ keccak256(data))
     *   Solidity:      keccak256(abi.encodePacked(bytes1(0x00), keccak256(data)))
     * </pre>
     * Hashing the data first makes every leaf preimage 33 bytes long whatever the data's length, and
     * the tag byte separates it from a plain {@code keccak256} of 32 bytes; a node's preimage is always
     * 64 bytes, so a leaf hash can never be mistaken for a node hash (or the reverse) without a Keccak
     * collision.
     */
    public static Bytes32 leafOf(byte[] data) {
        if (data == null) throw new IllegalArgumentException("leaf data must not be null");
        return Bytes32.of(Keccak256.hash(new byte[] {LEAF_TAG}, Keccak256.hash(data)));
    }

    /**
     * The tree over {@code leaves}, padded with zero leaves to the next power of two
     * (depth = ⌈log₂ n⌉; a single leaf is a tree of depth 0 whose root is that leaf).
     */
    public static MerkleTree of(List<Bytes32> leaves) {
        if (leaves == null || leaves.isEmpty()) throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        int depth = 0;
        while ((1L << depth) < leaves.size()) depth++;
        return of(leaves, depth);
    }

    /** The tree of fixed depth {@code depth} (2^depth leaf positions) whose first positions hold {@code leaves} and the rest zero. */
    public static MerkleTree of(List<Bytes32> leaves, int depth) {
        if (leaves == null) throw new IllegalArgumentException("leaves must not be null");
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("Merkle depth must be in 0.." + MAX_DEPTH + ", got " + depth);
        }
        if (leaves.size() > (1L << depth)) {
            throw new IllegalArgumentException(leaves.size() + " leaves do not fit in a tree of depth " + depth);
        }
        byte[][][] levels = new byte[depth + 1][][];
        byte[][] level = new byte[leaves.size()][];
        for (int i = 0; i < level.length; i++) {
            Bytes32 leaf = leaves.get(i);
            if (leaf == null) throw new IllegalArgumentException("leaf " + i + " must not be null");
            level[i] = leaf.bytes();
        }
        levels[0] = level;
        for (int h = 1; h <= depth; h++) {
            byte[][] below = levels[h - 1];
            byte[][] above = new byte[(below.length + 1) / 2][];
            for (int i = 0; i < above.length; i++) {
                byte[] right = 2 * i + 1 < below.length ? below[2 * i + 1] : ZERO_ROOTS[h - 1];
                above[i] = Keccak256.hash(below[2 * i], right);
            }
            levels[h] = above;
        }
        if (levels[depth].length == 0) levels[depth] = new byte[][] {ZERO_ROOTS[depth]};
        return new MerkleTree(levels, depth);
    }

    /** The root of a subtree of height {@code height} whose leaves are all zero: z₀ = 0, z_{h+1} = node(z_h, z_h). */
    public static Bytes32 zeroRoot(int height) {
        if (height < 0 || height > MAX_DEPTH) {
            throw new IllegalArgumentException("height must be in 0.." + MAX_DEPTH + ", got " + height);
        }
        return Bytes32.of(ZERO_ROOTS[height]);
    }

    /** The root (level {@code depth}). */
    public Bytes32 root() {
        return Bytes32.of(levels[depth][0]);
    }

    /** The number of levels above the leaves; the tree has 2^depth leaf positions. */
    public int depth() {
        return depth;
    }

    /** The number of leaf positions, 2^depth. */
    public long capacity() {
        return 1L << depth;
    }

    /** The leaf at {@code index} (a zero leaf past the given ones). */
    public Bytes32 leaf(int index) {
        checkIndex(index);
        return Bytes32.of(at(0, index));
    }

    /**
     * The membership proof of leaf {@code index}: its {@code depth} siblings from the leaf level up
     * (the sibling of position i at level h is position i XOR 1).
     */
    public MerkleProof proof(int index) {
        checkIndex(index);
        List<Bytes32> siblings = new ArrayList<>(depth);
        long position = index;
        for (int h = 0; h < depth; h++) {
            siblings.add(Bytes32.of(at(h, position ^ 1)));
            position >>= 1;
        }
        return new MerkleProof(index, Bytes32.of(at(0, index)), siblings);
    }

    private byte[] at(int height, long position) {
        byte[][] level = levels[height];
        return position < level.length ? level[(int) position] : ZERO_ROOTS[height];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("leaf index " + index + " outside 0.." + (capacity() - 1));
        }
    }

    private static byte[][] zeroRoots() {
        byte[][] roots = new byte[MAX_DEPTH + 1][];
        roots[0] = new byte[Keccak256.LENGTH];
        for (int h = 1; h <= MAX_DEPTH; h++) roots[h] = Keccak256.hash(roots[h - 1], roots[h - 1]);
        return roots;
    }

    @Override
    public String toString() {
        return "MerkleTree[depth=" + depth + ", leaves=" + levels[0].length + ", root=0x"
                + java.util.HexFormat.of().formatHex(levels[depth][0]) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MerkleTree t && t.depth == depth && Arrays.equals(t.levels[depth][0], levels[depth][0]);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(levels[depth][0]) * 31 + depth;
    }
}
