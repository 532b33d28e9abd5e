package org.zkopml.commit;

import org.zkopml.hash.Keccak256;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A Merkle membership proof: the leaf at {@code index} and its siblings from the leaf level up. The
 * verifier recomputes
 * <pre>
 *   h₀ = leaf;   h_{k+1} = bit k of index = 0 ? node(h_k, s_k) : node(s_k, h_k);   root = h_depth
 * </pre>
 * with {@code node = keccak256(abi.encodePacked(left, right))}, the same loop a Solidity verifier runs.
 * The record is immutable: the arrays are copied in and out.
 *
 * @param index    the leaf position, 0 ≤ index &lt; 2^siblings.size()
 * @param leaf     the 32-byte leaf
 * @param siblings the 32-byte siblings, leaf level first; their count is the tree depth
 */
public record MerkleProof(int index, byte[] leaf, List<byte[]> siblings) {

    public MerkleProof {
        MerkleTree.requireWord(leaf, "leaf");
        if (siblings == null) throw new IllegalArgumentException("siblings must not be null");
        if (siblings.size() > MerkleTree.MAX_DEPTH) {
            throw new IllegalArgumentException("a proof has at most " + MerkleTree.MAX_DEPTH + " siblings, got " + siblings.size());
        }
        if (index < 0 || index >= (1L << siblings.size())) {
            throw new IllegalArgumentException("leaf index " + index + " outside 0.." + ((1L << siblings.size()) - 1)
                    + " for a proof of depth " + siblings.size());
        }
        leaf = leaf.clone();
        List<byte[]> copy = new ArrayList<>(siblings.size());
        for (int k = 0; k < siblings.size(); k++) {
            byte[] s = siblings.get(k);
            MerkleTree.requireWord(s, "sibling " + k);
            copy.add(s.clone());
        }
        siblings = List.copyOf(copy);
    }

    /** A copy of the leaf. */
    @Override
    public byte[] leaf() {
        return leaf.clone();
    }

    /** Copies of the siblings, leaf level first. */
    @Override
    public List<byte[]> siblings() {
        List<byte[]> copy = new ArrayList<>(siblings.size());
        for (byte[] s : siblings) copy.add(s.clone());
        return List.copyOf(copy);
    }

    /** The depth of the tree this proof claims, i.e. the number of siblings. */
    public int depth() {
        return siblings.size();
    }

    /** The root this proof leads to. */
    public byte[] computeRoot() {
        byte[] h = leaf;
        for (int k = 0; k < siblings.size(); k++) {
            h = ((index >>> k) & 1) == 0 ? Keccak256.hash(h, siblings.get(k)) : Keccak256.hash(siblings.get(k), h);
        }
        return h == leaf ? leaf.clone() : h;
    }

    /** True iff the proof leads to {@code root}. Use {@link #verify(byte[], int)} when the depth is known (it should be). */
    public boolean verify(byte[] root) {
        return root != null && MessageDigest.isEqual(computeRoot(), root);
    }

    /** True iff the proof has exactly {@code depth} siblings and leads to {@code root}: the leaf is at level 0 of that tree. */
    public boolean verify(byte[] root, int depth) {
        return siblings.size() == depth && verify(root);
    }

    /**
     * {@link #verify(byte[], int)} with its reason: rejected when the root is not a 32-byte word, when the
     * proof's depth is not the tree's, or when the recomputed root differs (naming both roots).
     */
    public Verdict check(byte[] root, int depth) {
        if (root == null || root.length != Keccak256.LENGTH) return Verdict.reject("the root must be a 32-byte word");
        if (siblings.size() != depth) {
            return Verdict.reject("the proof has " + siblings.size() + " siblings, the tree has depth " + depth);
        }
        byte[] computed = computeRoot();
        if (!MessageDigest.isEqual(computed, root)) {
            return Verdict.reject("the path from leaf " + index + " leads to 0x" + HexFormat.of().formatHex(computed)
                    + ", not to the root 0x" + HexFormat.of().formatHex(root));
        }
        return Verdict.accept("the path from leaf " + index + " through " + depth + " siblings leads to the root");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MerkleProof p) || p.index != index || !Arrays.equals(p.leaf, leaf) || p.siblings.size() != siblings.size()) {
            return false;
        }
        for (int k = 0; k < siblings.size(); k++) {
            if (!Arrays.equals(p.siblings.get(k), siblings.get(k))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = index * 31 + Arrays.hashCode(leaf);
        for (byte[] s : siblings) h = h * 31 + Arrays.hashCode(s);
        return h;
    }

    @Override
    public String toString() {
        return "MerkleProof[index=" + index + ", depth=" + siblings.size() + ", leaf=0x" + HexFormat.of().formatHex(leaf) + "]";
    }
}
