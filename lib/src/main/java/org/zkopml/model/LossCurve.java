package org.zkopml.model;

import java.util.Arrays;

/**
 * A training run's loss curve: the mean loss of each epoch (the MLP) or of each step's mini-batch (the transformer),
 * in order; empty for a trainer that reports none (Tribuo's linear and tree trainers). A value: its numbers are
 * copied in and out, and two curves are equal when their numbers are.
 *
 * @param values the losses, first to last
 */
public record LossCurve(double[] values) {
    /** The curve of a trainer that reports no loss. */
    public static final LossCurve NONE = new LossCurve(new double[0]);

    /** Copies the numbers. */
    public LossCurve {
        values = values.clone();
    }

    /** A copy of the losses, first to last (for a chart). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of points (epochs or steps). */
    public int size() {
        return values.length;
    }

    /** The last loss (throws on an empty curve). */
    public double last() {
        return values[values.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossCurve c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return values.length == 0 ? "no loss reported" : values.length + " points, " + values[0] + " → " + last();
    }
}
