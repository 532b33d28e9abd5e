package org.zkopml.circuit;

import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.LinearCombination;

/**
 * The R1CS of one integer matrix product Y = W·X with W (m × n) and X (n × p) private and Y public: the dense
 * layer of {@link LayerCircuit} (statement b, private weights) without bias and range checks, written so that
 * it costs exactly <b>one constraint per multiplication</b>, m·n·p in all. For each output entry,
 * <pre>
 *   t_k = W[i][k] · X[k][j]                          for k &lt; n − 1   (one constraint each, t_k a new wire)
 *   W[i][n−1] · X[n−1][j] = Y[i][j] − Σ_{k&lt;n−1} t_k                  (the last product closes the sum)
 * </pre>
 * so the linear equation Y = Σ_k t_k needs no row of its own (circom's optimiser removes such linear rows the
 * same way). Wires, in iden3's order: 1 | Y (m·p public outputs, row by row) | W (m·n private inputs, row by
 * row) | X (n·p private inputs, row by row) | the products.
 *
 * <p>This is the circuit the kit's Groth16 prover is compared with Thaler's sumcheck proof of the same
 * product ({@code sumcheck.MatMul}) on: both prove that the public Y is W·X, for the same integers.
 */
public final class MatrixProductCircuit {
    private MatrixProductCircuit() {}

    /**
     * The system and its witness for Y = W·X (integers embedded in F_r; Y is computed here with exact 64-bit
     * arithmetic, an overflow throws ArithmeticException).
     *
     * @throws IllegalArgumentException if the shapes do not match or a matrix is empty or ragged
     */
    public static CircuitBuilder.Built of(long[][] w, long[][] x) {
        int m = w.length, n = x.length;
        if (m == 0 || n == 0 || x[0].length == 0) throw new IllegalArgumentException("W and X must not be empty");
        int p = x[0].length;
        for (long[] row : w) if (row.length != n) throw new IllegalArgumentException("every row of W must have " + n + " entries (X has " + n + " rows)");
        for (long[] row : x) if (row.length != p) throw new IllegalArgumentException("every row of X must have " + p + " entries");
        CircuitBuilder cb = new CircuitBuilder().at("matrix product " + m + "×" + n + " by " + n + "×" + p, "");
        LinearCombination[][] wv = new LinearCombination[m][n], xv = new LinearCombination[n][p];
        for (int i = 0; i < m; i++) for (int k = 0; k < n; k++) wv[i][k] = cb.privateInput(Fr.of(w[i][k]));
        for (int k = 0; k < n; k++) for (int j = 0; j < p; j++) xv[k][j] = cb.privateInput(Fr.of(x[k][j]));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                cb.at(cb.part(), "Y[" + i + "][" + j + "]");
                LinearCombination sum = LinearCombination.ZERO;
                long y = 0;
                for (int k = 0; k < n - 1; k++) {
                    sum = sum.plus(cb.mul(wv[i][k], xv[k][j], "W·X product"));
                    y = Math.addExact(y, Math.multiplyExact(w[i][k], x[k][j]));
                }
                y = Math.addExact(y, Math.multiplyExact(w[i][n - 1], x[n - 1][j]));
                LinearCombination out = cb.publicOutput(Fr.of(y));
                cb.enforce(wv[i][n - 1], xv[n - 1][j], out.minus(sum), "W·X last product = Y − Σ others");
            }
        }
        return cb.build();
    }

    /** The public outputs of {@link #of}'s system for this Y: its entries row by row, embedded in F_r. */
    public static Fr[] publicOutputs(long[][] y) {
        int p = y[0].length;
        Fr[] out = new Fr[y.length * p];
        for (int i = 0; i < y.length; i++) for (int j = 0; j < p; j++) out[i * p + j] = Fr.of(y[i][j]);
        return out;
    }
}
