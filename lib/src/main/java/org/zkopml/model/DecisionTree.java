package org.zkopml.model;

import java.util.List;

/**
 * A decision tree as a layer made of comparisons: starting at node 0, a split node sends the input to
 * its left child when {@code x[feature] <= threshold} and to its right child otherwise; the leaf
 * reached gives the output vector (for a classifier, one score per class, e.g. one-hot).
 *
 * @param inputWidth  width of the input vector
 * @param outputWidth width of every leaf's output vector
 * @param nodes       the nodes, root first; children have larger indices than their parent
 */
public record DecisionTree(int inputWidth, int outputWidth, List<TreeNode> nodes) implements Layer {
    /** Validates indices, widths and the ordering of children. */
    public DecisionTree {
        nodes = List.copyOf(nodes);
        if (inputWidth < 1 || outputWidth < 1 || nodes.isEmpty()) {
            throw new IllegalArgumentException("a tree needs input width ≥ 1, output width ≥ 1 and at least one node");
        }
        for (int k = 0; k < nodes.size(); k++) {
            TreeNode n = nodes.get(k);
            if (n.isLeaf()) {
                if (n.leaf().length != outputWidth) {
                    throw new IllegalArgumentException("tree leaf " + k + " has width " + n.leaf().length + ", expected " + outputWidth);
                }
            } else {
                if (n.feature() >= inputWidth) {
                    throw new IllegalArgumentException("tree node " + k + " reads feature " + n.feature() + " of " + inputWidth);
                }
                if (n.left() <= k || n.right() <= k || n.left() >= nodes.size() || n.right() >= nodes.size()) {
                    throw new IllegalArgumentException("tree node " + k + " has children " + n.left() + ", " + n.right()
                            + ": they must lie in " + (k + 1) + ".." + (nodes.size() - 1));
                }
            }
        }
    }

    /** The leaf reached by {@code x}: the index of the node where the walk stops. */
    public int leafIndex(long[] x) {
        int k = 0;
        TreeNode n = nodes.get(0);
        while (!n.isLeaf()) {
            k = x[n.feature()] <= n.threshold() ? n.left() : n.right();
            n = nodes.get(k);
        }
        return k;
    }

    /** Length of the longest root-to-leaf path (number of comparisons). */
    public int depth() {
        int[] d = new int[nodes.size()];
        int max = 0;
        for (int k = 0; k < nodes.size(); k++) {
            TreeNode n = nodes.get(k);
            if (!n.isLeaf()) {
                d[n.left()] = Math.max(d[n.left()], d[k] + 1);
                d[n.right()] = Math.max(d[n.right()], d[k] + 1);
            }
            max = Math.max(max, d[k]);
        }
        return max;
    }

    @Override
    public int outputWidth(int width) {
        return outputWidth;
    }

    /** The largest absolute leaf value (independent of the input). */
    @Override
    public long outputMaxAbs(long inputMaxAbs) {
        long max = 0;
        for (TreeNode n : nodes) {
            if (n.isLeaf()) {
                for (long v : n.leaf()) {
                    if (v == Long.MIN_VALUE) return -1;
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return max;
    }

    /** Two per split (feature, threshold) plus every leaf value. */
    @Override
    public long parameters() {
        long p = 0;
        for (TreeNode n : nodes) p += n.isLeaf() ? outputWidth : 2;
        return p;
    }

    /** The comparisons on the longest path. */
    @Override
    public long macs() {
        return depth();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDecisionTree(this);
    }
}
