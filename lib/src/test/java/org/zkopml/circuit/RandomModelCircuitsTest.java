package org.zkopml.circuit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.model.Argmax;
import org.zkopml.model.DecisionTree;
import org.zkopml.model.Dense;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Relu;
import org.zkopml.model.Requantize;
import org.zkopml.model.TreeNode;

/**
 * Seeded random models — dense layers with small (so often tied) values, requantization with shifts 0..4,
 * ReLU, random trees — compiled for every statement on random inputs: the proven class is always
 * IntegerInference's, and the output wire cannot be changed.
 */
class RandomModelCircuitsTest {
    private static long[][] matrix(SplittableRandom rng, int rows, int cols, int max) {
        long[][] w = new long[rows][cols];
        for (long[] row : w) for (int i = 0; i < cols; i++) row[i] = rng.nextInt(-max, max + 1);
        return w;
    }

    private static long[] vector(SplittableRandom rng, int n, int max) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(-max, max + 1);
        return v;
    }

    private static DecisionTree tree(SplittableRandom rng, int in, int out, int limit) {
        List<TreeNode> nodes = new ArrayList<>();
        // breadth-first: node k splits while the budget lasts; children get the next indices
        int splits = 1 + rng.nextInt(5);
        int next = 1;
        for (int k = 0; k < 1 + 2 * splits; k++) {
            if (k < splits) {
                nodes.add(TreeNode.split(rng.nextInt(in), rng.nextInt(-limit, limit + 1), next, next + 1));
                next += 2;
            } else {
                nodes.add(TreeNode.leaf(vector(rng, out, 3)));
            }
        }
        return new DecisionTree(in, out, nodes);
    }

    private static QuantizedModel model(SplittableRandom rng, int index) {
        int in = 1 + rng.nextInt(5);
        int inputBits = 3 + rng.nextInt(5);
        List<Layer> layers = new ArrayList<>();
        int width = in;
        if (rng.nextInt(4) == 0) {
            width = 2 + rng.nextInt(4);
            layers.add(tree(rng, in, width, 1 << (inputBits - 1)));
        } else {
            int hidden = 1 + rng.nextInt(5);
            layers.add(new Dense(matrix(rng, hidden, in, 4), vector(rng, hidden, 20)));
            layers.add(new Requantize(rng.nextInt(5)));
            width = hidden;
            if (rng.nextBoolean()) {
                layers.add(new Relu());
                int out = 1 + rng.nextInt(4);
                layers.add(new Dense(matrix(rng, out, hidden, 3), vector(rng, out, 5)));
                if (rng.nextBoolean()) layers.add(new Requantize(rng.nextInt(3)));
                width = out;
            }
        }
        layers.add(new Argmax());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < width; i++) labels.add("class " + i);
        return new QuantizedModel("random-" + index, labels, 2, in, inputBits, layers);
    }

    @Test
    void randomModelsAndInputsProveIntegerInferenceForEveryStatement() {
        SplittableRandom rng = new SplittableRandom(20261130);
        for (int m = 0; m < 24; m++) {
            QuantizedModel model = model(rng, m);
            for (int r = 0; r < 3; r++) {
                long[] x = vector(rng, model.inputWidth(), (int) model.inputMaxAbs());
                Statement s = Statement.values()[(m + r) % 3];
                CompiledCircuit c = ModelCircuits.compile(model, s, x, Fr.of(rng.nextLong()));
                String what = model.summary() + " " + s + " on " + java.util.Arrays.toString(x);
                assertArrayEquals(new long[] {IntegerInference.predict(model, x)}, c.output(), what);
                assertTrue(c.system().check(c.witness()).accepted(), what);
                Fr[] w = c.witness();
                w[1] = w[1].add(Fr.ONE);
                assertFalse(c.system().check(w).accepted(), what + ": another class");
            }
        }
    }
}
