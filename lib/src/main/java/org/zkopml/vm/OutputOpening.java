package org.zkopml.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * An opening of a final state: its 177-byte encoding and the Merkle proofs of the output words, so a
 * referee holding only a state hash can check "this state is halted after {@code steps} steps and its
 * memory holds these output values".
 *
 * @param state  the state encoding
 * @param proofs one proof per output word, in address order
 */
public record OutputOpening(byte[] state, List<MemoryProof> proofs) {
    public OutputOpening {
        if (state == null || proofs == null) throw new IllegalArgumentException("an opening needs a state and its proofs");
        state = state.clone();
        proofs = List.copyOf(proofs);
    }

    @Override
    public byte[] state() {
        return state.clone();
    }

    /** Opens {@code n} words at {@code address} of the machine's current state. */
    public static OutputOpening of(Vm vm, long address, int n) {
        List<MemoryProof> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(vm.memory().proof(address + i));
        return new OutputOpening(vm.state().encode(), ps);
    }

    /**
     * Accepted when the opening proves "the state with hash {@code stateHash} is halted after {@code steps}
     * steps and holds {@code values} at {@code address}", else rejected with the first check that failed.
     */
    public Verdict<Void> check(Bytes32 stateHash, long steps, long address, long[] values) {
        if (stateHash == null || values == null) return Verdict.reject("nothing to check the opening against");
        if (state.length != VmState.BYTES) return Verdict.reject("the opened state is not " + VmState.BYTES + " bytes");
        if (!Bytes32.of(org.zkopml.hash.Keccak256.hash(state)).equals(stateHash)) return Verdict.reject("the opened state does not hash to the claimed state hash");
        if ((state[48] & 0xff) != Status.HALTED.code()) return Verdict.reject("the opened state is not halted");
        VmState s = VmState.decode(state, 0);
        if (s.step() != steps) return Verdict.reject("the opened state is at step " + s.step() + ", not the claimed " + steps);
        if (proofs.size() != values.length) return Verdict.reject("expected " + values.length + " output proofs, got " + proofs.size());
        Bytes32 root = s.memRoot();
        for (int i = 0; i < values.length; i++) {
            MemoryProof p = proofs.get(i);
            if (p.address() != address + i) return Verdict.reject("output proof " + i + " is for address " + p.address() + ", not " + (address + i));
            if (!p.computeRoot().equals(root)) return Verdict.reject("output proof " + i + " does not match the state's memRoot");
            if (!p.word().equals(Bytes32.of(Word.of(values[i])))) return Verdict.reject("output word " + i + " is " + p.value() + ", not the claimed " + values[i]);
        }
        return Verdict.accept("the opened state is halted after " + steps + " steps and holds the " + values.length + " claimed output words");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputOpening x && Arrays.equals(state, x.state) && proofs.equals(x.proofs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(state) * 31 + proofs.hashCode();
    }
}
