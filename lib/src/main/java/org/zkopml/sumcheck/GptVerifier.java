package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The verifier of a {@link GptProof}: rebuilds {@link GptCircuit}'s steps from the committed model, the prompt, the
 * claimed logits and the published range widths, replays the coins, checks every lookup and relation, opens each
 * weight matrix where its product left it, and checks both reductions against the witness commitments. It reads
 * the shape, the shifts, the gains, the prompt and the logits, never a weight or an activation. Accepted with the
 * predicted next token; a rejection names the step and the check.
 */
public final class GptVerifier {
    private GptVerifier() {}

    /** Checks a non-interactive proof that the committed model maps {@code prompt} to {@code proof.logits()}. */
    public static Verdict<Integer> verify(CommittedGpt model, long[] prompt, GptProof proof) {
        return verify(model, prompt, proof, Coins.fiatShamir(Transcript.start(GptProver.PROTOCOL)));
    }

    /** Checks a proof made with the same coins (an interactive run replayed, or Fiat–Shamir). */
    public static Verdict<Integer> verify(CommittedGpt model, long[] prompt, GptProof proof, Coins coins) {
        try {
            return check(model, prompt, proof, coins);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | NoSuchElementException | ArithmeticException e) {
            return Verdict.reject("malformed proof: " + e.getMessage());
        }
    }

    private static Verdict<Integer> check(CommittedGpt model, long[] prompt, GptProof proof, Coins coins) {
        GptCircuit circuit = GptCircuit.verifier(model, prompt, proof.logits(), proof.bits());
        List<Packing> packings = List.of(Packing.of(GptCircuit.ACTIVATIONS, circuit.tensors(GptCircuit.ACTIVATIONS)),
                Packing.of(GptCircuit.LIMBS, circuit.tensors(GptCircuit.LIMBS)));
        GptProver.bindStatement(coins, model, prompt, proof.logits(), proof.bits());
        HyraxCommitment ca = proof.activations(), cl = proof.limbs();
        for (int i = 0; i < 2; i++) {
            HyraxCommitment c = i == 0 ? ca : cl;
            int v = packings.get(i).variables();
            if (c.variables() != v || c.colVars() != GptProver.columnVariables(v)) {
                return Verdict.reject((i == 0 ? "activations" : "limbs") + ": the commitment has the wrong shape for " + v + " variables");
            }
        }
        GptProver.bind(coins, "gpt/activations", ca);
        GptProver.bind(coins, "gpt/limbs", cl);
        ClaimLog log = new ClaimLog(packings);
        StepVerifier steps = new StepVerifier(coins, log);
        Iterator<LookupProof> lookups = proof.lookups().iterator();
        Iterator<RelationProof> relations = proof.relations().iterator();
        int[] counts = new int[2];
        for (Step s : circuit.steps()) {
            Verdict<Void> v = s.accept(new Step.Visitor<>() {
                @Override
                public Verdict<Void> visitRelation(Relation r) {
                    if (!relations.hasNext()) return Verdict.reject(r.name() + ": the proof has too few relation proofs");
                    counts[1]++;
                    return steps.verify(r, relations.next());
                }

                @Override
                public Verdict<Void> visitLookup(Lookup l) {
                    if (!lookups.hasNext()) return Verdict.reject(l.name() + ": the proof has too few lookup proofs");
                    counts[0]++;
                    return steps.verify(l, lookups.next());
                }
            });
            if (v.rejected()) return v.asRejection();
        }
        if (relations.hasNext() || lookups.hasNext()) return Verdict.reject("the proof has more step proofs than the circuit has steps");
        List<ClaimLog.WeightClaim> claims = log.weights();
        if (claims.size() != proof.weightOpenings().size()) {
            return Verdict.reject("weights: " + proof.weightOpenings().size() + " openings for " + claims.size() + " claims");
        }
        List<Hyrax.RowCheck> rows = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimLog.WeightClaim w = claims.get(i);
            HyraxOpening o = proof.weightOpenings().get(i);
            for (Fr u : o.combinedRow()) coins.absorb("gpt/weight-row", u);
            HyraxCommitment c = model.commitments().get(w.matrix().index());
            if (w.point().size() != c.variables() || o.combinedRow().size() != 1 << c.colVars()) {
                return Verdict.reject(w.matrix().name() + ": the opening has the wrong shape");
            }
            if (!Hyrax.evaluate(o, w.point().subList(c.rowVars(), c.variables())).equals(w.value())) {
                return Verdict.reject(w.matrix().name() + ": the opening gives another value than the product claimed");
            }
            rows.add(new Hyrax.RowCheck(c, w.point(), o));
        }
        Verdict<Hyrax.RowCheck> ra = OpeningReduction.verifyDeferred(coins, ca, log.vector(GptCircuit.ACTIVATIONS), proof.activationOpening());
        if (ra.rejected()) return Verdict.reject("activations: " + ra.reason());
        rows.add(ra.value());
        Verdict<Hyrax.RowCheck> rl = OpeningReduction.verifyDeferred(coins, cl, log.vector(GptCircuit.LIMBS), proof.limbOpening());
        if (rl.rejected()) return Verdict.reject("limbs: " + rl.reason());
        rows.add(rl.value());
        Verdict<Void> all = Hyrax.verifyAll(rows, coins.challenges("gpt/gamma", rows.size()));
        if (all.rejected()) return Verdict.reject("openings: " + all.reason());
        return Verdict.accept(proof.predicted(), "the committed transformer maps the prompt to these logits: " + counts[0] + " lookups, "
                + counts[1] + " relations, " + claims.size() + " weight openings and " + (log.vector(0).size() + log.vector(1).size())
                + " evaluations of the witness verified");
    }
}
