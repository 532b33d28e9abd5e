package org.zkopml.dispute;

import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The only thing the referee asks of a VM (Cannon's {@code step(stateData, proof) → postStateHash}):
 * from a pre-state hash and a witness, the post-state hash or a rejection. The kit's VM provides
 * {@code org.zkopml.vm.OneStep::verify}; {@link Task#stepVerifier()} is where the two are wired.
 * An implementation must not throw (the referee never does).
 */
@FunctionalInterface
public interface StepVerifier {
    /** The post-state hash, or why the witness is invalid. */
    Verdict<Bytes32> step(Bytes32 preHash, byte[] witness);
}
