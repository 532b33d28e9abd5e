package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * Cross-check with a real runtime: the float linear model exported by Tribuo's ONNX export and scored by
 * ONNX Runtime gives the same class probabilities as Tribuo itself, and as the kit's
 * {@link LinearClassifier} read from Tribuo's weights, within 1e-5.
 */
class OnnxCrossCheckTest {
    private static final double TOLERANCE = 1e-5;

    @Test
    void onnxRuntimeAgreesWithTribuoAndTheKit() throws Exception {
        Recipe recipe = Recipes.get("wine-linear");
        Split split = Datasets.load(recipe.dataset()).split(recipe.testFraction(), recipe.seed());
        Standardizer standardizer = Standardizer.fit(split.train());
        Table train = standardizer.apply(split.train());
        Table test = standardizer.apply(split.test());
        LinearTrainerConfig linear = (LinearTrainerConfig) recipe.trainer();
        LinearSGDModel tribuo = TribuoLinear.train(train, linear.epochs(), linear.learningRate(), recipe.seed());
        LinearClassifier kit = TribuoLinear.extract(tribuo, train);
        byte[] onnx = tribuo.exportONNXModel("org.zkopml", 1).toByteArray();
        int[] labelIds = TribuoData.labelIds(tribuo.getOutputIDInfo(), test.classNames());
        String[] names = test.featureNames().toArray(new String[0]);

        float[][] batch = new float[test.rows()][];
        for (int r = 0; r < test.rows(); r++) {
            double[] x = test.row(r);
            batch[r] = new float[x.length];
            for (int i = 0; i < x.length; i++) batch[r][i] = (float) x[i];
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double worst = 0;
        try (OrtSession session = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, batch);
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            float[][] ort = (float[][]) result.get(0).getValue();
            assertEquals(test.rows(), ort.length);
            for (int r = 0; r < test.rows(); r++) {
                // Tribuo scores float inputs too: give it the same float32-rounded values ONNX Runtime saw.
                double[] x = new double[batch[r].length];
                for (int i = 0; i < x.length; i++) x[i] = batch[r][i];
                Prediction<Label> p = tribuo.predict(TribuoData.example(x, test.classNames().get(0), names));
                double[] kitP = kit.probabilities(x);
                for (int c = 0; c < test.classes(); c++) {
                    double tribuoP = p.getOutputScores().get(test.classNames().get(c)).getScore();
                    double ortP = ort[r][labelIds[c]];
                    worst = Math.max(worst, Math.max(Math.abs(tribuoP - ortP), Math.abs(kitP[c] - tribuoP)));
                    assertEquals(tribuoP, ortP, TOLERANCE, "row " + r + " class " + c + ": Tribuo vs ONNX Runtime");
                    assertEquals(tribuoP, kitP[c], TOLERANCE, "row " + r + " class " + c + ": Tribuo vs kit");
                }
            }
        }
        assertTrue(worst < TOLERANCE && test.rows() == 45, "compared " + test.rows() + " rows, worst difference " + worst);
    }
}
