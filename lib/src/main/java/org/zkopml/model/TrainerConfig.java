package org.zkopml.model;

import java.util.function.IntConsumer;

/**
 * The trainer of a {@link Recipe} and its hyper-parameters, one immutable type per model family (as
 * Tribuo configures a {@code Trainer}): {@link LinearTrainerConfig} (Tribuo's logistic regression by SGD),
 * {@link TreeTrainerConfig} (Tribuo's CART) and {@link MlpTrainerConfig} (the kit's MLP trainer). Sealed,
 * so the families are exactly these three.
 */
public sealed interface TrainerConfig permits LinearTrainerConfig, TreeTrainerConfig, MlpTrainerConfig {
    /** The family's name in recipe names and the CLI: {@code linear}, {@code tree} or {@code mlp}. */
    String family();

    /** The trainer and its hyper-parameters as text (part of {@link Recipe#describe()}, hence of the cache key). */
    String describe();

    /** Units of training work, for a progress bar (epochs for an MLP, 1 otherwise). */
    int steps();

    /**
     * Trains on standardised rows, reporting finished {@link #steps()} to {@code onStep}.
     *
     * @param seed the seed of training
     */
    Trained train(Table train, long seed, IntConsumer onStep);

    /**
     * A freshly trained float model.
     *
     * @param model      the model
     * @param provenance the trainer's own description of the run (Tribuo's provenance, or the kit trainer's)
     * @param loss       the training loss per epoch (empty when the trainer reports none)
     */
    record Trained(FloatModel model, String provenance, LossCurve loss) {}
}
