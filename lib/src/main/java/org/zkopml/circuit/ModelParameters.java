package org.zkopml.circuit;

import java.util.ArrayList;
import java.util.List;
import org.zkopml.model.Argmax;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Relu;
import org.zkopml.model.Requantize;
import org.zkopml.model.TreeNode;

/**
 * A model's parameters as one vector of integers, in the order the circuit reads them and the commitment of
 * statement b hashes them: layer by layer; a dense layer's weights row by row, then its biases; a tree's nodes
 * in order, a split as (feature, threshold), a leaf as its values; ReLU, requantization and argmax have none.
 * What is not in it is the model's shape (layer kinds, widths, shifts, the tree's links), which the circuit
 * itself makes public.
 */
public final class ModelParameters {
    private ModelParameters() {}

    /** The parameter vector of a model. */
    public static long[] of(QuantizedModel model) {
        return collect(model, new ArrayList<>());
    }

    /**
     * The signed width of every parameter in the commitment: each group (a dense layer's weights, its biases; a
     * tree's features, thresholds, leaf values) gets the {@link #bits} of its own values, so that small weights
     * are not packed and range-checked at the width of large biases. Part of the circuit's public shape.
     */
    public static int[] widths(QuantizedModel model) {
        List<Integer> groups = new ArrayList<>();
        long[] values = collect(model, groups);
        java.util.Map<Integer, Long> max = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) max.merge(groups.get(i), values[i] < 0 ? -(values[i] + 1) : values[i], Math::max);
        int[] widths = new int[values.length];
        for (int i = 0; i < values.length; i++) widths[i] = bits(new long[] {max.get(groups.get(i))});
        return widths;
    }

    private static long[] collect(QuantizedModel model, List<Integer> groups) {
        List<Long> out = new ArrayList<>();
        int[] group = {0};
        Layer.Visitor<Void> collect = new Layer.Visitor<>() {
            @Override
            public Void visitDense(Dense d) {
                for (int j = 0; j < d.outputs(); j++) for (int i = 0; i < d.inputWidth(); i++) add(d.weight(j, i), 0);
                for (int j = 0; j < d.outputs(); j++) add(d.bias(j), 1);
                return null;
            }

            @Override
            public Void visitRelu(Relu relu) {
                return null;
            }

            @Override
            public Void visitRequantize(Requantize requantize) {
                return null;
            }

            @Override
            public Void visitDecisionTree(DecisionTree tree) {
                for (TreeNode n : tree.nodes()) {
                    if (n.isLeaf()) {
                        for (int i = 0; i < tree.outputWidth(); i++) add(n.leafValue(i), 2);
                    } else {
                        add(n.feature(), 0);
                        add(n.threshold(), 1);
                    }
                }
                return null;
            }

            @Override
            public Void visitArgmax(Argmax argmax) {
                return null;
            }

            @Override
            public Void visitEmbedding(org.zkopml.model.Embedding e) {
                throw LayerCircuit.unsupported(e);
            }

            @Override
            public Void visitTransformerBlock(org.zkopml.model.TransformerBlock b) {
                throw LayerCircuit.unsupported(b);
            }

            @Override
            public Void visitLmHead(org.zkopml.model.LmHead h) {
                throw LayerCircuit.unsupported(h);
            }

            private void add(long value, int kind) {
                out.add(value);
                groups.add(group[0] * 3 + kind);
            }
        };
        for (Layer l : model.layers()) {
            l.accept(collect);
            group[0]++;
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The signed width B with every value in [−2^(B−1), 2^(B−1)) — at least 2. */
    public static int bits(long[] values) {
        long max = 0;
        for (long v : values) max = Math.max(max, v < 0 ? -(v + 1) : v);
        return Math.max(2, 65 - Long.numberOfLeadingZeros(max));
    }
}
