package org.zkopml.r1cs;

import org.zkopml.commit.Poseidon;
import org.zkopml.commit.PoseidonParameters;
import org.zkopml.field.Fr;


/**
 * The Poseidon hash of {@link Poseidon} as constraints: each S-box x^5 costs three (x² = x·x, x⁴ = x²·x²,
 * x⁵ = x⁴·x); round constants and the MDS matrix are linear and cost nothing, and an S-box of a constant is
 * folded (the first S-box of the capacity element, 0 + C_0, is one), so a width-t hash of wires costs
 * 3 · (R_F · t + R_P − 1) constraints (240 for t = 3; circom compiles circomlib's Poseidon(2) to 243, keeping that
 * S-box — PoseidonCircomTest checks both the count and the output).
 */
public final class PoseidonGadget {
    private PoseidonGadget() {}

    /** Poseidon(inputs) for 1..5 inputs, with its witness; the result is the first state element. */
    public static LinearCombination hash(CircuitBuilder cb, LinearCombination... inputs) {
        int t = inputs.length + 1;
        PoseidonParameters p = PoseidonParameters.circomlib(t);
        LinearCombination[] state = new LinearCombination[t];
        state[0] = LinearCombination.ZERO;
        System.arraycopy(inputs, 0, state, 1, inputs.length);
        int half = p.fullRounds() / 2;
        for (int r = 0; r < half; r++) state = fullRound(cb, p, r, state);
        state = partialRounds(cb, p, half, state);
        for (int r = half + p.partialRounds(); r < p.rounds(); r++) state = fullRound(cb, p, r, state);
        return state[0];
    }

    private static LinearCombination[] fullRound(CircuitBuilder cb, PoseidonParameters p, int r, LinearCombination[] state) {
        int t = state.length;
        LinearCombination[] boxed = new LinearCombination[t];
        for (int i = 0; i < t; i++) {
            boxed[i] = pow5(cb, state[i].plus(CircuitBuilder.constant(p.constant(r, i))), "poseidon: full round " + r);
        }
        LinearCombination[] next = new LinearCombination[t];
        for (int i = 0; i < t; i++) {
            LinearCombination acc = LinearCombination.ZERO;
            for (int j = 0; j < t; j++) acc = acc.plus(boxed[j].times(p.mds().get(i).get(j)));
            next[i] = acc;
        }
        return next;
    }

    /**
     * The partial rounds, with the state held as dense coefficient vectors over the wires it uses (w_0 first,
     * then each S-box output as it appears): the same linear combinations, without re-merging sparse ones
     * t² times a round.
     */
    private static LinearCombination[] partialRounds(CircuitBuilder cb, PoseidonParameters p, int first, LinearCombination[] state) {
        int t = state.length;
        int capacity = 1 + t * t + p.partialRounds() + 1;
        int[] basis = new int[capacity];                      // slot → wire; slot 0 is w_0
        java.util.Map<Integer, Integer> slotOf = new java.util.HashMap<>();
        slotOf.put(0, 0);
        int[] used = {1};
        Fr[][] coef = new Fr[t][capacity];
        for (Fr[] row : coef) java.util.Arrays.fill(row, Fr.ZERO);
        for (int i = 0; i < t; i++) coef[i] = dense(state[i], coef[i], basis, slotOf, used);
        for (int r = first; r < first + p.partialRounds(); r++) {
            for (int i = 0; i < t; i++) coef[i][0] = coef[i][0].add(p.constant(r, i));
            LinearCombination boxed = pow5(cb, sparse(coef[0], basis, used[0]), "poseidon: partial round " + r);
            Fr[] fresh = new Fr[capacity];
            java.util.Arrays.fill(fresh, Fr.ZERO);
            coef[0] = dense(boxed, fresh, basis, slotOf, used);
            Fr[][] next = new Fr[t][capacity];
            for (int i = 0; i < t; i++) {
                Fr[] row = next[i];
                java.util.Arrays.fill(row, Fr.ZERO);
                for (int j = 0; j < t; j++) {
                    Fr m = p.mds().get(i).get(j);
                    Fr[] src = coef[j];
                    for (int k = 0; k < used[0]; k++) if (!src[k].isZero()) row[k] = row[k].add(m.mul(src[k]));
                }
            }
            coef = next;
        }
        LinearCombination[] out = new LinearCombination[t];
        for (int i = 0; i < t; i++) out[i] = sparse(coef[i], basis, used[0]);
        return out;
    }

    /** Adds the terms of lc into the dense vector row, giving each new wire the next slot. */
    private static Fr[] dense(LinearCombination lc, Fr[] row, int[] basis, java.util.Map<Integer, Integer> slotOf, int[] used) {
        for (int k = 0; k < lc.size(); k++) {
            int wire = lc.wireAt(k);
            Integer slot = slotOf.get(wire);
            if (slot == null) {
                slot = used[0]++;
                slotOf.put(wire, slot);
                basis[slot] = wire;
            }
            row[slot] = row[slot].add(lc.coefficientAt(k));
        }
        return row;
    }

    private static LinearCombination sparse(Fr[] row, int[] basis, int used) {
        java.util.Map<Integer, Fr> terms = new java.util.HashMap<>();
        for (int k = 0; k < used; k++) if (!row[k].isZero()) terms.put(basis[k], row[k]);
        return LinearCombination.of(terms);
    }

    private static LinearCombination pow5(CircuitBuilder cb, LinearCombination x, String gadget) {
        if (x.isConstant()) return CircuitBuilder.constant(Poseidon.pow5(x.constantTerm()));
        LinearCombination x2 = cb.mul(x, x, gadget + " x^2");
        LinearCombination x4 = cb.mul(x2, x2, gadget + " x^4");
        return cb.mul(x4, x, gadget + " x^5");
    }

    /** The constraints of one width-t hash of non-constant inputs: 3 · (R_F · t + R_P − 1). */
    public static int cost(int t) {
        PoseidonParameters p = PoseidonParameters.circomlib(t);
        return 3 * (p.fullRounds() * t + p.partialRounds() - 1);
    }

}
