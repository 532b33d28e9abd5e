package org.zkopml.sumcheck;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.model.Dense;
import org.zkopml.model.Layer;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole-model proofs: every built-in MLP and linear recipe verifies; wrong logits, wrong weights and tampered messages are rejected. */
class ModelProofTest {

    static List<String> provable() {
        List<String> names = new ArrayList<>();
        for (String n : Recipes.names()) if (!Recipes.get(n).family().equals("tree")) names.add(n);
        return names;
    }

    @Test
    void everyMlpAndLinearRecipeProvesItsPredictions() {
        assertTrue(provable().contains("digits-mlp"));
        for (String name : provable()) {
            TrainedModel t = Recipes.train(name);
            QuantizedModel m = t.quantized();
            CommittedModel c = CommittedModel.commit(m);
            for (int row = 0; row < 2; row++) {
                long[] x = t.testInput(row, TrainedModel.DEFAULT_SCALE_BITS);
                ModelProof p = ModelProver.prove(c, m, x);
                Verdict<Integer> v = ModelVerifier.verify(c, x, p);
                assertTrue(v.accepted(), name + " row " + row + ": " + v.reason());
                assertEquals(m.predict(x), v.value(), name + " row " + row);
                assertEquals(m.logits(x).length, p.output().length);
            }
        }
    }

    @Test
    void theFirstDenseLayerOfEveryRecipeIsAMatrixProductOverTheWholeTestSet() {
        for (String name : provable()) {
            TrainedModel t = Recipes.train(name);
            QuantizedModel m = t.quantized();
            long[][] inputs = t.testInputs(TrainedModel.DEFAULT_SCALE_BITS);
            long[][] x = new long[m.inputWidth()][inputs.length];          // one test row per column
            for (int r = 0; r < inputs.length; r++) for (int i = 0; i < m.inputWidth(); i++) x[i][r] = inputs[r][i];
            long[][] w = m.layers().get(0).accept(new WeightsOf());
            long[] b = m.layers().get(0).accept(new BiasOf());
            long[][] y = MatMul.multiply(w, x);
            for (int r = 0; r < inputs.length; r++) {
                long[] acc = m.infer(inputs[r]).output(0);
                for (int j = 0; j < acc.length; j++) assertEquals(acc[j], y[j][r] + b[j], name + ": accumulator " + j + " of row " + r);
            }
            HyraxCommitment c = MatMul.commitWeights(w);
            Verdict<Void> v = MatMul.verify(c, x, y, MatMul.prove(c, w, x, y));
            assertTrue(v.accepted(), name + ": " + v.reason());
        }
    }

