package org.zkopml.sumcheck;

import org.zkopml.curve.G1;
import org.zkopml.model.QuantizedModel;
import org.zkopml.transcript.Transcript;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The prover of a {@link GptProof}: runs the integer reference inference ({@code TransformerBlock.trace}), lays out
 * and commits the witness, and plays {@link GptCircuit}'s steps on a source of {@link Coins} — by default a
 * Fiat–Shamir {@link Transcript} "zkopml/sumcheck/gpt", or an interactive verifier's coins. The verifier is
 * {@link GptVerifier}; both follow the same order of messages.
 */
public final class GptProver {
    /** The Fiat–Shamir protocol label. */
    public static final String PROTOCOL = "zkopml/sumcheck/gpt";

    private GptProver() {}

    /** Proves the model's next-token logits on {@code prompt} (token ids, one per position), non-interactively. */
    public static GptProof prove(CommittedGpt committed, QuantizedModel model, long[] prompt) {
        return prove(committed, model, prompt, Coins.fiatShamir(Transcript.start(PROTOCOL)));
    }

    /**
     * Proves with the given coins (use {@link Coins#interactive} and give the verifier the same coins to replay an
     * interactive run). The committed model must be {@link CommittedGpt#commit} of this model.
     */
    public static GptProof prove(CommittedGpt committed, QuantizedModel model, long[] prompt, Coins coins) {
        GptCircuit circuit = GptCircuit.prover(committed, model, prompt);
        List<Packing> packings = List.of(Packing.of(GptCircuit.ACTIVATIONS, circuit.tensors(GptCircuit.ACTIVATIONS)),
                Packing.of(GptCircuit.LIMBS, circuit.tensors(GptCircuit.LIMBS)));
        Witness witness = circuit.witness(packings);
        bindStatement(coins, committed, prompt, circuit.logits(), circuit.chosenBits());
        long[] a = witness.vector(GptCircuit.ACTIVATIONS), l = witness.vector(GptCircuit.LIMBS);
        HyraxCommitment ca = Hyrax.commit(a, columnVariables(packings.get(0).variables()));
        HyraxCommitment cl = Hyrax.commit(l, columnVariables(packings.get(1).variables()));
        bind(coins, "gpt/activations", ca);
        bind(coins, "gpt/limbs", cl);
        ClaimLog log = new ClaimLog(packings);
        StepProver steps = new StepProver(coins, witness, log);
        List<LookupProof> lookups = new ArrayList<>();
        List<RelationProof> relations = new ArrayList<>();
        for (Step s : circuit.steps()) {
            s.accept(new Step.Visitor<Void>() {
                @Override
                public Void visitRelation(Relation r) {
                    relations.add(steps.prove(r));
                    return null;
                }

                @Override
                public Void visitLookup(Lookup k) {
                    lookups.add(steps.prove(k));
                    return null;
                }
            });
        }
        List<HyraxOpening> openings = new ArrayList<>();
        for (ClaimLog.WeightClaim w : log.weights()) {
            int in = w.matrix().inVariables();
            long[][] m = circuit.matrix(w.matrix());
            HyraxOpening o = MatMul.openWeights(m, w.point().subList(0, in), m.length);
            for (var u : o.combinedRow()) coins.absorb("gpt/weight-row", u);
            openings.add(o);
        }
        ReductionProof ra = OpeningReduction.prove(coins, a, ca.colVars(), log.vector(GptCircuit.ACTIVATIONS));
        ReductionProof rl = OpeningReduction.prove(coins, l, cl.colVars(), log.vector(GptCircuit.LIMBS));
        return new GptProof(circuit.logits(), circuit.chosenBits(), ca, cl, lookups, relations, openings, ra, rl);
    }

    /**
     * The Hyrax split of a committed vector of 2^v entries: about four times as many columns as rows, so that
     * committing costs little more than one point addition per small entry per byte (the bucket sums of each row
     * outweigh its entries when rows are short), while the one opening at the end stays 2^(v − rows) elements.
     */
    static int columnVariables(int v) {
        return v - Math.max(0, (v - 4) / 2);
    }

    /** Binds the statement: the committed model, the prompt, the logits and the published range widths. */
    static void bindStatement(Coins coins, CommittedGpt model, long[] prompt, long[] logits, List<Integer> bits) {
        model.absorbInto(coins);
        coins.absorb("gpt/prompt", CommittedModel.longs(prompt));
        coins.absorb("gpt/logits", CommittedModel.longs(logits));
        ByteBuffer b = ByteBuffer.allocate(4 * bits.size());
        for (int x : bits) b.putInt(x);
        coins.absorb("gpt/bits", b.array());
    }

    static void bind(Coins coins, String label, HyraxCommitment c) {
        for (G1 p : c.rows()) coins.absorb(label, p);
    }
}
