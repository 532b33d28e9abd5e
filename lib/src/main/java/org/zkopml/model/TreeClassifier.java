package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A classification tree on real thresholds: from node 0, go left when {@code x[feature] <= threshold},
 * else right; a leaf names a class. Nodes are stored in arrays; children have larger indices.
 *
 * @param inputWidth number of features
 * @param classes    number of classes
 * @param feature    per node, the feature compared, or -1 for a leaf
 * @param threshold  per node, the split value (unused at leaves)
 * @param left       per node, the child for {@code x <= t} (-1 at leaves)
 * @param right      per node, the child for {@code x > t} (-1 at leaves)
 * @param leafClass  per node, the class of a leaf (-1 at splits)
 */
public record TreeClassifier(int inputWidth, int classes, int[] feature, double[] threshold, int[] left, int[] right,
                             int[] leafClass) implements FloatModel {
    /** Copies the arrays and checks their lengths. */
    public TreeClassifier {
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n || leafClass.length != n) {
            throw new IllegalArgumentException("tree arrays must be non-empty and of equal length");
        }
        feature = feature.clone();
        threshold = threshold.clone();
        left = left.clone();
        right = right.clone();
        leafClass = leafClass.clone();
    }

    /** Number of nodes. */
    public int size() {
        return feature.length;
    }

    private int leaf(double[] x) {
        int k = 0;
        while (feature[k] >= 0) k = x[feature[k]] <= threshold[k] ? left[k] : right[k];
        return k;
    }

    @Override
    public double[] scores(double[] x) {
        double[] s = new double[classes];
        s[leafClass[leaf(x)]] = 1;
        return s;
    }

    /** Two per split (feature, threshold) and one value per class at each leaf, as in {@link DecisionTree#parameters()}. */
    @Override
    public long parameters() {
        long p = 0;
        for (int f : feature) p += f < 0 ? classes : 2;
        return p;
    }

    /** The comparisons on the longest root-to-leaf path. */
    @Override
    public long macs() {
        int[] depth = new int[size()];
        int max = 0;
        for (int k = 0; k < size(); k++) {
            if (feature[k] >= 0) {
                depth[left[k]] = depth[k] + 1;
                depth[right[k]] = depth[k] + 1;
            }
            max = Math.max(max, depth[k]);
        }
        return max;
    }

    /** The tree as an integer layer: thresholds {@code round(t·2^s)}, leaves one-hot. */
    public DecisionTree toLayer(int scaleBits) {
        long limit = Quantizer.inputMaxAbs(scaleBits);
        List<TreeNode> nodes = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            if (feature[k] < 0) {
                long[] oneHot = new long[classes];
                oneHot[leafClass[k]] = 1;
                nodes.add(TreeNode.leaf(oneHot));
            } else {
                long t = Math.max(-limit, Math.min(limit, Quantizer.fix(threshold[k], scaleBits)));
                nodes.add(TreeNode.split(feature[k], t, left[k], right[k]));
            }
        }
        return new DecisionTree(inputWidth, classes, nodes);
    }

    /** {@code DecisionTree → Argmax}; since {@code x ≤ t ⇒ round(x·2^s) ≤ round(t·2^s)}, only ties can change a path. */
    @Override
    public QuantizedModel quantize(String name, List<String> labels, int scaleBits) {
        return Quantizer.build(name, labels, scaleBits, inputWidth, List.of(toLayer(scaleBits), new Argmax()));
    }
}
