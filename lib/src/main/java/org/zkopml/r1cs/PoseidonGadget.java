package org.zkopml.r1cs;

import org.zkopml.commit.Poseidon;
import org.zkopml.commit.PoseidonParameters;


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
        for (int r = 0; r < p.rounds(); r++) {
            for (int i = 0; i < t; i++) state[i] = state[i].plus(CircuitBuilder.constant(p.constant(r, i)));
            if (p.isFullRound(r)) {
                for (int i = 0; i < t; i++) state[i] = pow5(cb, state[i], "poseidon: full round " + r);
            } else {
                state[0] = pow5(cb, state[0], "poseidon: partial round " + r);
            }
            LinearCombination[] next = new LinearCombination[t];
            for (int i = 0; i < t; i++) {
                LinearCombination acc = LinearCombination.ZERO;
                for (int j = 0; j < t; j++) acc = acc.plus(state[j].times(p.mds().get(i).get(j)));
                next[i] = acc;
            }
            state = next;
        }
        return state[0];
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
