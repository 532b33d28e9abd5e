package org.zkopml.dispute;

import java.util.Arrays;
import java.util.Objects;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.OutputOpening;

/**
 * The submitter's claim: "model M on input x gives output y; the VM halts after N steps in the state with
 * hash h", with the opening of h that proves the output words are in that state. Two claims with the
 * same content are {@code equals}.
 *
 * @param modelCommitment the model's commitment
 * @param inputRoot       the input's root ({@link Task#inputRoot()})
 * @param output          the claimed output words
 * @param finalStateHash  hash of the claimed final state
 * @param steps           the claimed trace length N (the referee accepts 1 ≤ N ≤ {@link Referee#MAX_STEPS})
 * @param opening         the final state and proofs of the output words
 */
public record Claim(Bytes32 modelCommitment, Bytes32 inputRoot, long[] output, Bytes32 finalStateHash, long steps, OutputOpening opening) {
    public Claim {
        Objects.requireNonNull(modelCommitment, "modelCommitment");
        Objects.requireNonNull(inputRoot, "inputRoot");
        Objects.requireNonNull(finalStateHash, "finalStateHash");
        Objects.requireNonNull(opening, "opening");
        output = output.clone();
    }

    @Override
    public long[] output() {
        return output.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && modelCommitment.equals(c.modelCommitment) && inputRoot.equals(c.inputRoot)
                && Arrays.equals(output, c.output) && finalStateHash.equals(c.finalStateHash) && steps == c.steps && opening.equals(c.opening);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelCommitment, inputRoot, Arrays.hashCode(output), finalStateHash, steps);
    }

    @Override
    public String toString() {
        return "Claim[output=" + Arrays.toString(output) + ", steps=" + steps + ", finalStateHash=" + finalStateHash.shortHex() + "]";
    }
}
