package org.zkopml.circuit;

import java.math.BigInteger;
import org.zkopml.commit.Poseidon;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.Gadgets;
import org.zkopml.r1cs.LinearCombination;
import org.zkopml.r1cs.PoseidonGadget;

/**
 * A Poseidon commitment to n signed integers v_i of B_i bits each (1 ≤ B_i ≤ 62; the widths are public), cheap
 * inside a circuit. Each value is shifted to u_i = v_i + 2^(B_i−1) ∈ [0, 2^(B_i)); values are packed in order
 * into field elements, a value starting a new element when it would take the current one past 248 bits:
 * e = Σ u_i · 2^(offset_i) (< 2^248 < r, so packing is injective). Then h_0 = Poseidon(ρ, n, Σ B_i) with the
 * blinding ρ, and h_{j+1} = Poseidon(h_j, e_{4j}, …, e_{4j+3}) over the elements, zero-padded; the commitment
 * is the last h. In a circuit each value costs its B_i + 1 range-check constraints (which make the packing
 * binding) and each four elements one width-6 Poseidon (321 constraints). Hiding rests on ρ: with ρ = 0 a
 * small input can be found by trying every value.
 */
public final class PackedCommitment {
    private static final int FIELD_BITS = 248;
    private static final int RATE = 4;

    private PackedCommitment() {}

    /** The same width B for n values. */
    public static int[] uniform(int n, int bits) {
        int[] w = new int[n];
        java.util.Arrays.fill(w, bits);
        return w;
    }

    /** The commitment to values each in [−2^(B−1), 2^(B−1)) for one width B, with blinding ρ. */
    public static Fr commit(long[] values, int bits, Fr blinding) {
        return commit(values, uniform(values.length, bits), blinding);
    }

    /** For each value, the index of its packed element and its bit offset in it: {element, offset}. */
    private static int[][] layout(int[] widths) {
        int[][] at = new int[widths.length][];
        int element = 0;
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            checkBits(widths[i]);
            if (used + widths[i] > FIELD_BITS) {
                element++;
                used = 0;
            }
            at[i] = new int[] {element, used};
            used += widths[i];
        }
        return at;
    }

    private static int elements(int[][] layout) {
        return layout.length == 0 ? 0 : layout[layout.length - 1][0] + 1;
    }

    private static long totalBits(int[] widths) {
        long t = 0;
        for (int w : widths) t += w;
        return t;
    }

    /** The commitment to values v_i in [−2^(B_i−1), 2^(B_i−1)) with widths B_i and blinding ρ. */
    public static Fr commit(long[] values, int[] widths, Fr blinding) {
        if (widths.length != values.length) throw new IllegalArgumentException(values.length + " values but " + widths.length + " widths");
        int[][] layout = layout(widths);
        int elements = elements(layout);
        BigInteger[] acc = new BigInteger[elements];
        java.util.Arrays.fill(acc, BigInteger.ZERO);
        for (int i = 0; i < values.length; i++) {
            int bits = widths[i];
            long v = values[i];
            if (v < -(1L << (bits - 1)) || v >= (1L << (bits - 1))) {
                throw new IllegalArgumentException("value " + v + " at index " + i + " does not fit in " + bits + " signed bits");
            }
            BigInteger u = BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(bits - 1));
            acc[layout[i][0]] = acc[layout[i][0]].add(u.shiftLeft(layout[i][1]));
        }
        Fr[] e = new Fr[elements];
        for (int k = 0; k < elements; k++) e[k] = Fr.of(acc[k]);
        Fr h = Poseidon.hash(blinding, Fr.of(values.length), Fr.of(totalBits(widths)));
        for (int k = 0; k < elements; k += RATE) {
            Fr[] in = new Fr[RATE + 1];
            in[0] = h;
            for (int i = 0; i < RATE; i++) in[i + 1] = k + i < elements ? e[k + i] : Fr.ZERO;
            h = Poseidon.hash(in);
        }
        return h;
    }

    /**
     * The same commitment inside a circuit: range-checks every value to its B_i signed bits (B_i + 1 constraints
     * each), packs their bits linearly and hashes; returns the commitment's combination (to be set equal to a
     * public wire).
     */
    public static LinearCombination gadget(CircuitBuilder cb, LinearCombination[] values, int[] widths, LinearCombination blinding) {
        if (widths.length != values.length) throw new IllegalArgumentException(values.length + " values but " + widths.length + " widths");
        int[][] layout = layout(widths);
        int elements = elements(layout);
        LinearCombination[] e = new LinearCombination[elements];
        java.util.Arrays.fill(e, LinearCombination.ZERO);
        for (int i = 0; i < values.length; i++) {
            LinearCombination[] b = Gadgets.signedRange(cb, values[i], widths[i], "commitment: range of value " + i);
            e[layout[i][0]] = e[layout[i][0]].plus(Gadgets.pack(b).times(Fr.of(BigInteger.ONE.shiftLeft(layout[i][1]))));
        }
        LinearCombination h = PoseidonGadget.hash(cb, blinding, CircuitBuilder.constant(values.length),
                CircuitBuilder.constant(totalBits(widths)));
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
