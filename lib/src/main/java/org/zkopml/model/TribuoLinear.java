package org.zkopml.model;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Multinomial logistic regression trained by Tribuo's {@link LinearSGDTrainer} (log-loss
 * {@link LogMulticlass}, {@link AdaGrad}, seeded), and its weights read back as a {@link LinearClassifier}.
 */
public final class TribuoLinear {
    private TribuoLinear() {}

    /** Trains on a (standardised) table. */
    public static LinearSGDModel train(Table train, int epochs, double learningRate, long seed) {
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs,
                Math.max(1, train.rows()), 1, seed);
        return trainer.train(TribuoData.dataset(train));
    }

    /**
     * The weights of a Tribuo model, reordered to the table's columns and classes. Tribuo stores a
     * {@code classes × (features + 1)} matrix whose last column is the bias.
     */
    public static LinearClassifier extract(LinearSGDModel model, Table like) {
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int[] labelIds = TribuoData.labelIds(model.getOutputIDInfo(), like.classNames());
        int biasColumn = w.getDimension2Size() - 1;
        double[][] weights = new double[like.classes()][like.width()];
        double[] bias = new double[like.classes()];
        for (int c = 0; c < like.classes(); c++) {
            for (int i = 0; i < like.width(); i++) {
                int id = features.getID(like.featureNames().get(i));
                weights[c][i] = id < 0 ? 0 : w.get(labelIds[c], id);
            }
            bias[c] = w.get(labelIds[c], biasColumn);
        }
        return new LinearClassifier(weights, bias);
    }
}
