package org.zkopml.model;

import java.util.Arrays;

/**
 * A node of a {@link DecisionTree}: either a split "{@code x[feature] <= threshold} ? left : right"
 * or a leaf holding an output vector. Children are given as indices into the tree's node list and
 * must be larger than the node's own index, so every path ends.
 *
 * @param feature   input index compared at a split, or -1 for a leaf
 * @param threshold integer threshold of a split (same scale as the input), 0 for a leaf
 * @param left      node index taken when {@code x[feature] <= threshold}, -1 for a leaf
 * @param right     node index taken when {@code x[feature] > threshold}, -1 for a leaf
 * @param leaf      the output vector of a leaf, empty for a split
 */
public record TreeNode(int feature, long threshold, int left, int right, long[] leaf) {
    /** Checks that the node is either a well-formed split or a well-formed leaf, and copies the leaf. */
    public TreeNode {
        boolean isLeaf = feature < 0;
        if (isLeaf && (left != -1 || right != -1 || leaf.length == 0)) {
            throw new IllegalArgumentException("a leaf has feature -1, children -1 and a non-empty output");
        }
        if (!isLeaf && (left < 0 || right < 0 || leaf.length != 0)) {
            throw new IllegalArgumentException("a split has two children and no leaf output");
        }
        leaf = leaf.clone();
    }

    /** A split node: go {@code left} when {@code x[feature] <= threshold}, else {@code right}. */
    public static TreeNode split(int feature, long threshold, int left, int right) {
        return new TreeNode(feature, threshold, left, right, new long[0]);
    }

    /** A leaf with the given output vector. */
    public static TreeNode leaf(long... output) {
        return new TreeNode(-1, 0, -1, -1, output);
    }

    /** Whether this node is a leaf. */
    public boolean isLeaf() {
        return feature < 0;
    }

    @Override
    public long[] leaf() {
        return leaf.clone();
    }

    /** Leaf value at index {@code i} (no copy). */
    public long leafValue(int i) {
        return leaf[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeNode n && feature == n.feature && threshold == n.threshold
                && left == n.left && right == n.right && Arrays.equals(leaf, n.leaf);
    }

    @Override
    public int hashCode() {
        return ((feature * 31 + Long.hashCode(threshold)) * 31 + left) * 31 + right + 17 * Arrays.hashCode(leaf);
    }

    @Override
    public String toString() {
        return isLeaf() ? "Leaf" + Arrays.toString(leaf) : "x[" + feature + "] <= " + threshold + " ? " + left + " : " + right;
    }
}
