package org.zkopml.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** Empty when the opening proves the claim, else the reason it does not. */
    public Optional<String> check(byte[] stateHash, long steps, long address, long[] values) {
        if (state.length != VmState.BYTES) return Optional.of("the opened state is not " + VmState.BYTES + " bytes");
        if (!Arrays.equals(org.zkopml.hash.Keccak256.hash(state), stateHash)) return Optional.of("the opened state does not hash to the claimed state hash");
        if ((state[48] & 0xff) != Status.HALTED.code()) return Optional.of("the opened state is not halted");
        VmState s = VmState.decode(state, 0);
        if (s.step() != steps) return Optional.of("the opened state is at step " + s.step() + ", not the claimed " + steps);
        if (proofs.size() != values.length) return Optional.of("expected " + values.length + " output proofs, got " + proofs.size());
        byte[] root = s.memRoot();
        for (int i = 0; i < values.length; i++) {
            MemoryProof p = proofs.get(i);
            if (p.address() != address + i) return Optional.of("output proof " + i + " is for address " + p.address() + ", not " + (address + i));
            if (!Arrays.equals(p.computeRoot(), root)) return Optional.of("output proof " + i + " does not match the state's memRoot");
            if (!Arrays.equals(p.word(), Word.of(values[i]))) return Optional.of("output word " + i + " is " + p.value() + ", not the claimed " + values[i]);
        }
        return Optional.empty();
    }
}
