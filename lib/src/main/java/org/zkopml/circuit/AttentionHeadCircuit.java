package org.zkopml.circuit;

import java.math.BigInteger;
import java.util.Map;
import org.zkopml.field.Fr;
import org.zkopml.model.Attention;
import org.zkopml.model.BlockTrace;
import org.zkopml.model.Int8Matrix;
import org.zkopml.model.TransformerArithmetic;
import org.zkopml.model.TransformerBlock;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.Gadgets;
import org.zkopml.r1cs.LinearCombination;
import org.zkopml.r1cs.Origin;

/**
 * One attention head of a {@link TransformerBlock} as R1CS, statement (c): the model and the head's input are
 * public, and the public output is the head's slice of the attention output — "head h of this block maps the
 * normalised activations u (T × d) to o (T × d_h)", exactly {@link TransformerArithmetic}'s rules:
 * <ul>
 *   <li>q, k, v = rq(W·u) with the head's rows of W_q, W_k, W_v as constants (linear, then
 *       {@link Gadgets#requantize});</li>
 *   <li>scores z_{a,b} = rq(q_a·k_b, 2A + c − E) for b ≤ a: one product per coordinate;</li>
 *   <li>the row maximum m: a one-hot selector e (booleans, Σ e = 1), m = Σ e_b·z_b, and m − z_b ≥ 0 for every b;</li>
 *   <li>δ = min(m − z, 255): δ in 8 bits, a flag c with c·(255 − δ) = 0, (1 − c)·(m − z − δ) = 0 and
 *       m − z − δ ≥ 0;</li>
 *   <li>e = EXP[δ]: the table's multilinear extension at δ's bits, folded bit by bit (127 products);</li>
 *   <li>p = ⌊e·2^P / S⌋ with S = Σ e: e·2^P = p·S + ρ, 0 ≤ ρ ≤ S − 1, p in 17 bits;</li>
 *   <li>o = rq(Σ_b p_b·v_b, P).</li>
 * </ul>
 * Signed values are range-checked to {@value #BITS} bits (the compiler refuses an input whose values leave them).
 * Public wires: o (T·d_h outputs), then u (T·d inputs).
 */
public final class AttentionHeadCircuit {
    /** The signed width of every activation and score in the circuit. */
    public static final int BITS = 24;
    private static final int P = TransformerArithmetic.PROBABILITY_BITS;

    private AttentionHeadCircuit() {}

