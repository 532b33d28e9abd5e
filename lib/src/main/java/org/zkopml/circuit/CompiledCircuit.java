package org.zkopml.circuit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.ConstraintSystem;

/**
 * A model's inference as a rank-1 constraint system with a satisfying witness (iden3 wire order: w_0 = 1,
 * the public output y, the public inputs, the private inputs, the internal wires).
 *
 * @param system              the constraint system
 * @param witness             the full witness w_0..w_{n−1}
 * @param output              the proven output (the class index), read from the public output wires
 * @param constraintsByOrigin constraints per part of the circuit ("input", "commitment", "layer 0 dense", …,
 *                            "output"), in order of appearance
 */
public record CompiledCircuit(ConstraintSystem system, Fr[] witness, long[] output, Map<String, Integer> constraintsByOrigin) {
    /** Copies the arrays and the map. */
    public CompiledCircuit {
        Objects.requireNonNull(system, "system");
        witness = witness.clone();
        output = output.clone();
        constraintsByOrigin = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constraintsByOrigin));
        if (witness.length != system.wires()) {
            throw new IllegalArgumentException("a witness of " + witness.length + " values for " + system.wires() + " wires");
        }
    }

    @Override
    public Fr[] witness() {
        return witness.clone();
    }

    @Override
    public long[] output() {
        return output.clone();
    }

    /** The public wire values w_1..w_ℓ (ℓ = outputs + public inputs): what a Groth16 verifier is given. */
    public Fr[] publicInputs() {
        return Arrays.copyOfRange(witness, 1, 1 + system.publicWires());
    }

    /** The number of constraints. */
    public int constraints() {
        return system.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledCircuit c && system.equals(c.system) && Arrays.equals(witness, c.witness)
                && Arrays.equals(output, c.output) && constraintsByOrigin.equals(c.constraintsByOrigin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, Arrays.hashCode(witness), Arrays.hashCode(output), constraintsByOrigin);
    }

    @Override
    public String toString() {
        return "CompiledCircuit[" + system.size() + " constraints, " + system.wires() + " wires, " + system.publicWires()
                + " public, output " + Arrays.toString(output) + "]";
    }
}
