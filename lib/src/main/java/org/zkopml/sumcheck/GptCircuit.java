package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.model.BlockTrace;
import org.zkopml.model.GptConfig;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.RmsNorm;
import org.zkopml.model.TransformerArithmetic;
import org.zkopml.model.TransformerBlock;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The statement of a {@link GptProof}: every witness tensor of a transformer's forward pass, every {@link Relation}
 * and {@link Lookup} among them, in protocol order, written once and built by both parties from the
 * {@link CommittedGpt} (the prover also fills in the values from the integer reference's trace). What each step
 * says, for a block with input x (T × d):
 * <ul>
 *   <li><b>RMSNorm</b> (per row): s = Σ_i x_i² (a sumcheck); s − d·(m − 1) ∈ [0, d) (two range checks); m − a = r²
 *       with 0 ≤ a ≤ 2r (so r = ⌊√m⌋); 2^N − b = inv·r with 0 ≤ b ≤ r − 1 (so inv = ⌊2^N/r⌋); and per entry
 *       2^σ·u + rem − 2^(σ−1) = x·g·inv with rem ∈ [0, 2^σ) (so u = rq(x·g·inv, σ));</li>
 *   <li><b>projections</b> (q, k, v, W_o, W_1, W_2): Thaler's sumcheck 2^s·out + rem − 2^(s−1) = Σ_k in_k·W(·, k),
 *       the weights opened from their commitment, rem ∈ [0, 2^s) by byte limbs — requantization costs no sumcheck;</li>
 *   <li><b>scores</b>: 2^c'·z + rem − 2^(c'−1) = Σ_(h,j) eq(τ_h, h)·q(t, h, j)·k(t', h, j), the product of two witness
 *       matrices, for every (h, t, t') (the causal mask is applied by softmax);</li>
 *   <li><b>softmax</b> (zero-checks over h, t, t'): a selector sel ∈ {0, 1} with one causal 1 per row where
 *       z = max; on causal entries max − z = δ + c with c ≥ 0 and c·(255 − δ) = 0 (so δ = min(max − z, 255));
 *       (δ, e, causal) a row of the table {(δ, EXP[δ], 1)} ∪ {(0, 0, 0)} (a logUp lookup, so e = EXP[δ] on causal
 *       entries and 0 elsewhere); S = Σ_t' e (a row sum); 2^P·e − w = p·S with 0 ≤ w ≤ S − 1 and p ≥ 0 (so
 *       p = ⌊e·2^P/S⌋);</li>
 *   <li><b>mixing</b>: 2^P·o + rem − 2^(P−1) = Σ_(h,t') eq(τ_h, h)·p(h, t, t')·v(t', h, j);</li>
 *   <li><b>residuals</b> x + y and the MLP: linear identities at a random point; ReLU as up = hid − neg with hid,
 *       neg ≥ 0 and hid·neg = 0;</li>
 *   <li><b>range checks</b>: every requantized output is a signed integer of a few bytes, every other witness a
 *       non-negative one, by byte limbs committed in a second vector F whose entries one lookup proves to be bytes.</li>
 * </ul>
 * The embedding is one product (x = 2^σ·(two-hot prompt rows)·Eᵀ), the LM head's RMSNorm is the last row's, and
 * its logits = W_U·u are the public output. Widths of the range checks the values need are chosen by the prover
 * and published ({@link GptProof#bits()}, whole bytes); the verifier only bounds them.
 */
final class GptCircuit {
    /** The vector of activations and other witness integers. */
    static final int ACTIVATIONS = 0;
    /** The vector of byte limbs. */
    static final int LIMBS = 1;
    /** The widest range check the verifier accepts (so that no range reaches r/2). */
    static final int MAX_BITS = 56;

    private final CommittedGpt model;
    private final GptConfig c;
    private final int bT, bD, bH, bJ, bF, bV, bE;
    private final boolean proving;
    private final Map<Tensor, long[]> values = new HashMap<>();
    private final List<Integer> chosenBits = new ArrayList<>();
    private final Iterator<Integer> givenBits;
    private final List<Tensor> activations = new ArrayList<>();
    private final List<Tensor> limbs = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<WeightMatrix> matrices;
    private final List<long[][]> weights;
    private final long[] logits;
    private PublicTensor valid, causal, rowValid;

    /** The prover's view: the reference inference's trace on the prompt. */
    private record Traces(long[] x0, List<BlockTrace> blocks, BlockTrace.Norm head) {}

    private GptCircuit(CommittedGpt model, long[] ids, long[] logits, Traces traces, List<long[][]> weights, List<Integer> bits) {
        this.model = model;
        this.c = model.config();
        bT = CommittedGpt.bits(c.context());
        bD = CommittedGpt.bits(c.width());
        bH = CommittedGpt.bits(c.heads());
        bJ = CommittedGpt.bits(c.headWidth());
        bF = CommittedGpt.bits(c.hidden());
        bV = CommittedGpt.bits(c.vocabulary());
        bE = CommittedGpt.bits(c.vocabulary() + c.context());
        this.proving = traces != null;
        this.givenBits = bits == null ? null : bits.iterator();
        this.matrices = CommittedGpt.layout(c);
        this.weights = weights;
        if (ids.length != c.context()) throw new IllegalArgumentException("the prompt has " + ids.length + " tokens, the model's context " + c.context());
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] < 0 || ids[t] >= c.vocabulary()) throw new IllegalArgumentException("token " + ids[t] + " at position " + t + " is outside 0.." + (c.vocabulary() - 1));
        }
        if (logits.length != c.vocabulary()) throw new IllegalArgumentException(logits.length + " logits for a vocabulary of " + c.vocabulary());
        this.logits = logits.clone();
        build(ids, traces);
        if (givenBits != null && givenBits.hasNext()) throw new IllegalArgumentException("layout: more range widths than range checks");
    }

    /** The prover's circuit: runs the reference inference and fills in every value. */
    static GptCircuit prover(CommittedGpt model, QuantizedModel q, long[] ids) {
        CommittedGpt.Layers l = CommittedGpt.layersOf(q);
        if (!CommittedGpt.configOf(l).equals(model.config())) throw new IllegalArgumentException("the model does not have the committed model's shape");
        long[] x = l.embedding().embed(ids);
        List<BlockTrace> blocks = new ArrayList<>();
        for (TransformerBlock b : l.blocks()) {
            BlockTrace t = b.trace(x);
            blocks.add(t);
            x = t.output();
        }
        Traces traces = new Traces(l.embedding().embed(ids), blocks, l.head().normOfLast(x));
        return new GptCircuit(model, ids, l.head().logits(x), traces, CommittedGpt.matrices(l, model.config()), null);
    }

    /** The verifier's circuit, from the public data and the prover's published range widths. */
    static GptCircuit verifier(CommittedGpt model, long[] ids, long[] logits, List<Integer> bits) {
        return new GptCircuit(model, ids, logits, null, null, bits);
    }

    List<Step> steps() {
        return steps;
    }

    List<Tensor> tensors(int vector) {
        return vector == ACTIVATIONS ? activations : limbs;
    }

    List<WeightMatrix> matrices() {
        return matrices;
    }

    long[] logits() {
        return logits.clone();
    }

    /** The range widths the prover chose, in order. */
    List<Integer> chosenBits() {
        return List.copyOf(chosenBits);
    }

    /** The prover's values (IllegalStateException on the verifier's side). */
    Witness witness(List<Packing> packings) {
        if (!proving) throw new IllegalStateException("the verifier has no witness");
        long[][] vectors = {packings.get(0).vector(values), packings.get(1).vector(values)};
        return new Witness() {
            @Override
            public long[] values(Tensor t) {
                return values.get(t);
            }

            @Override
            public long[] vector(int vector) {
                return vectors[vector];
            }

            @Override
            public long[][] matrix(WeightMatrix m) {
                return weights.get(m.index());
            }
        };
    }

    /** The padded weight matrices (prover only). */
    long[][] matrix(WeightMatrix m) {
        return weights.get(m.index());
    }

    // ------------------------------------------------------------------ the forward pass

    private void build(long[] ids, Traces tr) {
        int t = c.context(), v = c.vocabulary();
        valid = pub("valid positions", List.of(bT), grid(new int[] {t}, new int[] {bT}, i -> 1));
        causal = pub("causal mask", List.of(bH, bT, bT), grid(new int[] {c.heads(), t, t}, new int[] {bH, bT, bT}, i -> i[2] <= i[1] ? 1 : 0));
        rowValid = pub("attention rows", List.of(bH, bT), grid(new int[] {c.heads(), t}, new int[] {bH, bT}, i -> 1));
        long[] twoHot = new long[1 << (bT + bE)];
        for (int p = 0; p < t; p++) {
            twoHot[(p << bE) + (int) ids[p]] = 1;
            twoHot[(p << bE) + v + p] = 1;
        }
        PublicTensor prompt = pub("prompt (two-hot rows)", List.of(bT, bE), twoHot);
        Tensor x = act("embedding/x", List.of(bT, bD), tr == null ? null : pad(tr.x0(), new int[] {t, c.width()}, new int[] {bT, bD}));
        relation("embedding: x = 2^σ·(two-hot prompt)·Eᵀ", List.of(bT, bD), List.of(bE), List.of(Term.of(1, of(x, F0, F1))),
                List.of(Term.of(1L << model.embeddingShift(), new Factor.Known(prompt, List.of(F0, S0)), new Factor.Weights(matrices.get(0), List.of(F1)))));
        for (int b = 0; b < c.layers(); b++) x = block(b, x, tr == null ? null : tr.blocks().get(b));
        head(x, tr == null ? null : tr.head());
        int limbVariables = Packing.of(LIMBS, limbs).variables();
        long[][] bytes = new long[1][256];
        for (int i = 0; i < 256; i++) bytes[0][i] = i;
        steps.add(0, new Lookup("bytes", List.of(limbVariables), List.of(new Factor.Whole(LIMBS)), bytes));
    }

    private Tensor block(int b, Tensor x, BlockTrace tr) {
        String p = "block " + (b + 1) + "/";
        CommittedGpt.Block pb = model.blocks().get(b);
        int base = 1 + 6 * b;
        int t = c.context(), d = c.width(), h = c.heads(), dh = c.headWidth(), f = c.hidden();
        int[] sizesTD = {t, d}, bitsTD = {bT, bD}, sizesTHJ = {t, h, dh}, bitsTHJ = {bT, bH, bJ};
        Tensor u1 = norm(p + "RMSNorm 1", (row, col) -> of(x, row, col), bT, valid, pb.attentionNorm(), tr == null ? null : tr.norm1());
        Tensor q = projectAndRound(p + "q = rq(W_q·u)", u1, matrices.get(base), pb.shifts().get(0), tr == null ? null : tr.query(), sizesTHJ, bitsTHJ);
        Tensor k = projectAndRound(p + "k = rq(W_k·u)", u1, matrices.get(base + 1), pb.shifts().get(1), tr == null ? null : tr.key(), sizesTHJ, bitsTHJ);
        Tensor v = projectAndRound(p + "v = rq(W_v·u)", u1, matrices.get(base + 2), pb.shifts().get(2), tr == null ? null : tr.value(), sizesTHJ, bitsTHJ);
        Tensor o = attention(p + "attention", q, k, v, tr);
        Tensor y = projectAndRound(p + "y = rq(W_o·o)", o, matrices.get(base + 3), pb.shifts().get(3), tr == null ? null : tr.attended(), sizesTD, bitsTD);
        Tensor mid = act(p + "x + y", List.of(bT, bD), tr == null ? null : pad(tr.middle(), sizesTD, bitsTD));
        relation(p + "residual: x' = x + y", List.of(bT, bD), List.of(), List.of(Term.of(1, of(mid, F0, F1))),
                List.of(Term.of(1, of(x, F0, F1)), Term.of(1, of(y, F0, F1))));
        Tensor u2 = norm(p + "RMSNorm 2", (row, col) -> of(mid, row, col), bT, valid, pb.mlpNorm(), tr == null ? null : tr.norm2());
        // the MLP: up = rq(W_1·u2) = hid − neg with hid = max(up, 0), neg = max(−up, 0)
        List<Integer> tf = List.of(bT, bF);
        int[] sizesTF = {t, f}, bitsTF = {bT, bF};
        long[] up = tr == null ? null : pad(tr.up().output(), sizesTF, bitsTF);
        Tensor hid = act(p + "MLP/hid = max(up, 0)", tf, up == null ? null : map(up, z -> Math.max(z, 0)));
        Tensor neg = act(p + "MLP/neg = max(−up, 0)", tf, up == null ? null : map(up, z -> Math.max(-z, 0)));
        project(p + "MLP/up = rq(W_1·u)", u2, matrices.get(base + 4), pb.shifts().get(4),
                List.of(Term.of(1, of(hid, F0, F1)), Term.of(-1, of(neg, F0, F1))),
                tr == null ? null : pad(tr.up().accumulator(), sizesTF, bitsTF), up);
        relation(p + "MLP/ReLU: hid·neg = 0", tf, tf, List.of(), List.of(Term.of(1, eq2(), of(hid, S0, S1), of(neg, S0, S1))));
        range(p + "MLP/hid ≥ 0", tf, List.of(Term.of(1, of(hid, F0, F1))), -1);
        range(p + "MLP/neg ≥ 0", tf, List.of(Term.of(1, of(neg, F0, F1))), -1);
        Tensor dn = projectAndRound(p + "MLP/down = rq(W_2·hid)", hid, matrices.get(base + 5), pb.shifts().get(5), tr == null ? null : tr.down(), sizesTD, bitsTD);
        Tensor out = act(p + "output", List.of(bT, bD), tr == null ? null : pad(tr.output(), sizesTD, bitsTD));
        relation(p + "residual: out = x' + down", List.of(bT, bD), List.of(), List.of(Term.of(1, of(out, F0, F1))),
                List.of(Term.of(1, of(mid, F0, F1)), Term.of(1, of(dn, F0, F1))));
        return out;
    }

    private void head(Tensor x, BlockTrace.Norm tr) {
        PublicTensor one = pub("one row", List.of(0), new long[] {1});
        int last = c.context() - 1;
        Tensor u = norm("LM head/RMSNorm", (row, col) -> of(x, Index.fixed(last), col), 0, one, model.finalNorm(), tr);
        PublicTensor z = pub("logits", List.of(bV), pad(logits, new int[] {c.vocabulary()}, new int[] {bV}));
        relation("LM head: logits = W_U·u", List.of(bV), List.of(bD), List.of(Term.of(1, new Factor.Known(z, List.of(F0)))),
                List.of(Term.of(1, of(u, Index.fixed(0), S0), new Factor.Weights(matrices.get(matrices.size() - 1), List.of(F0)))));
    }

    /** RMSNorm of the rows of x (2^rowBits rows of width d), returning u; see the class comment. */
    private Tensor norm(String name, java.util.function.BiFunction<Index, Index, Factor> x, int rowBits, PublicTensor validRows,
                        RmsNorm gains, BlockTrace.Norm tr) {
        int d = c.width();
        List<Integer> rows = List.of(rowBits);
        int realRows = tr == null ? 0 : tr.root().length;
        int[] sizes = {realRows}, bits = {rowBits};
        long[] sv = null, mv = null, rv = null, iv = null, av = null, bv = null;
        if (tr != null) {
            sv = pad(tr.sumOfSquares(), sizes, bits);
            mv = pad(tr.meanSquare(), sizes, bits);
            rv = pad(tr.root(), sizes, bits);
            iv = pad(tr.inverse(), sizes, bits);
            av = new long[mv.length];
            bv = new long[mv.length];
            for (int i = 0; i < realRows; i++) {
                av[i] = mv[i] - rv[i] * rv[i];
                bv[i] = (1L << TransformerArithmetic.NORM_BITS) - iv[i] * rv[i];
            }
        }
        Tensor s = act(name + "/s = Σx²", rows, sv);
        Tensor m = act(name + "/m = ⌊s/d⌋ + 1", rows, mv);
        Tensor r = act(name + "/r = ⌊√m⌋", rows, rv);
        Tensor a = act(name + "/a = m − r²", rows, av);
        Tensor inv = act(name + "/inv = ⌊2^N/r⌋", rows, iv);
        Tensor b = act(name + "/b = 2^N − inv·r", rows, bv);
        Tensor u = act(name + "/u", List.of(rowBits, bD), tr == null ? null : pad(tr.output().output(), new int[] {realRows, d}, new int[] {rowBits, bD}));
        long[] g = new long[1 << bD];
        for (int i = 0; i < d; i++) g[i] = gains.gain(i);
        PublicTensor gain = pub(name + "/gains", List.of(bD), g);
        Factor.Known ok = new Factor.Known(validRows, List.of(F0));
        relation(name + "/sum of squares", rows, List.of(rowBits, bD), List.of(Term.of(1, of(s, F0))),
                List.of(Term.of(1, Factor.Eq.of(0, 0), x.apply(S0, S1), x.apply(S0, S1))));
        int dBits = Math.max(1, 64 - Long.numberOfLeadingZeros(d - 1));
        range(name + "/mean: s − d·(m − 1) ≥ 0", rows, List.of(Term.of(1, of(s, F0)), Term.of(-d, of(m, F0)), Term.of(d, ok)), dBits);
        range(name + "/mean: d − 1 − (s − d·(m − 1)) ≥ 0", rows, List.of(Term.of(-1, of(s, F0)), Term.of(d, of(m, F0)), Term.of(-1, ok)), dBits);
        relation(name + "/square root: m − a = r²", rows, rows, List.of(Term.of(1, of(m, F0)), Term.of(-1, of(a, F0))),
                List.of(Term.of(1, Factor.Eq.of(0, 0), of(r, S0), of(r, S0))));
        range(name + "/m ≥ 0", rows, List.of(Term.of(1, of(m, F0))), -1);
        range(name + "/r ≥ 0", rows, List.of(Term.of(1, of(r, F0))), -1);
        range(name + "/a ≥ 0", rows, List.of(Term.of(1, of(a, F0))), -1);
        range(name + "/2r − a ≥ 0", rows, List.of(Term.of(2, of(r, F0)), Term.of(-1, of(a, F0))), -1);
        relation(name + "/reciprocal: 2^N − b = inv·r", rows, rows,
                List.of(Term.of(1L << TransformerArithmetic.NORM_BITS, ok), Term.of(-1, of(b, F0))),
                List.of(Term.of(1, Factor.Eq.of(0, 0), of(inv, S0), of(r, S0))));
        range(name + "/inv ≥ 0", rows, List.of(Term.of(1, of(inv, F0))), -1);
        range(name + "/b ≥ 0", rows, List.of(Term.of(1, of(b, F0))), -1);
        range(name + "/r − 1 − b ≥ 0", rows, List.of(Term.of(1, of(r, F0)), Term.of(-1, ok), Term.of(-1, of(b, F0))), -1);
        int shift = TransformerArithmetic.normShift(gains.shift());
        List<Integer> td = List.of(rowBits, bD);
        long[] rem = tr == null ? null : remainders(pad(tr.output().accumulator(), new int[] {realRows, d}, new int[] {rowBits, bD}),
                values.get(u), shift);
        List<Term> claim = rounded(name + "/u", td, List.of(Term.of(1, of(u, F0, F1))), rem, shift);
        relation(name + "/u = rq(x·g·inv)", td, td, claim,
                List.of(Term.of(1, eq2(), x.apply(S0, S1), new Factor.Known(gain, List.of(S1)), of(inv, S0))));
        signedRange(name + "/u", u);
        return u;
    }

    /** out = rq(W·in, s) committed as its own tensor of the given real sizes, with its signed range check. */
    private Tensor projectAndRound(String name, Tensor in, WeightMatrix w, int shift, BlockTrace.Rounding r, int[] sizes, int[] bits) {
        List<Integer> outBits = new ArrayList<>();
        for (int b : bits) outBits.add(b);
        long[] out = r == null ? null : pad(r.output(), sizes, bits);
        Tensor o = act(name, outBits, out);
        List<Index> at = new ArrayList<>();
        for (int i = 0; i < bits.length; i++) at.add(Index.free(i));
        project(name, in, w, shift, List.of(Term.of(1, new Factor.Of(o, at))), r == null ? null : pad(r.accumulator(), sizes, bits), out);
        signedRange(name, o);
        return o;
    }

    /**
     * Thaler's sumcheck for a requantized product, row by row: 2^s·out(τ) + rem(τ) − 2^(s−1) = Σ_k in(τ_t, k)·W(τ_out, k),
     * with {@code out} given as claim-side terms on the free groups (t, output dimensions…) and rem ∈ [0, 2^s) by limbs.
     */
    private void project(String name, Tensor in, WeightMatrix w, int shift, List<Term> out, long[] acc, long[] outValues) {
        List<Integer> free = new ArrayList<>();
        free.add(bT);
        free.addAll(w.outBits());
        List<Index> inAt = new ArrayList<>();
        inAt.add(F0);
        for (int i = 0; i < w.inBits().size(); i++) inAt.add(Index.summed(i));
        List<Index> outAt = new ArrayList<>();
        for (int i = 0; i < w.outBits().size(); i++) outAt.add(Index.free(i + 1));
        long[] rem = acc == null ? null : remainders(acc, outValues, shift);
        List<Term> claim = rounded(name, free, out, rem, shift);
        relation(name, free, w.inBits(), claim, List.of(Term.of(1, new Factor.Of(in, inAt), new Factor.Weights(w, outAt))));
    }

    /** Attention of one block: scores, softmax, mixing; returns o (T, h, d_h). */
    private Tensor attention(String p, Tensor q, Tensor k, Tensor v, BlockTrace tr) {
        int t = c.context(), h = c.heads(), dh = c.headWidth(), d = c.width();
        List<Integer> htt = List.of(bH, bT, bT), ht = List.of(bH, bT);
        int[] sizesHTT = {h, t, t}, bitsHTT = {bH, bT, bT};
        int scoreShift = TransformerArithmetic.scoreShift(dh);
        int pBits = TransformerArithmetic.PROBABILITY_BITS;
        long[] zAcc = null, z = null, mx = null, sel = null, delta = null, cv = null, e = null, sum = null, prob = null, w = null;
        if (tr != null) {
            long[] qo = tr.query().output(), ko = tr.key().output();
            long[] acc = new long[h * t * t], zz = new long[h * t * t];
            for (int head = 0; head < h; head++) {
                for (int a = 0; a < t; a++) {
                    for (int b = 0; b < t; b++) {
                        long dot = 0;
                        for (int j = 0; j < dh; j++) dot = Math.addExact(dot, Math.multiplyExact(qo[a * d + head * dh + j], ko[b * d + head * dh + j]));
                        int i = (head * t + a) * t + b;
                        acc[i] = dot;
                        zz[i] = org.zkopml.model.Requantize.round(dot, scoreShift);
                        if (b <= a && zz[i] != tr.scores().output()[i]) throw new IllegalStateException("score (" + head + "," + a + "," + b + ") differs from the trace");
                    }
                }
            }
            zAcc = pad(acc, sizesHTT, bitsHTT);
            z = pad(zz, sizesHTT, bitsHTT);
            mx = pad(tr.max(), new int[] {h, t}, new int[] {bH, bT});
            delta = pad(tr.delta(), sizesHTT, bitsHTT);
            e = pad(tr.exp(), sizesHTT, bitsHTT);
            sum = pad(tr.sum(), new int[] {h, t}, new int[] {bH, bT});
            prob = pad(tr.prob(), sizesHTT, bitsHTT);
            sel = new long[z.length];
            cv = new long[z.length];
            w = new long[z.length];
            for (int head = 0; head < h; head++) {
                for (int a = 0; a < t; a++) {
                    int row = (head << bT) + a;
                    boolean chosen = false;
                    for (int b = 0; b <= a; b++) {
                        int i = (row << bT) + b;
                        if (!chosen && z[i] == mx[row]) {
                            sel[i] = 1;
                            chosen = true;
                        }
                        cv[i] = mx[row] - z[i] - delta[i];
                        w[i] = (e[i] << pBits) - prob[i] * sum[row];
                    }
                }
            }
        }
        Tensor zt = act(p + "/z = rq(q·k)", htt, z);
        relation(p + "/scores: z = rq(q·kᵀ)", htt, List.of(bH, bJ),
                rounded(p + "/z", htt, List.of(Term.of(1, of(zt, F0, F1, F2))), zAcc == null ? null : remainders(zAcc, z, scoreShift), scoreShift),
                List.of(Term.of(1, Factor.Eq.of(0, 0), of(q, F1, S0, S1), of(k, F2, S0, S1))));
        signedRange(p + "/z", zt);
        Tensor mt = act(p + "/max", ht, mx);
        Tensor st = act(p + "/selector", htt, sel);
        Tensor dt = act(p + "/δ", htt, delta);
        Tensor ct = act(p + "/c = max − z − δ", htt, cv);
        Tensor et = act(p + "/e = EXP[δ]", htt, e);
        Tensor sumT = act(p + "/S = Σe", ht, sum);
        Tensor pt = act(p + "/p = ⌊e·2^P/S⌋", htt, prob);
        Tensor wt = act(p + "/w = e·2^P − p·S", htt, w);
        Factor eq3 = new Factor.Eq(List.of(0, 1, 2), List.of(0, 1, 2));
        Factor maskS = new Factor.Known(causal, List.of(S0, S1, S2));
        relation(p + "/softmax: the selector is 0 or 1", htt, htt, List.of(),
                List.of(Term.of(1, eq3, of(st, S0, S1, S2), of(st, S0, S1, S2)), Term.of(-1, eq3, of(st, S0, S1, S2))));
        relation(p + "/softmax: one causal 1 per row", ht, htt, List.of(Term.of(1, new Factor.Known(rowValid, List.of(F0, F1)))),
                List.of(Term.of(1, new Factor.Eq(List.of(0, 1), List.of(0, 1)), maskS, of(st, S0, S1, S2))));
        relation(p + "/softmax: the selected score is the maximum", htt, htt, List.of(),
                List.of(Term.of(1, eq3, of(st, S0, S1, S2), of(mt, S0, S1)), Term.of(-1, eq3, of(st, S0, S1, S2), of(zt, S0, S1, S2))));
        relation(p + "/softmax: max − z = δ + c on causal entries", htt, htt, List.of(),
                List.of(Term.of(1, eq3, maskS, of(mt, S0, S1)), Term.of(-1, eq3, maskS, of(zt, S0, S1, S2)),
                        Term.of(-1, eq3, maskS, of(dt, S0, S1, S2)), Term.of(-1, eq3, maskS, of(ct, S0, S1, S2))));
        relation(p + "/softmax: c·(255 − δ) = 0", htt, htt, List.of(),
                List.of(Term.of(TransformerArithmetic.EXP_TABLE_SIZE - 1, eq3, of(ct, S0, S1, S2)), Term.of(-1, eq3, of(ct, S0, S1, S2), of(dt, S0, S1, S2))));
        range(p + "/softmax: c ≥ 0", htt, List.of(Term.of(1, of(ct, F0, F1, F2))), -1);
        long[][] table = new long[3][TransformerArithmetic.EXP_TABLE_SIZE + 1];
        for (int i = 0; i < TransformerArithmetic.EXP_TABLE_SIZE; i++) {
            table[0][i] = i;
            table[1][i] = TransformerArithmetic.exp(i);
            table[2][i] = 1;
        }
        steps.add(new Lookup(p + "/softmax exponent: (δ, e, causal) ∈ {(δ, EXP[δ], 1)} ∪ {(0, 0, 0)}", htt,
                List.of(of(dt, F0, F1, F2), of(et, F0, F1, F2), new Factor.Known(causal, List.of(F0, F1, F2))), table));
        relation(p + "/softmax: S = Σ_t' e", ht, htt, List.of(Term.of(1, of(sumT, F0, F1))),
                List.of(Term.of(1, new Factor.Eq(List.of(0, 1), List.of(0, 1)), of(et, S0, S1, S2))));
        relation(p + "/softmax: 2^P·e − w = p·S", htt, htt, List.of(Term.of(1L << pBits, of(et, F0, F1, F2)), Term.of(-1, of(wt, F0, F1, F2))),
                List.of(Term.of(1, eq3, of(pt, S0, S1, S2), of(sumT, S0, S1))));
        range(p + "/softmax: w ≥ 0", htt, List.of(Term.of(1, of(wt, F0, F1, F2))), -1);
        range(p + "/softmax: S − 1 − w ≥ 0", htt, List.of(Term.of(1, of(sumT, F0, F1)), Term.of(-1, of(wt, F0, F1, F2)),
                Term.of(-1, new Factor.Known(rowValid, List.of(F0, F1)))), -1);
        range(p + "/softmax: p ≥ 0", htt, List.of(Term.of(1, of(pt, F0, F1, F2))), -1);
        // mixing: o = rq(Σ_t' p·v, P)
        List<Integer> thj = List.of(bT, bH, bJ);
        int[] sizesTHJ = {t, h, dh}, bitsTHJ = {bT, bH, bJ};
        long[] o = tr == null ? null : pad(tr.mixed().output(), sizesTHJ, bitsTHJ);
        Tensor ot = act(p + "/o = rq(p·v)", thj, o);
        relation(p + "/mixing: o = rq(Σ p·v)", thj, List.of(bH, bT),
                rounded(p + "/o", thj, List.of(Term.of(1, of(ot, F0, F1, F2))),
                        tr == null ? null : remainders(pad(tr.mixed().accumulator(), sizesTHJ, bitsTHJ), o, pBits), pBits),
                List.of(Term.of(1, Factor.Eq.of(1, 0), of(pt, S0, F0, S1), of(v, S1, S0, F2))));
        signedRange(p + "/o", ot);
        return ot;
    }

    // ------------------------------------------------------------------ range checks and limbs

    /**
     * The claim side of a requantization: the output terms times 2^s, plus the remainder rem ∈ [0, 2^s) as byte limbs,
     * minus 2^(s−1) (nothing added when s = 0).
     */
    private List<Term> rounded(String name, List<Integer> domain, List<Term> out, long[] rem, int shift) {
        List<Term> claim = new ArrayList<>();
        Fr scale = IntegerEmbedding.of(1L << shift);
        for (Term t : out) claim.add(new Term(t.coefficient().mul(scale), t.factors()));
        if (shift == 0) return claim;
        claim.addAll(limbs(name + " remainder", domain, shift, rem));
        claim.add(new Term(IntegerEmbedding.of(-(1L << (shift - 1))), List.of()));
        return claim;
    }

    /** rem = acc + 2^(s−1) − 2^s·out, entry by entry (s = 0: zeros). */
    private static long[] remainders(long[] acc, long[] out, int shift) {
        long[] rem = new long[acc.length];
        if (shift == 0) return rem;
        for (int i = 0; i < rem.length; i++) rem[i] = acc[i] + (1L << (shift - 1)) - (out[i] << shift);
        return rem;
    }

    /**
     * Byte limbs of a non-negative integer tensor on the free groups {@code domain} with {@code bits} bits: returns
     * Σ_j 256^j·limb_j as claim-side terms. When bits = 8(L − 1) + k with 0 < k < 8, the top limb is committed
     * multiplied by 2^(8 − k) and enters the sum with the coefficient 256^(L−1)/2^(8−k): being a byte, it bounds the
     * value below 2^bits. (Were it not a multiple of 2^(8 − k), the sum would not be an integer; every place this is
     * used equates it with an integer expression of range-checked tensors, which rules that out.)
     */
    private List<Term> limbs(String name, List<Integer> domain, int bits, long[] values) {
        int count = (bits + 7) / 8;
        int rest = bits % 8;
        List<Index> at = frees(domain.size());
        List<Term> terms = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            boolean scaledTop = j == count - 1 && rest != 0;
            long[] limb = null;
            if (values != null) {
                limb = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    if (values[i] < 0 || (bits < 63 && values[i] >= 1L << bits)) {
                        throw new IllegalStateException(name + ": entry " + i + " = " + values[i] + " is outside [0, 2^" + bits + ")");
                    }
                    limb[i] = (values[i] >>> (8 * j)) & 0xFF;
                    if (scaledTop) limb[i] <<= 8 - rest;
                }
            }
            Tensor t = limb(name + (scaledTop ? "/top limb·2^" + (8 - rest) : "/limb " + j), domain, limb);
            Fr weight = IntegerEmbedding.of(1L << (8 * j));
            if (scaledTop) weight = weight.mul(IntegerEmbedding.of(1L << (8 - rest)).inverse());
            terms.add(new Term(weight, List.of(new Factor.Of(t, at))));
        }
        return terms;
    }

    /**
     * 0 ≤ expr < 2^bits on the free groups {@code domain}: the relation expr(τ) = Σ_j 256^j·limb_j(τ). With
     * bits = −1 the prover picks the width from the values and publishes it.
     */
    private void range(String name, List<Integer> domain, List<Term> expr, int bits) {
        long[] v = proving ? evaluate(expr, domain) : null;
        int width = bits;
        if (bits < 0) {
            long max = 0;
            if (v != null) for (long x : v) max = Math.max(max, x);
            width = choose(name, bytesFor(64 - Long.numberOfLeadingZeros(max)));
        }
        relation(name, domain, List.of(), expr, limbs(name, domain, width, v));
    }

    /** −2^(B−1) ≤ t < 2^(B−1) for a width B the prover picks: the range check of t + 2^(B−1). */
    private void signedRange(String name, Tensor t) {
        int width = 1;
        long[] v = null;
        if (proving) {
            long pos = 0, neg = 0;
            for (long x : values.get(t)) {
                if (x > 0) pos = Math.max(pos, x);
                else neg = Math.max(neg, -x);
            }
            width = bytesFor(1 + Math.max(64 - Long.numberOfLeadingZeros(pos), neg == 0 ? 0 : 64 - Long.numberOfLeadingZeros(neg - 1)));
        }
        width = choose(name + " (signed)", width);
        long offset = 1L << (width - 1);
        if (proving) {
            v = values.get(t).clone();
            for (int i = 0; i < v.length; i++) v[i] += offset;
        }
        List<Index> at = frees(t.bits().size());
        List<Term> expr = List.of(Term.of(1, new Factor.Of(t, at)), new Term(IntegerEmbedding.of(offset), List.of()));
        relation(name + ": −2^(B−1) ≤ value < 2^(B−1)", t.bits(), List.of(), expr, limbs(name + " + 2^(B−1)", t.bits(), width, v));
    }

    /** The width in whole bytes for a value of {@code bits} bits (at least one byte): no top limb to bound. */
    private static int bytesFor(int bits) {
        return 8 * Math.max(1, (bits + 7) / 8);
    }

    /** A range width: the prover's choice, published; the verifier's next published width, bounded. */
    private int choose(String name, int proverBits) {
        if (proving) {
            if (proverBits > MAX_BITS) throw new IllegalStateException(name + ": a value needs " + proverBits + " bits");
            chosenBits.add(proverBits);
            return proverBits;
        }
        if (!givenBits.hasNext()) throw new IllegalArgumentException("layout: fewer range widths than range checks (at " + name + ")");
        int b = givenBits.next();
        if (b < 8 || b > MAX_BITS || b % 8 != 0) throw new IllegalArgumentException("layout: " + name + " has width " + b + ", not a multiple of 8 in 8.." + MAX_BITS);
        return b;
    }

    /** The integer values of a linear expression on the free groups' hypercube (prover side). */
    private long[] evaluate(List<Term> expr, List<Integer> domain) {
        int n = domain.stream().mapToInt(Integer::intValue).sum();
        long[] out = new long[1 << n];
        for (Term t : expr) {
            long coef = signed(t.coefficient());
            long[] f = new long[out.length];
            java.util.Arrays.fill(f, 1);
            for (Factor x : t.factors()) {
                long[] col = x.accept(new Factor.Visitor<>() {
                    public long[] visitOf(Factor.Of o) { return FactorTables.materialize(values.get(o.tensor()), o.tensor().bits(), o.at(), domain); }
                    public long[] visitKnown(Factor.Known k) { return FactorTables.materialize(k.tensor().values(), k.tensor().bits(), k.at(), domain); }
                    public long[] visitEq(Factor.Eq e) { throw new IllegalArgumentException("eq in a range check"); }
                    public long[] visitWeights(Factor.Weights w) { throw new IllegalArgumentException("weights in a range check"); }
                    public long[] visitWhole(Factor.Whole w) { throw new IllegalArgumentException("a whole vector in a range check"); }
                });
                for (int i = 0; i < f.length; i++) f[i] = Math.multiplyExact(f[i], col[i]);
            }
            for (int i = 0; i < out.length; i++) out[i] = Math.addExact(out[i], Math.multiplyExact(coef, f[i]));
        }
        return out;
    }

    /** A small field element as a signed integer. */
    private static long signed(Fr x) {
        BigInteger v = x.toBigInteger();
        if (v.bitLength() < 63) return v.longValueExact();
        return Fr.MODULUS.subtract(v).negate().longValueExact();
    }

    // ------------------------------------------------------------------ declarations

    private static final Index F0 = Index.free(0), F1 = Index.free(1), F2 = Index.free(2);
    private static final Index S0 = Index.summed(0), S1 = Index.summed(1), S2 = Index.summed(2);

    private static Factor eq2() {
        return new Factor.Eq(List.of(0, 1), List.of(0, 1));
    }

    private static Factor.Of of(Tensor t, Index... at) {
        return new Factor.Of(t, List.of(at));
    }

    private static List<Index> frees(int n) {
        List<Index> at = new ArrayList<>();
        for (int i = 0; i < n; i++) at.add(Index.free(i));
        return at;
    }

    private void relation(String name, List<Integer> free, List<Integer> summed, List<Term> claim, List<Term> sum) {
        steps.add(new Relation(name, free, summed, claim, sum));
    }

    private Tensor act(String name, List<Integer> bits, long[] v) {
        return declare(new Tensor(name, ACTIVATIONS, bits), v, activations);
    }

    private Tensor limb(String name, List<Integer> bits, long[] v) {
        return declare(new Tensor(name, LIMBS, bits), v, limbs);
    }

    private Tensor declare(Tensor t, long[] v, List<Tensor> into) {
        if (proving) {
            if (v == null || v.length != t.size()) throw new IllegalStateException(t.name() + ": no values or the wrong number");
            values.put(t, v);
        }
        into.add(t);
        return t;
    }

    private long[] values(Tensor t) {
        return values.get(t);
    }

    private static PublicTensor pub(String name, List<Integer> bits, long[] v) {
        return new PublicTensor(name, bits, v);
    }

    private static long[] map(long[] v, java.util.function.LongUnaryOperator f) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) out[i] = f.applyAsLong(v[i]);
        return out;
    }

    /** A row-major array of the given real sizes copied into the padded layout (each dimension 2^bits). */
    static long[] pad(long[] src, int[] sizes, int[] bits) {
        int total = 0;
        for (int b : bits) total += b;
        long[] out = new long[1 << total];
        int n = 1;
        for (int s : sizes) n *= s;
        if (src.length != n) throw new IllegalArgumentException("an array of " + src.length + " values for sizes " + java.util.Arrays.toString(sizes));
        int[] idx = new int[sizes.length];
        for (int i = 0; i < n; i++) {
            int rem = i, e = 0;
            for (int d = sizes.length - 1; d >= 0; d--) {
                idx[d] = rem % sizes[d];
                rem /= sizes[d];
            }
            for (int d = 0; d < sizes.length; d++) e = (e << bits[d]) | idx[d];
            out[e] = src[i];
        }
        return out;
    }

    /** A padded public tensor whose real entries are f(index) and padding is 0. */
    private static long[] grid(int[] sizes, int[] bits, java.util.function.ToLongFunction<int[]> f) {
        int n = 1;
        for (int s : sizes) n *= s;
        long[] real = new long[n];
        int[] idx = new int[sizes.length];
        for (int i = 0; i < n; i++) {
            int rem = i;
            for (int d = sizes.length - 1; d >= 0; d--) {
                idx[d] = rem % sizes[d];
                rem /= sizes[d];
            }
            real[i] = f.applyAsLong(idx);
        }
        return pad(real, sizes, bits);
    }
}
