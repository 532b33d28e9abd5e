package org.zkopml.circuit;

import java.util.Map;
import org.zkopml.field.Fr;
import org.zkopml.model.QuantizedModel;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.Gadgets;
import org.zkopml.r1cs.LinearCombination;
import org.zkopml.r1cs.Origin;

/**
 * The model → circuit compiler: one call writes the whole statement. The public wires, in order, are the class
 * index y (the public output), then for statements b and c the input x_0..x_{n−1}, then for a and b the
 * commitment ({@link PackedCommitment}: to the input with {@code inputBits}-bit values for a, to the
 * {@link ModelParameters} with their {@link ModelParameters#widths} for b). Every input value is range-checked to the model's
 * {@code inputBits} (by the commitment in statement a). The witness is computed as the circuit is written,
 * independently of {@link org.zkopml.model.IntegerInference}, and checked before it is returned.
 */
public final class ModelCircuits {
    private ModelCircuits() {}

    /** {@link #compile(QuantizedModel, Statement, long[], Fr)} with blinding 0 (a commitment that binds but hides only large inputs). */
    public static CompiledCircuit compile(QuantizedModel model, Statement statement, long[] input) {
        return compile(model, statement, input, Fr.ZERO);
    }

    /**
     * The circuit of "model on input gives y" for a statement, with the blinding ρ of its commitment (statements
     * a and b; ignored for c).
     *
     * @throws IllegalArgumentException if the input has the wrong width or a value outside the model's range
     */
    public static CompiledCircuit compile(QuantizedModel model, Statement statement, long[] input, Fr blinding) {
        checkInput(model, input);
        CircuitBuilder cb = new CircuitBuilder();
        long[] params = ModelParameters.of(model);
        int[] paramWidths = ModelParameters.widths(model);
        LinearCombination[] x = new LinearCombination[input.length];
        LinearCombination[] p = new LinearCombination[params.length];
        cb.at("input", "");
        if (statement.privateInput()) {
            LinearCombination commitment = cb.publicInput(PackedCommitment.commit(input, model.inputBits(), blinding));
            for (int i = 0; i < input.length; i++) x[i] = cb.privateInput(Fr.of(input[i]));
            LinearCombination rho = cb.privateInput(blinding);
            cb.at("commitment", "input");
            cb.enforceEqual(PackedCommitment.gadget(cb, x, PackedCommitment.uniform(x.length, model.inputBits()), rho), commitment, "commitment: equals the public one");
        } else {
            for (int i = 0; i < input.length; i++) x[i] = cb.publicInput(Fr.of(input[i]));
            for (int i = 0; i < input.length; i++) {
                cb.at("input", "x_" + i);
                Gadgets.signedRange(cb, x[i], model.inputBits(), "input range");
            }
        }
        if (statement.privateModel()) {
            cb.at("commitment", "model");
            LinearCombination commitment = cb.publicInput(PackedCommitment.commit(params, paramWidths, blinding));
            for (int i = 0; i < params.length; i++) p[i] = cb.privateInput(Fr.of(params[i]));
            LinearCombination rho = cb.privateInput(blinding);
            cb.enforceEqual(PackedCommitment.gadget(cb, p, paramWidths, rho), commitment, "commitment: equals the public one");
        } else {
            for (int i = 0; i < params.length; i++) p[i] = CircuitBuilder.constant(params[i]);
        }
        LinearCombination[] y = new LayerCircuit(cb, model, p, statement.privateModel(), x).writeAll(model.layers());
        cb.at("output", "");
        long[] output = new long[y.length];
        for (int j = 0; j < y.length; j++) {
            Fr v = cb.value(y[j]);
            output[j] = CircuitBuilder.signed(v).longValueExact();
            cb.enforceEqual(cb.publicOutput(v), y[j], "output: public y");
        }
        CircuitBuilder.Built built = cb.build();
        var verdict = built.system().check(built.witness());
        if (!verdict.accepted()) throw new IllegalStateException("the compiler wrote an unsatisfied witness: " + verdict.reason());
        Map<String, Integer> counts = built.system().countsBy(o -> Origin.parse(o).part());
        return new CompiledCircuit(built.system(), built.witness(), output, counts);
    }

    private static void checkInput(QuantizedModel model, long[] input) {
        if (input.length != model.inputWidth()) {
            throw new IllegalArgumentException("input has width " + input.length + ", model " + model.name() + " expects " + model.inputWidth());
        }
        long limit = model.inputMaxAbs();
        for (int i = 0; i < input.length; i++) {
            if (input[i] > limit || input[i] < -limit) {
                throw new IllegalArgumentException("input value " + input[i] + " at index " + i + " is outside ±" + limit
                        + " (" + model.inputBits() + "-bit inputs)");
            }
        }
    }
}
