package org.zkopml.model;

/**
 * A seeded, stratified train/test split of a {@link Table} (see {@link Table#split(double, long)}).
 *
 * @param train        the training rows
 * @param test         the held-out rows
 * @param testFraction share of each class held out
 * @param seed         the shuffling seed
 */
public record Split(Table train, Table test, double testFraction, long seed) {}
