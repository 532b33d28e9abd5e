package org.zkopml.model;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A multilayer perceptron trained by the kit's {@link MlpTrainer} (ReLU, softmax cross-entropy, Adam).
 *
 * @param hidden       widths of the hidden layers, e.g. {@code [32]}
 * @param epochs       passes over the training rows, ≥ 1
 * @param batchSize    rows per mini-batch, ≥ 1
 * @param learningRate Adam's step size, &gt; 0
 * @param l2           weight decay, ≥ 0
 */
public record MlpTrainerConfig(List<Integer> hidden, int epochs, int batchSize, double learningRate, double l2)
        implements TrainerConfig {
    /** Validates (by building the trainer once) and copies {@code hidden}. */
    public MlpTrainerConfig {
        hidden = List.copyOf(hidden);
        trainer(hidden, epochs, batchSize, learningRate, l2, 0);
    }

    private static MlpTrainer trainer(List<Integer> hidden, int epochs, int batchSize, double learningRate, double l2, long seed) {
        return new MlpTrainer(hidden.stream().mapToInt(Integer::intValue).toArray(), epochs, batchSize, learningRate, l2, seed);
    }

    @Override
    public String family() {
        return "mlp";
    }

    @Override
    public String describe() {
        return "trainer=zkopml MlpTrainer(hidden=" + hidden + ", Adam(" + learningRate + "), batch=" + batchSize + ", l2=" + l2
                + ") epochs=" + epochs;
    }

    @Override
    public int steps() {
        return epochs;
    }

    @Override
    public Trained train(Table train, long seed, IntConsumer onStep) {
        MlpTrainer trainer = trainer(hidden, epochs, batchSize, learningRate, l2, seed);
        MlpTrainer.Result result = trainer.train(train, onStep);
        return new Trained(result.model(), trainer.toString(), result.loss());
    }
}
