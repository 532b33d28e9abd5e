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
        List<Long> out = new ArrayList<>();
        Layer.Visitor<Void> collect = new Layer.Visitor<>() {
            @Override
            public Void visitDense(Dense d) {
                for (int j = 0; j < d.outputs(); j++) for (int i = 0; i < d.inputWidth(); i++) out.add(d.weight(j, i));
                for (int j = 0; j < d.outputs(); j++) out.add(d.bias(j));
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
                        for (int i = 0; i < tree.outputWidth(); i++) out.add(n.leafValue(i));
                    } else {
                        out.add((long) n.feature());
                        out.add(n.threshold());
                    }
                }
                return null;
            }

            @Override
            public Void visitArgmax(Argmax argmax) {
                return null;
            }
        };
        for (Layer l : model.layers()) l.accept(collect);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The signed width B with every value in [−2^(B−1), 2^(B−1)) — at least 2. */
    public static int bits(long[] values) {
        long max = 0;
        for (long v : values) max = Math.max(max, v < 0 ? -(v + 1) : v);
        return Math.max(2, 65 - Long.numberOfLeadingZeros(max));
    }
}
