package org.zkopml.model;

import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.function.IntConsumer;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * A linear classifier trained by Tribuo's {@code LinearSGDTrainer}: multinomial logistic loss, AdaGrad.
 *
 * @param epochs       passes over the training rows, ≥ 1
 * @param learningRate AdaGrad's initial step size, &gt; 0
 */
public record LinearTrainerConfig(int epochs, double learningRate) implements TrainerConfig {
    /** Validates the hyper-parameters. */
    public LinearTrainerConfig {
        if (epochs < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("linear trainer: epochs ≥ 1 and learning rate > 0, got " + epochs + ", " + learningRate);
        }
    }

    @Override
    public String family() {
        return "linear";
    }

    @Override
    public String describe() {
        return "trainer=tribuo LinearSGDTrainer(LogMulticlass, AdaGrad(" + learningRate + ", 0.1)) epochs=" + epochs;
    }

    @Override
    public int steps() {
        return 1;
    }

    @Override
    public Trained train(Table train, long seed, IntConsumer onStep) {
        LinearSGDModel tribuo = TribuoLinear.train(train, epochs, learningRate, seed);
        Trained t = new Trained(TribuoLinear.extract(tribuo, train), ProvenanceUtil.formattedProvenanceString(tribuo.getProvenance()),
                LossCurve.NONE);
        onStep.accept(1);
        return t;
    }
}
