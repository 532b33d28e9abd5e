package org.zkopml.commit;

import org.zkopml.field.Fr;

/**
 * The Poseidon hash as circomlib's {@code Poseidon(n)} template and circomlibjs's {@code poseidon} compute it:
 * for n = 1..5 inputs, the width t = n + 1 permutation ({@link PoseidonParameters#circomlib(int)}) applied to
 * the state (0, in_1, …, in_n); each round adds its constants, applies x ↦ x^5 to every element (full round)
 * or to the first only (partial round), then multiplies by the MDS matrix; the hash is the first element of
 * the final state. Example: Poseidon(1, 2) =
 * 7853200120776062878684798364095072458815029376092732009249414926327459813530.
 */
public final class Poseidon {
    private Poseidon() {}

    /** Poseidon of 1..5 field elements. */
    public static Fr hash(Fr... inputs) {
        if (inputs.length < 1 || inputs.length > PoseidonParameters.MAX_T - 1) {
            throw new IllegalArgumentException("Poseidon takes 1.." + (PoseidonParameters.MAX_T - 1) + " inputs, got " + inputs.length);
        }
        Fr[] state = new Fr[inputs.length + 1];
        state[0] = Fr.ZERO;
        System.arraycopy(inputs, 0, state, 1, inputs.length);
        return permute(state)[0];
    }

    /** Poseidon of 1..5 small integers (each reduced into F_r). */
    public static Fr hash(long... inputs) {
        Fr[] f = new Fr[inputs.length];
        for (int i = 0; i < f.length; i++) f[i] = Fr.of(inputs[i]);
        return hash(f);
    }

    /** The width-t permutation (t = state.length) on a copy of the state. */
    public static Fr[] permute(Fr[] input) {
        PoseidonParameters p = PoseidonParameters.circomlib(input.length);
        int t = input.length;
        Fr[] state = input.clone();
        for (int r = 0; r < p.rounds(); r++) {
            for (int i = 0; i < t; i++) state[i] = state[i].add(p.constant(r, i));
            if (p.isFullRound(r)) {
                for (int i = 0; i < t; i++) state[i] = pow5(state[i]);
            } else {
                state[0] = pow5(state[0]);
            }
            Fr[] next = new Fr[t];
            for (int i = 0; i < t; i++) {
                Fr acc = Fr.ZERO;
                for (int j = 0; j < t; j++) acc = acc.add(p.mds().get(i).get(j).mul(state[j]));
                next[i] = acc;
            }
            state = next;
        }
        return state;
    }

    /** The S-box x^5 = x · (x²)². */
    public static Fr pow5(Fr x) {
        Fr x2 = x.square();
        return x2.square().mul(x);
    }
}
