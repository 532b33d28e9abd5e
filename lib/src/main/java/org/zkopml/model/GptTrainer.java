package org.zkopml.model;

import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A small, seeded trainer for a {@link FloatTransformer} on next-token examples (T ids and the token that follows):
 * cross-entropy at the last position, Adam (β₁ = 0.9, β₂ = 0.98, ε = 1e-9) with a linear warm-up over the first
 * 5 % of the steps and a cosine decay to a tenth, mini-batches drawn with replacement by the seeded
 * {@link Random}. Initialisation: embeddings N(0, 0.5²), matrices N(0, 1/fan_in) (the residual outputs W_o and
 * W_2 scaled by 1/√(2L)), gains 1.
 *
 * <p>Reproducible bit for bit: each mini-batch is split into a fixed number of chunks whose gradients are
 * computed independently (on both cores) and added in chunk order; Java's arithmetic is IEEE-754 strict and the
 * only transcendental functions are {@link StrictMath#exp} and {@link StrictMath#log}.
 *
 * @param config       the shape
 * @param steps        optimiser steps, ≥ 1
 * @param batchSize    examples per step, ≥ 1
 * @param learningRate Adam's peak step size, &gt; 0
 * @param seed         seed of initialisation and sampling
 */
public record GptTrainer(GptConfig config, int steps, int batchSize, double learningRate, long seed) {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.98;
    private static final double EPSILON = 1e-9;
    private static final int CHUNKS = 4;

    /** Validates. */
    public GptTrainer {
        if (steps < 1 || batchSize < 1 || !(learningRate > 0)) throw new IllegalArgumentException("steps, batch size and learning rate must be positive");
    }

    /**
     * The trained model and its loss curve.
     *
     * @param model the trained network
     * @param loss  mean cross-entropy of each step's mini-batch
     */
    public record Result(FloatTransformer model, LossCurve loss) {
    }

    /** The initial parameters drawn from the seed. */
    double[] initial() {
        GptLayout lay = new GptLayout(config);
        Random random = new Random(seed);
        double[] w = new double[lay.size];
        int d = config.width(), f = config.hidden();
        double residual = 1 / Math.sqrt(2.0 * config.layers());
        fill(w, lay.tok, config.vocabulary() * d, 0.5, random);
        fill(w, lay.pos, config.context() * d, 0.5, random);
        for (int l = 0; l < config.layers(); l++) {
            java.util.Arrays.fill(w, lay.g1[l], lay.g1[l] + d, 1.0);
            java.util.Arrays.fill(w, lay.g2[l], lay.g2[l] + d, 1.0);
            double sd = 1 / Math.sqrt(d);
            fill(w, lay.wq[l], d * d, sd, random);
            fill(w, lay.wk[l], d * d, sd, random);
            fill(w, lay.wv[l], d * d, sd, random);
            fill(w, lay.wo[l], d * d, sd * residual, random);
            fill(w, lay.w1[l], f * d, sd, random);
            fill(w, lay.w2[l], d * f, residual / Math.sqrt(f), random);
        }
        java.util.Arrays.fill(w, lay.gf, lay.gf + d, 1.0);
        fill(w, lay.lm, config.vocabulary() * d, 1 / Math.sqrt(d), random);
        return w;
    }

    private static void fill(double[] w, int off, int n, double sd, Random random) {
        for (int i = 0; i < n; i++) w[off + i] = random.nextGaussian() * sd;
    }

    /** Trains on examples: {@code inputs[n]} (T ids each) followed by {@code targets[n]}. */
    public Result train(int[][] inputs, int[] targets, IntConsumer onStep) {
        if (inputs.length == 0 || inputs.length != targets.length) throw new IllegalArgumentException("need as many targets as inputs, at least one");
        GptLayout lay = new GptLayout(config);
        double[] w = initial();
        double[] m = new double[w.length], v = new double[w.length];
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double[] curve = new double[steps];
        int warmup = Math.max(1, steps / 20);
        for (int step = 0; step < steps; step++) {
            int[] batch = new int[batchSize];
            for (int b = 0; b < batchSize; b++) batch[b] = random.nextInt(inputs.length);
            double[][] grads = new double[CHUNKS][];
            double[] losses = new double[CHUNKS];
            final double[] weights = w;
            IntStream.range(0, CHUNKS).parallel().forEach(ch -> {
                double[] g = new double[weights.length];
                double loss = 0;
                for (int b = ch; b < batchSize; b += CHUNKS) {
                    GptGradient.Pass p = GptGradient.forward(weights, lay, inputs[batch[b]]);
                    loss += GptGradient.backward(weights, lay, p, targets[batch[b]], g);
                }
                grads[ch] = g;
                losses[ch] = loss;
            });
            double loss = 0;
            double[] g = grads[0];
            for (int ch = 1; ch < CHUNKS; ch++) for (int i = 0; i < g.length; i++) g[i] += grads[ch][i];
            for (double l : losses) loss += l;
            curve[step] = loss / batchSize;
            double rate = step < warmup ? learningRate * (step + 1) / warmup
                    : learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * (step - warmup) / Math.max(1, steps - warmup))));
            double c1 = 1 - StrictMath.pow(BETA1, step + 1), c2 = 1 - StrictMath.pow(BETA2, step + 1);
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] / batchSize;
                m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
                v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
                w[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
            }
            onStep.accept(step + 1);
        }
        return new Result(new FloatTransformer(config, w), new LossCurve(curve));
    }

    @Override
    public String toString() {
        return "zkopml GptTrainer(" + config + ", steps=" + steps + ", batch=" + batchSize + ", Adam(" + learningRate + "), seed=" + seed + ")";
    }
}
