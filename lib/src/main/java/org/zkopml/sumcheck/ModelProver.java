package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Trace;
import org.zkopml.transcript.Transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The prover of a {@link ModelProof}: runs the reference integer inference, lays out the byte limbs
 * ({@link ByteSlots}), and plays the protocol described there on a Fiat–Shamir transcript
 * "zkopml/sumcheck/model". The verifier is {@link ModelVerifier}; both follow the same order of messages.
 */
public final class ModelProver {
    /** The Fiat–Shamir protocol label. */
    public static final String PROTOCOL = "zkopml/sumcheck/model";

    private ModelProver() {}

    /**
     * Proves the model's inference on {@code input}. The committed model must be {@link CommittedModel#commit}
     * of this model. Throws IllegalArgumentException for an unsupported model or input, or a hidden value
     * outside ±(2^24 − 1).
     */
    public static ModelProof prove(CommittedModel committed, QuantizedModel model, long[] input) {
        List<CommittedModel.Block> blocks = CommittedModel.blocksOf(model);
        Trace trace = IntegerInference.run(model, input);
        int nu = committed.nu();
        int size = 1 << nu;
        int l = blocks.size();
        ByteSlots slots = new ByteSlots(committed);
        // the witness, block by block
        long[][] hidden = new long[l][];     // h_ℓ = max(q_ℓ, 0) for hidden blocks, q_L for the last
        long[][] posLimbs = new long[l][], negLimbs = new long[l][];
        long[] f = new long[(1 << slots.sigma) * size];
        int layer = 0;
        for (int b = 0; b < l; b++) {
            long[] acc = trace.output(layer);
            long[] q = trace.output(layer + 1);
            int s = blocks.get(b).shift();
            long[] rem = new long[size];
            for (int i = 0; i < size; i++) {
                long a = i < acc.length ? acc[i] : 0, qi = i < q.length ? q[i] : 0;
                rem[i] = a + (1L << (s - 1)) - (qi << s);
            }
            for (int j = 0; j < s / 8; j++) for (int i = 0; i < size; i++) f[slots.rem[b][j] * size + i] = (rem[i] >>> (8 * j)) & 0xFF;
            if (b < l - 1) {
                long[] h = new long[size], n = new long[size];
                for (int i = 0; i < q.length; i++) {
                    if (Math.abs(q[i]) >= 1L << (8 * ByteSlots.ACTIVATION_LIMBS)) {
                        throw new IllegalArgumentException("hidden value " + q[i] + " of block " + (b + 1) + " at index " + i
                                + " does not fit in " + 8 * ByteSlots.ACTIVATION_LIMBS + " bits");
                    }
                    h[i] = Math.max(q[i], 0);
                    n[i] = Math.max(-q[i], 0);
                }
                hidden[b] = h;
                posLimbs[b] = h;
                negLimbs[b] = n;
                for (int j = 0; j < ByteSlots.ACTIVATION_LIMBS; j++) {
                    for (int i = 0; i < size; i++) {
                        f[slots.pos[b][j] * size + i] = (h[i] >>> (8 * j)) & 0xFF;
                        f[slots.neg[b][j] * size + i] = (n[i] >>> (8 * j)) & 0xFF;
                    }
                }
                layer += 3;
            } else {
                hidden[b] = q;
                layer += 2;
            }
        }
        long[] z = trace.output(layer - 1);
        Transcript t = Transcript.start(PROTOCOL);
        committed.absorbInto(t);
        t.absorb("x", CommittedModel.longs(input));
        t.absorb("z", CommittedModel.longs(z));
        // the lookup: commit to F, publish multiplicities, then α, then commit to H
        int colVars = slots.colVars();
        HyraxCommitment fCommit = Hyrax.commit(f, colVars);
        fCommit.absorbInto(t, "F");
        long[] m = LogUp.multiplicities(f);
        t.absorb("m", CommittedModel.longs(m));
        Fr alpha = t.challengeFr("alpha");
        Fr[] h = LogUp.helper(f, alpha);
        HyraxCommitment hCommit = Hyrax.commit(h, colVars);
        hCommit.absorbInto(t, "H");
        Fr[] fFr = IntegerEmbedding.of(f);
        List<ModelProof.Opened> openings = new ArrayList<>();
        FiatShamirSumcheck.Proven sum = FiatShamirSumcheck.prove(t, SumcheckProver.ofTables(h));
        openings.add(open(t, h, colVars, sum.point()));
        List<Fr> tau = challenges(t, "tau", slots.variables());
        Fr[] alphaMinusF = new Fr[f.length];
        for (int i = 0; i < f.length; i++) alphaMinusF[i] = alpha.sub(fFr[i]);
        FiatShamirSumcheck.Proven inv = FiatShamirSumcheck.prove(t, SumcheckProver.ofTables(Hyrax.eqTable(tau), h, alphaMinusF));
        openings.add(open(t, h, colVars, inv.point()));
        openings.add(open(t, fFr, colVars, inv.point()));
        // the chain, from the output back to the input
        List<Fr> r = challenges(t, "r", nu);
        for (int j : slots.rem[l - 1]) openings.add(open(t, fFr, colVars, slots.point(j, r)));
        List<SumcheckProof> dense = new ArrayList<>(), relu = new ArrayList<>();
        List<Fr> weights = new ArrayList<>();
        List<HyraxOpening> weightOpenings = new ArrayList<>();
        for (int b = l - 1; b >= 0; b--) {
            long[][] w = blocks.get(b).dense().weights();
            Fr[] a = MatMul.foldRows(w, Hyrax.eqTable(r), size);
            long[] prev = b == 0 ? Arrays.copyOf(input, size) : hidden[b - 1];
            FiatShamirSumcheck.Proven d = FiatShamirSumcheck.prove(t, SumcheckProver.ofTables(a, IntegerEmbedding.of(prev)));
            dense.add(d.proof());
            Fr wv = d.finalEvaluations().get(0);
            weights.add(wv);
            t.absorb("w", wv);
            List<Fr> rho = d.point();
            weightOpenings.add(MatMul.openWeights(w, rho, size));
            if (b == 0) break;
            for (int j : slots.pos[b - 1]) openings.add(open(t, fFr, colVars, slots.point(j, rho)));
            for (int j : slots.neg[b - 1]) openings.add(open(t, fFr, colVars, slots.point(j, rho)));
            for (int j : slots.rem[b - 1]) openings.add(open(t, fFr, colVars, slots.point(j, rho)));
            List<Fr> tauRelu = challenges(t, "tau-relu", nu);
            FiatShamirSumcheck.Proven zero = FiatShamirSumcheck.prove(t, SumcheckProver.ofTables(
                    Hyrax.eqTable(tauRelu), IntegerEmbedding.of(posLimbs[b - 1]), IntegerEmbedding.of(negLimbs[b - 1])));
            relu.add(zero.proof());
            for (int j : slots.pos[b - 1]) openings.add(open(t, fFr, colVars, slots.point(j, zero.point())));
            for (int j : slots.neg[b - 1]) openings.add(open(t, fFr, colVars, slots.point(j, zero.point())));
            r = rho;
        }
        return new ModelProof(z, fCommit, m, hCommit, sum.proof(), inv.proof(), dense, weights, weightOpenings, relu, openings);
    }

    /** Opens a committed table at a point, absorbing the value (the verifier absorbs the same value). */
    private static ModelProof.Opened open(Transcript t, Fr[] table, int colVars, List<Fr> point) {
        HyraxOpening o = Hyrax.open(table, colVars, point);
        Fr value = Hyrax.evaluate(o, point.subList(point.size() - colVars, point.size()));
        t.absorb("open", value);
        return new ModelProof.Opened(value, o);
    }

    static List<Fr> challenges(Transcript t, String label, int n) {
        List<Fr> c = new ArrayList<>(n);
        for (int i = 0; i < n; i++) c.add(t.challengeFr(label));
        return c;
    }
}
