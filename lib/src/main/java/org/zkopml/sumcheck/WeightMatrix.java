package org.zkopml.sumcheck;

import java.util.List;

/**
 * A weight matrix of a committed model, W with rows indexed by its output dimensions and columns by its input
 * dimensions (each padded to a power of two, row-major within a group), committed by {@link Hyrax} as Wᵀ exactly
 * as {@link MatMul#commitWeights} does: the committed polynomial's variables are the input bits, then the output
 * bits, so that opening it at (ρ, r) sends the m values u_i = Σ_k eq(ρ, k)·W[i][k].
 *
 * @param name    for messages, e.g. "block 1/W_q"
 * @param index   its position in the committed model's list of matrices
 * @param outBits the variables of each output dimension (rows)
 * @param inBits  the variables of each input dimension (columns)
 */
public record WeightMatrix(String name, int index, List<Integer> outBits, List<Integer> inBits) {
    /** Copies the dimensions. */
    public WeightMatrix {
        outBits = List.copyOf(outBits);
        inBits = List.copyOf(inBits);
    }

    /** Variables of the row index. */
    public int outVariables() {
        return outBits.stream().mapToInt(Integer::intValue).sum();
    }

    /** Variables of the column index. */
    public int inVariables() {
        return inBits.stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return name;
    }
}
