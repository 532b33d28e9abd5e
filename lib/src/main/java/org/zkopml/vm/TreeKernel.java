package org.zkopml.vm;

import java.util.List;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.TreeNode;

/**
 * A {@link DecisionTree} as straight-line branches: node i with a split goes left when
 * {@code x[feature_i] ≤ threshold_i} and right otherwise; a leaf copies its output vector. Data words: the n
 * thresholds (0 for a leaf), then each node's output vector (zeros for a split), since both may need all 64 bits.
 *
 * @param layer the layer (it checks its own shape: children after parents, leaves of the output width)
 */
public record TreeKernel(DecisionTree layer) implements LayerKernel {
    @Override
    public String name() {
        return "tree " + layer.nodes().size() + " nodes";
    }

    @Override
    public long[] data() {
        List<TreeNode> nodes = layer.nodes();
        int n = nodes.size(), w = layer.outputWidth();
        long[] d = new long[n * (1 + w)];
        for (int i = 0; i < n; i++) {
            TreeNode node = nodes.get(i);
            d[i] = node.threshold();
            if (node.isLeaf()) System.arraycopy(node.leaf(), 0, d, n + i * w, w);
        }
        return d;
    }

    @Override
    public long[] apply(long[] x) {
        if (x.length != inputLength()) throw new IllegalArgumentException(name() + ": input length " + x.length + ", expected " + inputLength());
        return layer.nodes().get(layer.leafIndex(x)).leaf();
    }

    @Override
    public void emit(Assembler a, String p, Placement at) {
        int in = at.in(), out = at.out(), data = at.data();
        List<TreeNode> nodes = layer.nodes();
        int n = nodes.size(), w = layer.outputWidth();
        for (int i = 0; i < n; i++) {
            TreeNode node = nodes.get(i);
            a.label(p + "n" + i).li(5, 0);
            if (!node.isLeaf()) {
                a.ld(1, 5, in + node.feature()).ld(2, 5, data + i)
                        .blt(2, 1, p + "n" + node.right()).jmp(p + "n" + node.left());     // threshold < x → right
            } else {
                for (int c = 0; c < w; c++) a.ld(3, 5, data + n + i * w + c).st(3, 5, out + c);
                a.jmp(p + "end");
            }
        }
        a.label(p + "end");
    }
}
