package org.zkopml.commit;

import java.util.List;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * A Merkle membership proof: the leaf at {@code index} and its siblings from the leaf level up. The
 * verifier recomputes
 * <pre>
 *   h₀ = leaf;   h_{k+1} = bit k of index = 0 ? node(h_k, s_k) : node(s_k, h_k);   root = h_depth
 * </pre>
 * with {@code node = keccak256(abi.encodePacked(left, right))}, the same loop a Solidity verifier runs.
 *
 * @param index    the leaf position, 0 ≤ index &lt; 2^siblings.size()
 * @param leaf     the 32-byte leaf
 * @param siblings the 32-byte siblings, leaf level first; their count is the tree depth
 */
public record MerkleProof(int index, Bytes32 leaf, List<Bytes32> siblings) {

    /** Checks the index against the depth; the siblings list is copied (immutable). */
    public MerkleProof {
        if (leaf == null) throw new IllegalArgumentException("the leaf must not be null");
        if (siblings == null) throw new IllegalArgumentException("siblings must not be null");
        if (siblings.size() > MerkleTree.MAX_DEPTH) {
            throw new IllegalArgumentException("a proof has at most " + MerkleTree.MAX_DEPTH + " siblings, got " + siblings.size());
        }
        if (index < 0 || index >= (1L << siblings.size())) {
            throw new IllegalArgumentException("leaf index " + index + " outside 0.." + ((1L << siblings.size()) - 1)
                    + " for a proof of depth " + siblings.size());
        }
        for (int k = 0; k < siblings.size(); k++) {
            if (siblings.get(k) == null) throw new IllegalArgumentException("sibling " + k + " must not be null");
        }
        siblings = List.copyOf(siblings);
    }

    /** The depth of the tree this proof claims, i.e. the number of siblings. */
    public int depth() {
        return siblings.size();
    }

    /** The root this proof leads to. */
    public Bytes32 computeRoot() {
        byte[] h = leaf.bytes();
        for (int k = 0; k < siblings.size(); k++) {
            byte[] s = siblings.get(k).bytes();
            h = ((index >>> k) & 1) == 0 ? Keccak256.hash(h, s) : Keccak256.hash(s, h);
        }
        return Bytes32.of(h);
    }

    /**
     * The verifier: accepted iff the proof has exactly {@code depth} siblings (so the leaf sits at level 0
     * of that tree) and the recomputed root equals {@code root}; a rejection names the failed check (and
     * both roots).
     */
    public Verdict<Void> check(Bytes32 root, int depth) {
        if (root == null) return Verdict.reject("missing root");
        if (siblings.size() != depth) {
            return Verdict.reject("the proof has " + siblings.size() + " siblings, the tree has depth " + depth);
        }
        Bytes32 computed = computeRoot();
        if (!computed.equals(root)) {
            return Verdict.reject("the path from leaf " + index + " leads to " + computed + ", not to the root " + root);
        }
        return Verdict.accept("the path from leaf " + index + " through " + depth + " siblings leads to the root");
    }

    @Override
    public String toString() {
        return "MerkleProof[index=" + index + ", depth=" + siblings.size() + ", leaf=" + leaf + "]";
    }
}
