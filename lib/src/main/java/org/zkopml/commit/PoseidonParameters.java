package org.zkopml.commit;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.zkopml.field.Fr;

/**
 * The parameters of the Poseidon permutation over BN254's F_r with state width t (Grassi et al., "Poseidon:
 * A New Hash Function for Zero-Knowledge Proof Systems", eprint 2019/458), as circomlib's {@code poseidon.circom}
 * uses them: S-box x^5, R_F = 8 full rounds, R_P partial rounds from {@link #PARTIAL_ROUNDS} (the paper's
 * security bound rounded up), round constants and an MDS matrix generated here, not pasted, by the paper's
 * method: the Grain LFSR of Appendix F seeded with (field = 1 prime, S-box = 0 x^α, n = 254, t, R_F, R_P)
 * — the invocation {@code generate_parameters_grain.sage 1 0 254 t 8 R_P p} named in circomlibjs — whose
 * self-shrunk bits give, first, the (R_F + R_P)·t round constants (254-bit big-endian draws, rejected when
 * ≥ p) and then 2t elements x_0..x_{t-1}, y_0..y_{t-1} of the Cauchy matrix M_ij = 1/(x_i + y_j). The
 * reference script also re-draws a matrix that fails its subspace-trail tests (Algorithms 1–3); for
 * t = 2..6 the first draw is the one circomlib uses, which the cross-check against circomlibjs confirms, so
 * those tests are not re-run here.
 *
 * @param t                  the state width (inputs + 1), 2..6
 * @param fullRounds         R_F, half before and half after the partial rounds
 * @param partialRounds      R_P
 * @param roundConstants     (R_F + R_P)·t constants, round r's at r·t .. r·t + t − 1
 * @param mds                the t × t MDS matrix; the linear layer is state'_i = Σ_j M_ij · state_j
 */
public record PoseidonParameters(int t, int fullRounds, int partialRounds, List<Fr> roundConstants, List<List<Fr>> mds) {
    /** circomlib's partial-round counts for t = 2, 3, …, 17 (poseidon.circom's N_ROUNDS_P). */
    public static final List<Integer> PARTIAL_ROUNDS = List.of(56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68);
    /** circomlib's number of full rounds. */
    public static final int FULL_ROUNDS = 8;
    /** The widths this kit generates (circomlib goes to 17; the kit's gadgets use up to 6). */
    public static final int MAX_T = 6;

    private static final ConcurrentHashMap<Integer, PoseidonParameters> CACHE = new ConcurrentHashMap<>();

    /** Copies the lists and checks their sizes. */
    public PoseidonParameters {
        roundConstants = List.copyOf(roundConstants);
        mds = mds.stream().map(List::copyOf).toList();
        if (roundConstants.size() != (fullRounds + partialRounds) * t || mds.size() != t) {
            throw new IllegalArgumentException("Poseidon t=" + t + " needs " + (fullRounds + partialRounds) * t
                    + " round constants and a " + t + "×" + t + " matrix");
        }
    }

    /** circomlib's parameters for width t (2..6), generated on first use and cached. */
    public static PoseidonParameters circomlib(int t) {
        if (t < 2 || t > MAX_T) throw new IllegalArgumentException("Poseidon width t must be in 2.." + MAX_T + ", got " + t);
        return CACHE.computeIfAbsent(t, w -> generate(w, FULL_ROUNDS, PARTIAL_ROUNDS.get(w - 2)));
    }

    /** Round r's constant for state element i. */
    public Fr constant(int round, int i) {
        return roundConstants.get(round * t + i);
    }

    /** Whether round r is a full round (every element through the S-box) rather than a partial one. */
    public boolean isFullRound(int round) {
        return round < fullRounds / 2 || round >= fullRounds / 2 + partialRounds;
    }

    /** Total rounds R_F + R_P. */
    public int rounds() {
        return fullRounds + partialRounds;
    }

    /** Runs the paper's generation for F_r (254 bits) with these round numbers. */
    public static PoseidonParameters generate(int t, int fullRounds, int partialRounds) {
        Grain grain = new Grain(1, 0, 254, t, fullRounds, partialRounds);
        BigInteger p = Fr.MODULUS;
        Fr[] constants = new Fr[(fullRounds + partialRounds) * t];
        for (int i = 0; i < constants.length; i++) {
            BigInteger v = grain.bits(254);
            while (v.compareTo(p) >= 0) v = grain.bits(254);
            constants[i] = Fr.of(v);
        }
        Fr[][] m;
        while (true) {
            Fr[] xy = new Fr[2 * t];
            boolean distinct;
            do {
                for (int i = 0; i < 2 * t; i++) xy[i] = Fr.of(grain.bits(254).mod(p));
                distinct = java.util.Arrays.stream(xy).distinct().count() == 2L * t;
            } while (!distinct);
            m = new Fr[t][t];
            boolean ok = true;
            for (int i = 0; i < t && ok; i++) {
                for (int j = 0; j < t; j++) {
                    Fr s = xy[i].add(xy[t + j]);
                    if (s.isZero()) {
                        ok = false;
                        break;
                    }
                    m[i][j] = s.inverse();
                }
            }
            if (ok) break;
        }
        List<List<Fr>> rows = java.util.Arrays.stream(m).map(List::of).toList();
        return new PoseidonParameters(t, fullRounds, partialRounds, List.of(constants), rows);
    }

    /**
     * The 80-bit Grain LFSR of the Poseidon paper (Appendix F): b_{i+80} = b_{i+62} ⊕ b_{i+51} ⊕ b_{i+38} ⊕
     * b_{i+23} ⊕ b_{i+13} ⊕ b_i, seeded with the parameters, the first 160 outputs discarded, then
     * self-shrinking: of each pair of output bits, the second is kept when the first is 1.
     */
    private static final class Grain {
        private final boolean[] s = new boolean[80];
        private int head;

        Grain(int field, int sbox, int n, int t, int rf, int rp) {
            int k = 0;
            k = put(k, field, 2);
            k = put(k, sbox, 4);
            k = put(k, n, 12);
            k = put(k, t, 12);
            k = put(k, rf, 10);
            k = put(k, rp, 10);
            while (k < 80) s[k++] = true;
            for (int i = 0; i < 160; i++) step();
        }

        private int put(int k, int value, int width) {
            for (int b = width - 1; b >= 0; b--) s[k++] = ((value >> b) & 1) == 1;
            return k;
        }

        private boolean step() {
            boolean bit = s[(head + 62) % 80] ^ s[(head + 51) % 80] ^ s[(head + 38) % 80] ^ s[(head + 23) % 80]
                    ^ s[(head + 13) % 80] ^ s[head];
            s[head] = bit;
            head = (head + 1) % 80;
            return bit;
        }

        private boolean next() {
            while (true) {
                boolean first = step();
                boolean second = step();
                if (first) return second;
            }
        }

        /** n self-shrunk bits read as a big-endian integer. */
        BigInteger bits(int n) {
            BigInteger v = BigInteger.ZERO;
            for (int i = 0; i < n; i++) v = next() ? v.shiftLeft(1).setBit(0) : v.shiftLeft(1);
            return v;
        }
    }
}
