package org.zkopml.circuit;

import java.math.BigInteger;
import org.zkopml.commit.Poseidon;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.Gadgets;
import org.zkopml.r1cs.LinearCombination;
import org.zkopml.r1cs.PoseidonGadget;

/**
 * A Poseidon commitment to n signed integers of B bits each (B ≤ 62), cheap inside a circuit. Each value v is
 * shifted to v + 2^(B−1) ∈ [0, 2^B) and k = ⌊248 / B⌋ of them are packed into one field element
 * e = Σ_i (v_i + 2^(B−1)) · 2^(B·i) (< 2^248 < r, so packing is injective); then
 * h_0 = Poseidon(ρ, n, B) with the blinding ρ, and h_{j+1} = Poseidon(h_j, e_{4j}, …, e_{4j+3}) over the
 * elements, zero-padded; the commitment is the last h. In a circuit each value costs its B + 1 range-check
 * constraints (which make the packing binding) and each four elements one width-6 Poseidon (324 constraints).
 * Hiding rests on ρ: with ρ = 0 a small input can be found by trying every value.
 */
public final class PackedCommitment {
    private static final int FIELD_BITS = 248;
    private static final int RATE = 4;

    private PackedCommitment() {}

    /** Values per packed element for width B. */
    public static int perElement(int bits) {
        return FIELD_BITS / bits;
    }

    /** The commitment to the values, each in [−2^(B−1), 2^(B−1)), with blinding ρ. */
    public static Fr commit(long[] values, int bits, Fr blinding) {
        checkBits(bits);
        int per = perElement(bits);
        int elements = (values.length + per - 1) / per;
        Fr[] e = new Fr[elements];
        for (int k = 0; k < elements; k++) {
            BigInteger acc = BigInteger.ZERO;
            for (int i = Math.min(per, values.length - k * per) - 1; i >= 0; i--) {
                long v = values[k * per + i];
                if (v < -(1L << (bits - 1)) || v >= (1L << (bits - 1))) {
                    throw new IllegalArgumentException("value " + v + " at index " + (k * per + i) + " does not fit in " + bits + " signed bits");
                }
                acc = acc.shiftLeft(bits).add(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(bits - 1)));
            }
            e[k] = Fr.of(acc);
        }
        Fr h = Poseidon.hash(blinding, Fr.of(values.length), Fr.of(bits));
        for (int k = 0; k < elements; k += RATE) {
            Fr[] in = new Fr[RATE + 1];
            in[0] = h;
            for (int i = 0; i < RATE; i++) in[i + 1] = k + i < elements ? e[k + i] : Fr.ZERO;
            h = Poseidon.hash(in);
        }
        return h;
    }

    /**
     * The same commitment inside a circuit: range-checks every value to B signed bits (B + 1 constraints each),
     * packs their bits linearly and hashes; returns the commitment's combination (to be set equal to a public
     * wire).
     */
    public static LinearCombination gadget(CircuitBuilder cb, LinearCombination[] values, int bits, LinearCombination blinding) {
        checkBits(bits);
        int per = perElement(bits);
        int elements = (values.length + per - 1) / per;
        LinearCombination[] e = new LinearCombination[elements];
        for (int k = 0; k < elements; k++) {
            LinearCombination acc = LinearCombination.ZERO;
            for (int i = 0; i < per && k * per + i < values.length; i++) {
                LinearCombination[] b = Gadgets.signedRange(cb, values[k * per + i], bits, "commitment: range of value " + (k * per + i));
                acc = acc.plus(Gadgets.pack(b).times(Fr.of(BigInteger.ONE.shiftLeft(bits * i))));
            }
            e[k] = acc;
        }
        LinearCombination h = PoseidonGadget.hash(cb, blinding, CircuitBuilder.constant(values.length), CircuitBuilder.constant(bits));
        for (int k = 0; k < elements; k += RATE) {
            LinearCombination[] in = new LinearCombination[RATE + 1];
            in[0] = h;
            for (int i = 0; i < RATE; i++) in[i + 1] = k + i < elements ? e[k + i] : LinearCombination.ZERO;
            h = PoseidonGadget.hash(cb, in);
        }
        return h;
    }

    private static void checkBits(int bits) {
        if (bits < 1 || bits > 62) throw new IllegalArgumentException("values of " + bits + " bits: the commitment packs 1..62");
    }
}
