package org.zkopml.dispute;

import java.util.HexFormat;
import org.zkopml.vm.OutputOpening;

/**
 * What a submitter posts: "the model with this commitment, on the input with this hash, gives this
 * output; the VM halts after {@code steps} steps in the state with this hash" — with an opening of that
 * final state that proves the output words are in its memory.
 *
 * @param modelCommitment Keccak-256 commitment to the model (program)
 * @param inputHash       Keccak-256 of the input words
 * @param output          the claimed output
 * @param finalStateHash  hash of the claimed final VM state
 * @param steps           the claimed trace length N
 * @param opening         the final state and proofs of the output words
 */
public record Claim(byte[] modelCommitment, byte[] inputHash, long[] output, byte[] finalStateHash, long steps, OutputOpening opening) {
    public Claim {
        modelCommitment = modelCommitment.clone();
        inputHash = inputHash.clone();
        output = output.clone();
        finalStateHash = finalStateHash.clone();
    }

    @Override
    public long[] output() {
        return output.clone();
    }

    @Override
    public byte[] finalStateHash() {
        return finalStateHash.clone();
    }

    @Override
    public byte[] modelCommitment() {
        return modelCommitment.clone();
    }

    @Override
    public byte[] inputHash() {
        return inputHash.clone();
    }

    @Override
    public String toString() {
        return "Claim[output=" + java.util.Arrays.toString(output) + ", steps=" + steps + ", finalStateHash=0x"
                + HexFormat.of().formatHex(finalStateHash, 0, 6) + "…]";
    }
}
