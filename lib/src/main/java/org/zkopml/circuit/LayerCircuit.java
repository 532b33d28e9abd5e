package org.zkopml.circuit;

import java.util.List;
import org.zkopml.field.Fr;
import org.zkopml.model.Argmax;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Relu;
import org.zkopml.model.Requantize;
import org.zkopml.model.TreeNode;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.Gadgets;
import org.zkopml.r1cs.LinearCombination;

/**
 * Writes a model's layers into a {@link CircuitBuilder}, one {@link Layer.Visitor} call per layer, each
 * mapping the current vector of combinations to the next. Parameters come from {@code params} in
 * {@link ModelParameters} order: constants for a public model (so W·x is linear and free), private wires for
 * statement b (so each product W_ji · x_i costs one constraint). Ranges come from the model's static bounds
 * ({@link QuantizedModel#valueBounds()}), which are part of the public shape of the circuit.
 * <ul>
 *   <li>dense: y_j = b_j + Σ_i W_ji · x_i;</li>
 *   <li>ReLU: {@link Gadgets#relu}; requantization: {@link Gadgets#requantize};</li>
 *   <li>tree: every split's bit c_k = [x_f ≤ t_k] ({@link Gadgets#lessOrEqual}); the indicator "node k is
 *       on the path", root 1, left child r_k · c_k, right child r_k − r_k · c_k; output Σ_leaves r_leaf · v_leaf.
 *       With a private model the feature f is chosen by a one-hot selector (x_f = Σ_i s_i x_i, f = Σ_i i s_i);
 *       the tree's links stay public;</li>
 *   <li>argmax: {@link Gadgets#argmax}, the first index of the maximum.</li>
 * </ul>
 */
public final class LayerCircuit implements Layer.Visitor<LinearCombination[]> {
    private final CircuitBuilder cb;
    private final boolean privateModel;
    private final LinearCombination[] params;
    private final long[] bounds;
    private final long inputMaxAbs;
    private int cursor;
    private int layer;
    private LinearCombination[] x;

    /**
     * A writer for one model.
     *
     * @param cb           the builder
     * @param model        the model (for its shape and bounds)
     * @param params       its parameters in {@link ModelParameters} order, as constants or private wires
     * @param privateModel whether the parameters are private wires
     * @param input        the input vector's combinations
     */
    public LayerCircuit(CircuitBuilder cb, QuantizedModel model, LinearCombination[] params, boolean privateModel, LinearCombination[] input) {
        this.cb = cb;
        this.privateModel = privateModel;
        this.params = params.clone();
        this.bounds = model.valueBounds();
        this.inputMaxAbs = model.inputMaxAbs();
        this.x = input.clone();
    }

    /** Writes every layer in order and returns the last layer's output (the class index, one combination). */
    public LinearCombination[] writeAll(List<Layer> layers) {
        for (layer = 0; layer < layers.size(); layer++) {
            Layer l = layers.get(layer);
            cb.at("layer " + layer + " " + l.kind(), "");
            x = l.accept(this);
        }
        if (cursor != params.length) throw new IllegalStateException("read " + cursor + " of " + params.length + " parameters");
        return x.clone();
    }

    private long inBound() {
        return layer == 0 ? inputMaxAbs : bounds[layer - 1];
    }

    private static int bitsFor(long maxAbs) {
        return QuantizedModel.bitsFor(maxAbs);
    }

    private LinearCombination next() {
        return params[cursor++];
    }

    private void element(String e) {
        cb.at(cb.part(), e);
    }

    @Override
    public LinearCombination[] visitDense(Dense d) {
        LinearCombination[][] w = new LinearCombination[d.outputs()][d.inputWidth()];
        for (int j = 0; j < d.outputs(); j++) for (int i = 0; i < d.inputWidth(); i++) w[j][i] = next();
        LinearCombination[] y = new LinearCombination[d.outputs()];
        for (int j = 0; j < d.outputs(); j++) y[j] = next();           // b_j, read in order after the weights
        for (int j = 0; j < d.outputs(); j++) {
            element("neuron " + j);
            LinearCombination acc = y[j];
            for (int i = 0; i < d.inputWidth(); i++) acc = acc.plus(cb.mul(w[j][i], x[i], "dense: W·x product"));
            y[j] = acc;
        }
        return y;
    }

