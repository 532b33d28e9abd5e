package org.zkopml.lab;

/**
 * The result of timing one operation live: how many times it ran and how long that took.
 *
 * @param label      what was measured
 * @param operations how many times the operation ran in the timed window (after warm-up)
 * @param nanos      wall-clock nanoseconds of the timed window
 */
public record Measurement(String label, long operations, long nanos) {

    public Measurement {
        if (operations <= 0 || nanos <= 0) {
            throw new IllegalArgumentException("a measurement needs at least one operation and a positive duration");
        }
    }

    /** Mean nanoseconds per operation. */
    public double nanosPerOperation() {
        return (double) nanos / operations;
    }

    /** Mean operations per second. */
    public double operationsPerSecond() {
        return operations * 1e9 / nanos;
    }

    @Override
    public String toString() {
        return String.format("%s: %s per op, %.1f ops/s (%d ops)", label, Stopwatch.format(nanosPerOperation()),
                operationsPerSecond(), operations);
    }
}