    @Test
    void treesAreRefusedWithTheLayerNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommittedModel.commit(Recipes.train("iris-tree").quantized()));
        assertTrue(e.getMessage().startsWith("layer 0 is tree"), e.getMessage());
    }

    @Test
    void wrongLogitsWrongWeightsAndTamperedMessagesAreRejected() {
        SplittableRandom rnd = new SplittableRandom(9);
        int mutations = 0;
        for (String name : List.of("digits-mlp", "iris-linear")) {
            TrainedModel t = Recipes.train(name);
            QuantizedModel m = t.quantized();
            CommittedModel c = CommittedModel.commit(m);
            long[] x = t.testInput(3, TrainedModel.DEFAULT_SCALE_BITS);
            ModelProof honest = ModelProver.prove(c, m, x);
            assertTrue(ModelVerifier.verify(c, x, honest).accepted());
            for (int k = 0; k < 25; k++) {
                ModelProof bad = tamper(honest, rnd);
                Verdict<Integer> v = ModelVerifier.verify(c, x, bad);
                assertTrue(v.rejected(), name + ": tampered proof accepted");
                mutations++;
            }
            for (int k = 0; k < 3; k++) {
                // a wrong weight: the prover runs a model with one weight changed, against the original commitment
                QuantizedModel changed = withWeight(m, rnd);
                ModelProof p = ModelProver.prove(c, changed, x);
                Verdict<Integer> v = ModelVerifier.verify(c, x, p);
                assertTrue(v.rejected(), name + ": wrong weight accepted");
                mutations++;
            }
        }
        assertEquals(56, mutations);   // with SumcheckTest (400) and MatMulTest (600): 1,056 mutations
    }

    /** One random change to a proof: a logit, a round message of any sumcheck, a weight value, an opening, a multiplicity. */
    static ModelProof tamper(ModelProof p, SplittableRandom rnd) {
        Fr delta = Fr.of(1 + rnd.nextInt(1 << 16));
        long[] z = p.output();
        long[] mult = p.multiplicities();
        SumcheckProof sum = p.logUpSum(), inv = p.logUpInverse();
        List<SumcheckProof> dense = new ArrayList<>(p.dense()), relu = new ArrayList<>(p.relu());
        List<Fr> weights = new ArrayList<>(p.weights());
        List<ModelProof.Opened> openings = new ArrayList<>(p.openings());
        switch (rnd.nextInt(7)) {
            case 0 -> z[rnd.nextInt(z.length)] += rnd.nextBoolean() ? 1 : -1;
            case 1 -> {
                int a = rnd.nextInt(256), b = (a + 1 + rnd.nextInt(255)) % 256;
                if (mult[a] == 0) { int s = a; a = b; b = s; }
                if (mult[a] == 0) { mult[0]++; mult[1]--; } else { mult[a]--; mult[b]++; }
            }
            case 2 -> sum = tamper(sum, rnd, delta);
            case 3 -> inv = tamper(inv, rnd, delta);
            case 4 -> {
                int i = rnd.nextInt(dense.size());
                dense.set(i, tamper(dense.get(i), rnd, delta));
            }
            case 5 -> {
                if (relu.isEmpty()) {
                    int i = rnd.nextInt(weights.size());
                    weights.set(i, weights.get(i).add(delta));
                } else {
                    int i = rnd.nextInt(relu.size());
                    relu.set(i, tamper(relu.get(i), rnd, delta));
                }
            }
            default -> {
                int i = rnd.nextInt(openings.size());
                ModelProof.Opened o = openings.get(i);
                openings.set(i, rnd.nextBoolean() ? new ModelProof.Opened(o.value().add(delta), o.opening())
                        : new ModelProof.Opened(o.value(), tamper(o.opening(), rnd, delta)));
            }
        }
        return new ModelProof(z, p.bytes(), mult, p.inverses(), sum, inv, dense, weights, p.weightOpenings(), relu, openings);
    }

    static SumcheckProof tamper(SumcheckProof s, SplittableRandom rnd, Fr delta) {
        List<RoundMessage> rounds = new ArrayList<>(s.rounds());
        int j = rnd.nextInt(rounds.size());
        List<Fr> g = new ArrayList<>(rounds.get(j).evaluations());
        int t = rnd.nextInt(g.size());
        g.set(t, g.get(t).add(delta));
        rounds.set(j, new RoundMessage(g));
        return new SumcheckProof(rounds);
    }

    static HyraxOpening tamper(HyraxOpening o, SplittableRandom rnd, Fr delta) {
        List<Fr> u = new ArrayList<>(o.combinedRow());
        int i = rnd.nextInt(u.size());
        u.set(i, u.get(i).add(delta));
        return new HyraxOpening(u);
    }

    /** The model with one weight of one dense layer changed by a small non-zero amount. */
    static QuantizedModel withWeight(QuantizedModel m, SplittableRandom rnd) {
        List<Layer> layers = new ArrayList<>(m.layers());
        List<Integer> dense = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).kind() == org.zkopml.model.LayerKind.DENSE) dense.add(i);
        int at = dense.get(rnd.nextInt(dense.size()));
        long[][] w = layers.get(at).accept(new WeightsOf());
        w[rnd.nextInt(w.length)][rnd.nextInt(w[0].length)] += 1 + rnd.nextInt(3);
        layers.set(at, new Dense(w, layers.get(at).accept(new BiasOf())));
        return new QuantizedModel(m.name(), m.labels(), m.scaleBits(), m.inputWidth(), m.inputBits(), layers);
    }

    private static final class WeightsOf implements Layer.Visitor<long[][]> {
        public long[][] visitDense(Dense d) { return d.weights(); }
        public long[][] visitRelu(org.zkopml.model.Relu r) { throw new IllegalStateException(); }
        public long[][] visitRequantize(org.zkopml.model.Requantize r) { throw new IllegalStateException(); }
        public long[][] visitDecisionTree(org.zkopml.model.DecisionTree t) { throw new IllegalStateException(); }
        public long[][] visitArgmax(org.zkopml.model.Argmax a) { throw new IllegalStateException(); }
        public long[][] visitEmbedding(org.zkopml.model.Embedding e) { throw new IllegalStateException(); }
        public long[][] visitTransformerBlock(org.zkopml.model.TransformerBlock b) { throw new IllegalStateException(); }
        public long[][] visitLmHead(org.zkopml.model.LmHead h) { throw new IllegalStateException(); }
    }

    private static final class BiasOf implements Layer.Visitor<long[]> {
        public long[] visitDense(Dense d) { return d.bias(); }
        public long[] visitRelu(org.zkopml.model.Relu r) { throw new IllegalStateException(); }
        public long[] visitRequantize(org.zkopml.model.Requantize r) { throw new IllegalStateException(); }
        public long[] visitDecisionTree(org.zkopml.model.DecisionTree t) { throw new IllegalStateException(); }
        public long[] visitArgmax(org.zkopml.model.Argmax a) { throw new IllegalStateException(); }
        public long[] visitEmbedding(org.zkopml.model.Embedding e) { throw new IllegalStateException(); }
        public long[] visitTransformerBlock(org.zkopml.model.TransformerBlock b) { throw new IllegalStateException(); }
        public long[] visitLmHead(org.zkopml.model.LmHead h) { throw new IllegalStateException(); }
    }
}
