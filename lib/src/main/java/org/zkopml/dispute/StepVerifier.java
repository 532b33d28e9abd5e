package org.zkopml.dispute;

import org.zkopml.vm.StepVerdict;

/**
 * The only thing the game asks of a VM (Cannon's {@code step(stateData, proof) → postStateHash}):
 * from a pre-state hash and a witness, the post-state hash or a rejection. The VM's is
 * {@link org.zkopml.vm.OneStep#verify(byte[], byte[])}.
 */
@FunctionalInterface
public interface StepVerifier {
    /** The post-state hash, or why the witness is invalid. */
    StepVerdict step(byte[] preHash, byte[] witness);
}
