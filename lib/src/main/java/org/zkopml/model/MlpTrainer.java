package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * A small, seeded trainer for a {@link MultilayerPerceptron} (Tribuo has no MLP outside its
 * TensorFlow interop). Loss: softmax cross-entropy {@code L = −log softmax(z)_y}, averaged over a
 * mini-batch, plus {@code (λ/2)·Σ W²}. Optimiser: Adam (Kingma &amp; Ba, 2015) with
 * {@code β1 = 0.9, β2 = 0.999, ε = 1e-8}. Initialisation: He normal, {@code W ~ N(0, 2/fan_in)}, zero biases.
 * Each epoch visits the rows in an order shuffled by the seeded {@link Random}.
 *
 * <p>Reproducible bit for bit across JVMs: Java arithmetic is IEEE-754 strict since Java 17,
 * {@link Random} is a specified algorithm, and the only transcendental function used is
 * {@link StrictMath#exp} (and {@link StrictMath#log} for the reported loss).
 *
 * @param hidden       widths of the hidden layers, e.g. {@code [32]} for 64→32→10
 * @param epochs       passes over the training rows
 * @param batchSize    rows per mini-batch
 * @param learningRate Adam's step size α
 * @param l2           weight decay λ
 * @param seed         seed of initialisation and shuffling
 */
public record MlpTrainer(int[] hidden, int epochs, int batchSize, double learningRate, double l2, long seed) {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    /** Validates and copies. */
    public MlpTrainer {
        hidden = hidden.clone();
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || l2 < 0) {
            throw new IllegalArgumentException("epochs and batch size must be positive, learning rate > 0, l2 ≥ 0");
        }
        for (int h : hidden) if (h < 1) throw new IllegalArgumentException("hidden widths must be positive");
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * The result of training.
     *
     * @param model the trained network
     * @param loss  mean training loss (cross-entropy, without the L2 term) of each epoch
     */
    public record Result(MultilayerPerceptron model, LossCurve loss) {
    }

    /** Trains on a (standardised) table. */
    public Result train(Table data) {
        return train(data, epoch -> { });
    }

    /** Trains, calling {@code onEpoch} with the number of finished epochs after each one. */
    public Result train(Table data, IntConsumer onEpoch) {
        int[] widths = new int[hidden.length + 2];
        widths[0] = data.width();
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = data.classes();
        int layers = widths.length - 1;
        Random random = new Random(seed);
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new double[widths[l + 1]][widths[l]];
            b[l] = new double[widths[l + 1]];
            double sd = StrictMath.sqrt(2.0 / widths[l]);
            for (double[] row : w[l]) for (int i = 0; i < row.length; i++) row[i] = random.nextGaussian() * sd;
        }
        Adam adam = new Adam(w, b);
        double[][] x = data.features();
        int[] y = data.labels();
        int[] order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        double[] lossCurve = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double epochLoss = 0;
            for (int start = 0; start < order.length; start += batchSize) {
                int end = Math.min(order.length, start + batchSize);
                double[][][] gw = new double[layers][][];
                double[][] gb = new double[layers][];
                for (int l = 0; l < layers; l++) {
                    gw[l] = new double[widths[l + 1]][widths[l]];
                    gb[l] = new double[widths[l + 1]];
                }
                for (int n = start; n < end; n++) {
                    epochLoss += backprop(w, b, x[order[n]], y[order[n]], gw, gb);
                }
                int m = end - start;
                for (int l = 0; l < layers; l++) {
                    for (int j = 0; j < gw[l].length; j++) {
                        for (int i = 0; i < gw[l][j].length; i++) gw[l][j][i] = gw[l][j][i] / m + l2 * w[l][j][i];
                        gb[l][j] /= m;
                    }
                }
                adam.step(w, b, gw, gb, learningRate);
            }
            lossCurve[epoch] = epochLoss / order.length;
            onEpoch.accept(epoch + 1);
        }
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            weights.add(w[l]);
            biases.add(b[l]);
        }
        return new Result(new MultilayerPerceptron(weights, biases), new LossCurve(lossCurve));
    }

    /** Adds one row's gradients to gw, gb and returns its cross-entropy loss. */
    private static double backprop(double[][][] w, double[][] b, double[] x, int label, double[][][] gw, double[][] gb) {
        int layers = w.length;
        double[][] a = new double[layers + 1][];
        a[0] = x;
        for (int l = 0; l < layers; l++) {
            a[l + 1] = Quantizer.affine(w[l], b[l], a[l]);
            if (l < layers - 1) for (int i = 0; i < a[l + 1].length; i++) a[l + 1][i] = Math.max(0, a[l + 1][i]);
        }
        double[] p = Quantizer.softmax(a[layers]);
        double loss = -StrictMath.log(Math.max(p[label], 1e-300));
        double[] delta = p.clone();
        delta[label] -= 1;
        for (int l = layers - 1; l >= 0; l--) {
            double[] in = a[l];
            for (int j = 0; j < delta.length; j++) {
                gb[l][j] += delta[j];
                double[] row = gw[l][j];
                for (int i = 0; i < in.length; i++) row[i] += delta[j] * in[i];
            }
            if (l > 0) {
                double[] prev = new double[in.length];
                for (int j = 0; j < delta.length; j++) {
                    double[] row = w[l][j];
                    for (int i = 0; i < in.length; i++) prev[i] += row[i] * delta[j];
                }
                for (int i = 0; i < prev.length; i++) if (in[i] <= 0) prev[i] = 0;
                delta = prev;
            }
        }
        return loss;
    }

    /** Adam's moment estimates and its update rule. */
    private static final class Adam {
        private final double[][][] mw;
        private final double[][][] vw;
        private final double[][] mb;
        private final double[][] vb;
        private int t;

        Adam(double[][][] w, double[][] b) {
            mw = new double[w.length][][];
            vw = new double[w.length][][];
            mb = new double[w.length][];
            vb = new double[w.length][];
            for (int l = 0; l < w.length; l++) {
                mw[l] = new double[w[l].length][w[l][0].length];
                vw[l] = new double[w[l].length][w[l][0].length];
                mb[l] = new double[b[l].length];
                vb[l] = new double[b[l].length];
            }
        }

        void step(double[][][] w, double[][] b, double[][][] gw, double[][] gb, double alpha) {
            t++;
            double c1 = 1 - StrictMath.pow(BETA1, t);
            double c2 = 1 - StrictMath.pow(BETA2, t);
            for (int l = 0; l < w.length; l++) {
                for (int j = 0; j < w[l].length; j++) {
                    for (int i = 0; i < w[l][j].length; i++) {
                        w[l][j][i] -= update(mw[l][j], vw[l][j], i, gw[l][j][i], alpha, c1, c2);
                    }
                    b[l][j] -= update(mb[l], vb[l], j, gb[l][j], alpha, c1, c2);
                }
            }
        }

        private static double update(double[] m, double[] v, int i, double g, double alpha, double c1, double c2) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            return alpha * (m[i] / c1) / (StrictMath.sqrt(v[i] / c2) + EPSILON);
        }
    }
}
