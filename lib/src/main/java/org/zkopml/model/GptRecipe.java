package org.zkopml.model;

/**
 * How a trained GPT is made: its shape and {@link GptTrainer}'s hyper-parameters on {@link SortingTask}'s training
 * prompts. {@link Gpts} holds the built-in one, {@code gpt-tiny}.
 *
 * @param name         the model's name
 * @param config       the shape
 * @param steps        optimiser steps
 * @param batchSize    examples per step
 * @param learningRate Adam's peak step size
 * @param seed         seed of initialisation and sampling
 */
public record GptRecipe(String name, GptConfig config, int steps, int batchSize, double learningRate, long seed) {
    /** The trainer of this recipe. */
    public GptTrainer trainer() {
        return new GptTrainer(config, steps, batchSize, learningRate, seed);
    }

    /** The recipe as text (also the cache key's input). */
    public String describe() {
        return name + ": dataset=" + SortingTask.FILE + " family=gpt " + trainer();
    }
}
