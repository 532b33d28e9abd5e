package org.zkopml.vm;

import java.util.List;

/**
 * A decision tree as straight-line branches: node i with a split goes left when
 * {@code x[feature_i] ≤ threshold_i} and right otherwise; a leaf copies its output vector. Thresholds
 * and leaf vectors are data words (they may need all 64 bits).
 *
 * @param inputLength  input width
 * @param outputLength leaf vector width
 * @param features     per node: compared feature, or −1 for a leaf
 * @param thresholds   per node: threshold (splits)
 * @param left         per node: left child (splits)
 * @param right        per node: right child (splits)
 * @param leaves       per node: output vector (leaves), empty for splits
 */
public record TreeKernel(int inputLength, int outputLength, int[] features, long[] thresholds, int[] left, int[] right,
                         List<long[]> leaves) implements Kernel {
    public TreeKernel {
        features = features.clone();
        thresholds = thresholds.clone();
        left = left.clone();
        right = right.clone();
        leaves = leaves.stream().map(long[]::clone).toList();
        int n = features.length;
        if (n == 0 || thresholds.length != n || left.length != n || right.length != n || leaves.size() != n) {
            throw new IllegalArgumentException("tree: per-node arrays must have equal, nonzero length");
        }
        for (int i = 0; i < n; i++) {
            if (features[i] < 0 && leaves.get(i).length != outputLength) throw new IllegalArgumentException("tree: leaf " + i + " has the wrong width");
            if (features[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n || features[i] >= inputLength)) {
                throw new IllegalArgumentException("tree: bad split at node " + i);
            }
        }
    }

    /** A copy of the per-node features. */
    @Override
    public int[] features() {
        return features.clone();
    }

    /** A copy of the per-node thresholds. */
    @Override
    public long[] thresholds() {
        return thresholds.clone();
    }

    /** A copy of the per-node left children. */
    @Override
    public int[] left() {
        return left.clone();
    }

    /** A copy of the per-node right children. */
    @Override
    public int[] right() {
        return right.clone();
    }

    /** Copies of the per-node leaf vectors. */
    @Override
    public List<long[]> leaves() {
        return leaves.stream().map(long[]::clone).toList();
    }

    @Override
    public String name() {
        return "tree " + features.length + " nodes";
    }

    @Override
    public long macs() {
        return 0;
    }

    @Override
    public long[] data() {
        long[] d = new long[features.length * (1 + outputLength)];
        for (int i = 0; i < features.length; i++) {
            d[i] = thresholds[i];
            if (features[i] < 0) System.arraycopy(leaves.get(i), 0, d, features.length + i * outputLength, outputLength);
        }
        return d;
    }

    @Override
    public long[] apply(long[] x) {
        int i = 0;
        while (features[i] >= 0) i = x[features[i]] <= thresholds[i] ? left[i] : right[i];
        return leaves.get(i).clone();
    }

    @Override
    public void emit(Assembler a, String p, int in, int out, int data) {
        int n = features.length;
        for (int i = 0; i < n; i++) {
            a.label(p + "n" + i).li(5, 0);
            if (features[i] >= 0) {
                a.ld(1, 5, in + features[i]).ld(2, 5, data + i)
                        .blt(2, 1, p + "n" + right[i]).jmp(p + "n" + left[i]);     // threshold < x → right
            } else {
                for (int c = 0; c < outputLength; c++) a.ld(3, 5, data + n + i * outputLength + c).st(3, 5, out + c);
                a.jmp(p + "end");
            }
        }
        a.label(p + "end");
    }
}