    /**
     * The circuit of head {@code head} of {@code block} on the normalised input u (T·d values, the block's
     * RMSNorm₁ output), with its witness; the output is the head's attention output, row-major (T × d_h).
     */
    public static CompiledCircuit compile(TransformerBlock block, int head, long[] u) {
        Attention att = block.attention();
        int t = block.context(), d = block.width(), dh = att.headWidth();
        if (head < 0 || head >= att.heads()) throw new IllegalArgumentException("head " + head + " outside 0.." + (att.heads() - 1));
        if (u.length != t * d) throw new IllegalArgumentException("the head takes " + t * d + " inputs, got " + u.length);
        CircuitBuilder cb = new CircuitBuilder();
        cb.at("input", "");
        LinearCombination[] x = new LinearCombination[u.length];
        for (int i = 0; i < u.length; i++) x[i] = cb.publicInput(Fr.of(u[i]));
        cb.at("projections", "");
        LinearCombination[][] q = project(cb, att.query(), head, dh, x, t, d);
        LinearCombination[][] k = project(cb, att.key(), head, dh, x, t, d);
        LinearCombination[][] v = project(cb, att.value(), head, dh, x, t, d);
        LinearCombination[][] o = new LinearCombination[t][dh];
        int scoreShift = TransformerArithmetic.scoreShift(dh);
        long[] exp = TransformerArithmetic.expTable();
        for (int a = 0; a < t; a++) {
            cb.at("scores", "row " + a);
            LinearCombination[] z = new LinearCombination[a + 1];
            for (int b = 0; b <= a; b++) {
                LinearCombination dot = LinearCombination.ZERO;
                for (int j = 0; j < dh; j++) dot = dot.plus(cb.mul(q[a][j], k[b][j], "score: q·k product"));
                z[b] = Gadgets.requantize(cb, dot, scoreShift, BITS);
            }
            cb.at("softmax", "row " + a);
            LinearCombination m = maximum(cb, z);
            LinearCombination[] e = new LinearCombination[a + 1];
            LinearCombination sum = LinearCombination.ZERO;
            for (int b = 0; b <= a; b++) {
                e[b] = lookup(cb, clamp(cb, m.minus(z[b])), exp);
                sum = sum.plus(e[b]);
            }
            LinearCombination[] p = new LinearCombination[a + 1];
            for (int b = 0; b <= a; b++) p[b] = divide(cb, e[b].times(Fr.of(1L << P)), sum);
            cb.at("mixing", "row " + a);
            for (int j = 0; j < dh; j++) {
                LinearCombination acc = LinearCombination.ZERO;
                for (int b = 0; b <= a; b++) acc = acc.plus(cb.mul(p[b], v[b][j], "mixing: p·v product"));
                o[a][j] = Gadgets.requantize(cb, acc, P, BITS);
            }
        }
        cb.at("output", "");
        long[] out = new long[t * dh];
        for (int a = 0; a < t; a++) {
            for (int j = 0; j < dh; j++) {
                Fr value = cb.value(o[a][j]);
                out[a * dh + j] = CircuitBuilder.signed(value).longValueExact();
                cb.enforceEqual(cb.publicOutput(value), o[a][j], "output: public o");
            }
        }
        CircuitBuilder.Built built = cb.build();
        var verdict = built.system().check(built.witness());
        if (!verdict.accepted()) throw new IllegalStateException("the head's witness does not satisfy its circuit: " + verdict.reason());
        Map<String, Integer> counts = built.system().countsBy(or -> Origin.parse(or).part());
        return new CompiledCircuit(built.system(), built.witness(), out, counts);
    }

    /** The head's slice of {@code rq(W·u, s)} for every row: rows h·d_h .. (h+1)·d_h − 1 of W, as constants. */
    private static LinearCombination[][] project(CircuitBuilder cb, Int8Matrix w, int head, int dh, LinearCombination[] x, int t, int d) {
        LinearCombination[][] y = new LinearCombination[t][dh];
        for (int a = 0; a < t; a++) {
            for (int j = 0; j < dh; j++) {
                LinearCombination acc = LinearCombination.ZERO;
                int row = head * dh + j;
                for (int i = 0; i < d; i++) if (w.at(row, i) != 0) acc = acc.plus(x[a * d + i].times(Fr.of(w.at(row, i))));
                checkWidth(cb, acc, w.shift());
                y[a][j] = Gadgets.requantize(cb, acc, w.shift(), BITS);
            }
        }
        return y;
    }

    private static void checkWidth(CircuitBuilder cb, LinearCombination v, int shift) {
        BigInteger y = cb.signedValue(v).shiftRight(shift);
        if (y.abs().bitLength() >= BITS - 1) throw new IllegalArgumentException("a head value " + y + " leaves the circuit's " + BITS + "-bit range");
    }

    /** max z: a one-hot e with Σ e = 1, m = Σ e_b·z_b, and m − z_b ∈ [0, 2^BITS) for every b. */
    private static LinearCombination maximum(CircuitBuilder cb, LinearCombination[] z) {
        int best = 0;
        for (int b = 1; b < z.length; b++) if (cb.signedValue(z[b]).compareTo(cb.signedValue(z[best])) > 0) best = b;
        LinearCombination sum = LinearCombination.ZERO, m = LinearCombination.ZERO;
        for (int b = 0; b < z.length; b++) {
            LinearCombination e = cb.witness(b == best ? Fr.ONE : Fr.ZERO);
            Gadgets.bool(cb, e, "max: selector");
            sum = sum.plus(e);
            m = m.plus(cb.mul(e, z[b], "max: selected score"));
        }
        cb.enforceEqual(sum, CircuitBuilder.constant(1), "max: one selected");
        for (LinearCombination zb : z) Gadgets.bits(cb, m.minus(zb), BITS, "max: m ≥ z");
        return m;
    }

