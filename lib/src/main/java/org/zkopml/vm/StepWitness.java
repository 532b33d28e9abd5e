package org.zkopml.vm;

import java.util.List;

/**
 * The one-step witness of a transition: the pre-state and the Merkle proofs of the memory words the
 * instruction touches (the fetched word, then the loaded/stored word). {@link #encode()} gives the bytes
 * {@link OneStep#verify(org.zkopml.values.Bytes32, byte[])} reads (layout in {@code package-info}).
 *
 * @param pre    the pre-state
 * @param proofs 0, 1 or 2 memory proofs against {@code pre.memRoot()}
 */
public record StepWitness(VmState pre, List<MemoryProof> proofs) {
    public StepWitness {
        proofs = List.copyOf(proofs);
        if (proofs.size() > 2) throw new IllegalArgumentException("a step touches at most two words");
    }

    /** preState ‖ proof* (each word ‖ 27 siblings). */
    public byte[] encode() {
        byte[] out = new byte[VmState.BYTES + proofs.size() * MemoryProof.BYTES];
        System.arraycopy(pre.encode(), 0, out, 0, VmState.BYTES);
        for (int i = 0; i < proofs.size(); i++) System.arraycopy(proofs.get(i).encode(), 0, out, VmState.BYTES + i * MemoryProof.BYTES, MemoryProof.BYTES);
        return out;
    }
}
