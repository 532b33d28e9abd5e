package org.zkopml.model;

/**
 * Float versus fixed point on a recipe's test rows.
 *
 * @param model          recipe name
 * @param scaleBits      the fixed-point scale
 * @param parameters     number of parameters
 * @param macs           multiply–accumulates per inference
 * @param accumulatorBits widest signed value the integer model needs
 * @param testRows       number of test rows
 * @param floatAccuracy  share of test rows the float model classifies correctly
 * @param fixedAccuracy  share of test rows the integer model classifies correctly
 * @param agreement      share of test rows where float and integer predict the same class
 */
public record Evaluation(String model, int scaleBits, long parameters, long macs, int accumulatorBits, int testRows,
                         double floatAccuracy, double fixedAccuracy, double agreement) {
    /** {@code fixedAccuracy − floatAccuracy}, the cost of fixed point (negative when it loses). */
    public double accuracyDelta() {
        return fixedAccuracy - floatAccuracy;
    }

    @Override
    public String toString() {
        return String.format("%s @2^%d: float %.4f, fixed %.4f, agreement %.4f (%d test rows, %d parameters, %d MACs, %d-bit accumulator)",
                model, scaleBits, floatAccuracy, fixedAccuracy, agreement, testRows, parameters, macs, accumulatorBits);
    }
}