    /** The 8 bits (least significant first) of δ = min(D, 255), for D ≥ 0 (already range-checked by the maximum). */
    private static LinearCombination[] clamp(CircuitBuilder cb, LinearCombination dd) {
        BigInteger value = cb.signedValue(dd);
        boolean over = value.compareTo(BigInteger.valueOf(255)) > 0;
        LinearCombination[] bits = Gadgets.freshBits(cb, Fr.of(over ? 255 : value.longValueExact()), 8, "clamp: δ bits");
        LinearCombination delta = Gadgets.pack(bits);
        LinearCombination c = cb.witness(over ? Fr.ONE : Fr.ZERO);
        Gadgets.bool(cb, c, "clamp: flag");
        cb.enforce(c, CircuitBuilder.constant(255).minus(delta), LinearCombination.ZERO, "clamp: flag → δ = 255");
        cb.enforce(CircuitBuilder.constant(1).minus(c), dd.minus(delta), LinearCombination.ZERO, "clamp: no flag → δ = D");
        Gadgets.bits(cb, dd.minus(delta), BITS, "clamp: D ≥ δ");
        return bits;
    }

    /** EXP[δ] from δ's bits (least significant first): the table folded one bit at a time, 127 products. */
    private static LinearCombination lookup(CircuitBuilder cb, LinearCombination[] bits, long[] table) {
        LinearCombination[] level = new LinearCombination[table.length / 2];
        for (int i = 0; i < level.length; i++) {               // bit 0: linear in the bit, no constraint
            long lo = table[2 * i], hi = table[2 * i + 1];
            level[i] = CircuitBuilder.constant(lo).plus(bits[0].times(Fr.of(hi - lo)));
        }
        for (int bit = 1; bit < 8; bit++) {
            LinearCombination[] next = new LinearCombination[level.length / 2];
            for (int i = 0; i < next.length; i++) {
                LinearCombination lo = level[2 * i], hi = level[2 * i + 1];
                next[i] = lo.plus(cb.mul(bits[bit], hi.minus(lo), "exp: table fold"));
            }
            level = next;
        }
        return level[0];
    }

    /** p = ⌊num / den⌋ for num ≥ 0, den ≥ 1: num = p·den + ρ, 0 ≤ ρ ≤ den − 1, p in P + 1 bits. */
    private static LinearCombination divide(CircuitBuilder cb, LinearCombination num, LinearCombination den) {
        BigInteger n = cb.signedValue(num), dv = cb.signedValue(den);
        BigInteger[] qr = n.divideAndRemainder(dv);
        LinearCombination[] pBits = Gadgets.freshBits(cb, Fr.of(qr[0]), P + 1, "divide: quotient");
        LinearCombination p = Gadgets.pack(pBits);
        LinearCombination rho = cb.witness(Fr.of(qr[1]));
        LinearCombination prod = cb.mul(p, den, "divide: p·S");
        cb.enforceEqual(num, prod.plus(rho), "divide: e·2^P = p·S + ρ");
        Gadgets.bits(cb, rho, BITS, "divide: ρ ≥ 0");
        Gadgets.bits(cb, den.minus(rho).minus(CircuitBuilder.constant(1)), BITS, "divide: ρ < S");
        return p;
    }

    /** The head's slice of the reference attention output in a block trace, row-major T × d_h. */
    public static long[] referenceOutput(BlockTrace trace, TransformerBlock block, int head) {
        int t = block.context(), d = block.width(), dh = block.attention().headWidth();
        long[] o = trace.mixed().output();
        long[] out = new long[t * dh];
        for (int a = 0; a < t; a++) System.arraycopy(o, a * d + head * dh, out, a * dh, dh);
        return out;
    }
}
