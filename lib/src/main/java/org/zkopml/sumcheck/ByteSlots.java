package org.zkopml.sumcheck;

import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each byte-limb vector of a {@link ModelProof} sits in the committed vector F: slot j holds 2^ν
 * entries, F[j·2^ν + i], so that the limb vector's multilinear extension at y is F̃(bits(j), y). For
 * block ℓ: the s_ℓ/8 limbs of the remainder, then (hidden blocks) 3 limbs of h_ℓ and 3 of n_ℓ. The slot
 * count is padded to a power of two 2^σ with all-zero slots.
 */
final class ByteSlots {
    static final int ACTIVATION_LIMBS = 3;

    final int nu;
    final int sigma;
    final int[][] rem;
    final int[][] pos;
    final int[][] neg;
    final int used;

    ByteSlots(CommittedModel m) {
        nu = m.nu();
        int l = m.blocks();
        rem = new int[l][];
        pos = new int[l][];
        neg = new int[l][];
        int next = 0;
        for (int b = 0; b < l; b++) {
            rem[b] = new int[m.shifts().get(b) / 8];
            for (int j = 0; j < rem[b].length; j++) rem[b][j] = next++;
            if (b < l - 1) {
                pos[b] = new int[ACTIVATION_LIMBS];
                neg[b] = new int[ACTIVATION_LIMBS];
                for (int j = 0; j < ACTIVATION_LIMBS; j++) pos[b][j] = next++;
                for (int j = 0; j < ACTIVATION_LIMBS; j++) neg[b][j] = next++;
            }
        }
        used = next;
        sigma = MatMul.log2Ceil(next);
    }

    /** Number of variables of F̃: σ + ν. */
    int variables() {
        return sigma + nu;
    }

    /** The Hyrax column variables of F and H. */
    int colVars() {
        return Hyrax.defaultColumnVariables(variables());
    }

    /** (bits of slot j, most significant first) followed by y. */
    List<Fr> point(int slot, List<Fr> y) {
        List<Fr> p = new ArrayList<>(sigma + y.size());
        for (int b = sigma - 1; b >= 0; b--) p.add(((slot >> b) & 1) == 1 ? Fr.ONE : Fr.ZERO);
        p.addAll(y);
        return p;
    }

    /** Σ_j 256^j·values[j]: a value from its byte limbs' evaluations (evaluation is linear). */
    static Fr fromLimbs(List<Fr> values) {
        Fr s = Fr.ZERO;
        Fr w = Fr.ONE;
        Fr radix = Fr.of(256);
        for (Fr v : values) {
            s = s.add(w.mul(v));
            w = w.mul(radix);
        }
        return s;
    }
}