    @Override
    public LinearCombination[] visitRelu(Relu relu) {
        int n = bitsFor(inBound());
        LinearCombination[] y = new LinearCombination[x.length];
        for (int i = 0; i < x.length; i++) {
            element("neuron " + i);
            y[i] = Gadgets.relu(cb, x[i], n);
        }
        return y;
    }

    @Override
    public LinearCombination[] visitRequantize(Requantize q) {
        int n = bitsFor(bounds[layer]);
        LinearCombination[] y = new LinearCombination[x.length];
        for (int i = 0; i < x.length; i++) {
            element("neuron " + i);
            y[i] = Gadgets.requantize(cb, x[i], q.shift(), n);
        }
        return y;
    }

    @Override
    public LinearCombination[] visitDecisionTree(DecisionTree tree) {
        List<TreeNode> nodes = tree.nodes();
        long maxThreshold = 0;
        for (TreeNode n : nodes) if (!n.isLeaf()) maxThreshold = Math.max(maxThreshold, Math.abs(n.threshold()));
        int n = bitsFor(Math.addExact(inBound(), maxThreshold));
        LinearCombination[] reach = new LinearCombination[nodes.size()];
        java.util.Arrays.fill(reach, LinearCombination.ZERO);
        reach[0] = CircuitBuilder.constant(1);
        LinearCombination[] y = new LinearCombination[tree.outputWidth()];
        java.util.Arrays.fill(y, LinearCombination.ZERO);
        for (int k = 0; k < nodes.size(); k++) {
            TreeNode node = nodes.get(k);
            element("node " + k);
            if (node.isLeaf()) {
                for (int j = 0; j < tree.outputWidth(); j++) y[j] = y[j].plus(cb.mul(reach[k], next(), "tree: leaf value"));
                continue;
            }
            LinearCombination feature = next();
            LinearCombination threshold = next();
            LinearCombination xf = privateModel ? select(feature, node.feature()) : x[node.feature()];
            LinearCombination c = Gadgets.lessOrEqual(cb, xf, threshold, n, "tree: x_f ≤ t");
            LinearCombination left = cb.mul(reach[k], c, "tree: path left");
            reach[node.left()] = reach[node.left()].plus(left);
            reach[node.right()] = reach[node.right()].plus(reach[k].minus(left));
        }
        return y;
    }

    /** x_f for a private feature index f: a one-hot selector s with Σ s_i = 1 and Σ i · s_i = f. */
    private LinearCombination select(LinearCombination feature, int f) {
        LinearCombination sum = LinearCombination.ZERO;
        LinearCombination index = LinearCombination.ZERO;
        LinearCombination value = LinearCombination.ZERO;
        for (int i = 0; i < x.length; i++) {
            LinearCombination s = cb.witness(i == f ? Fr.ONE : Fr.ZERO);
            Gadgets.bool(cb, s, "tree: feature selector");
            sum = sum.plus(s);
            index = index.plus(s.times(Fr.of(i)));
            value = value.plus(cb.mul(s, x[i], "tree: selected feature"));
        }
        cb.enforceEqual(sum, CircuitBuilder.constant(1), "tree: one feature");
        cb.enforceEqual(index, feature, "tree: feature index");
        return value;
    }

    @Override
    public LinearCombination[] visitArgmax(Argmax argmax) {
        return new LinearCombination[] {Gadgets.argmax(cb, x, bitsFor(inBound()))};
    }

    @Override
    public LinearCombination[] visitEmbedding(org.zkopml.model.Embedding e) {
        throw unsupported(e);
    }

    @Override
    public LinearCombination[] visitTransformerBlock(org.zkopml.model.TransformerBlock b) {
        throw unsupported(b);
    }

    @Override
    public LinearCombination[] visitLmHead(org.zkopml.model.LmHead h) {
        throw unsupported(h);
    }

    /** The refusal for a transformer layer: a whole transformer is not compiled to R1CS (one attention head is). */
    static IllegalArgumentException unsupported(Layer layer) {
        return new IllegalArgumentException("the Groth16 circuit compiler does not take a whole transformer (layer " + layer.kind()
                + "); one attention head is proven by circuit.AttentionHeadCircuit, the whole forward pass by the sumcheck prover");
    }
}
