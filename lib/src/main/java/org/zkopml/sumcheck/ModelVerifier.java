package org.zkopml.sumcheck;

import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The verifier of a {@link ModelProof}: replays the transcript of {@link ModelProver}, checks the lookup,
 * then walks the chain from the public logits back to the public input. It reads the biases, the input and
 * the logits, never a weight: each W̃_ℓ comes from a Hyrax opening. Accepted with the predicted class (the
 * first index of the largest logit); a rejection names the step (lookup, block, sumcheck round, opening).
 */
public final class ModelVerifier {
    private ModelVerifier() {}

    /** Checks that the committed model maps {@code input} to {@code proof.output()}. */
    public static Verdict<Integer> verify(CommittedModel model, long[] input, ModelProof proof) {
        try {
            return check(model, input, proof);
        } catch (IndexOutOfBoundsException | java.util.NoSuchElementException | IllegalArgumentException e) {
            return Verdict.reject("malformed proof: " + e.getMessage());
        }
    }

    private static Verdict<Integer> check(CommittedModel model, long[] input, ModelProof proof) {
        int nu = model.nu();
        int size = 1 << nu;
        int l = model.blocks();
        ByteSlots slots = new ByteSlots(model);
        long[] z = proof.output();
        if (input.length != model.inputWidth()) return Verdict.reject("input has width " + input.length + ", the model " + model.inputWidth());
        if (z.length != model.outputWidth()) return Verdict.reject("output has width " + z.length + ", the model " + model.outputWidth());
        if (proof.dense().size() != l || proof.weights().size() != l || proof.weightOpenings().size() != l || proof.relu().size() != l - 1) {
            return Verdict.reject("the proof has the wrong number of layer proofs for " + l + " blocks");
        }
        Transcript t = Transcript.start(ModelProver.PROTOCOL);
        model.absorbInto(t);
        t.absorb("x", CommittedModel.longs(input));
        t.absorb("z", CommittedModel.longs(z));
        int colVars = slots.colVars();
        int vars = slots.variables();
        if (proof.bytes().variables() != vars || proof.bytes().colVars() != colVars
                || proof.inverses().variables() != vars || proof.inverses().colVars() != colVars) {
            return Verdict.reject("lookup: the commitments to F and H have the wrong shape");
        }
        proof.bytes().absorbInto(t, "F");
        long[] m = proof.multiplicities();
        if (m.length != LogUp.TABLE) return Verdict.reject("lookup: " + m.length + " multiplicities, expected " + LogUp.TABLE);
        long total = 0;
        for (long c : m) {
            if (c < 0) return Verdict.reject("lookup: a negative multiplicity");
            total += c;
        }
        if (total != 1L << vars) return Verdict.reject("lookup: multiplicities add up to " + total + ", F has " + (1L << vars) + " entries");
        t.absorb("m", CommittedModel.longs(m));
        Fr alpha = t.challengeFr("alpha");
        proof.inverses().absorbInto(t, "H");
        Iterator<ModelProof.Opened> openings = proof.openings().iterator();
        Batch fBatch = new Batch(proof.bytes()), hBatch = new Batch(proof.inverses());
        // logUp: Σ H = Σ m_t/(α − t)
        Verdict<SubClaim> sum = FiatShamirSumcheck.verify(t, new SumcheckClaim(vars, 1, LogUp.tableSum(m, alpha)), proof.logUpSum());
        if (sum.rejected()) return Verdict.reject("lookup sum: " + sum.reason());
        Verdict<Fr> hA = opened(t, hBatch, sum.value().point(), openings.next());
        if (hA.rejected()) return Verdict.reject("lookup sum: H " + hA.reason());
        if (!hA.value().equals(sum.value().value())) return Verdict.reject("lookup sum: H̃(ρ) differs from the sumcheck's last claim");
        // logUp: H·(α − F) = 1 everywhere
        List<Fr> tau = ModelProver.challenges(t, "tau", vars);
        Verdict<SubClaim> inv = FiatShamirSumcheck.verify(t, new SumcheckClaim(vars, 3, Fr.ONE), proof.logUpInverse());
        if (inv.rejected()) return Verdict.reject("lookup inverses: " + inv.reason());
        List<Fr> rhoB = inv.value().point();
        Verdict<Fr> hB = opened(t, hBatch, rhoB, openings.next());
        if (hB.rejected()) return Verdict.reject("lookup inverses: H " + hB.reason());
        Verdict<Fr> fB = opened(t, fBatch, rhoB, openings.next());
        if (fB.rejected()) return Verdict.reject("lookup inverses: F " + fB.reason());
        if (!eq(tau, rhoB).mul(hB.value()).mul(alpha.sub(fB.value())).equals(inv.value().value())) {
            return Verdict.reject("lookup inverses: eq(τ,ρ)·H̃(ρ)·(α − F̃(ρ)) differs from the sumcheck's last claim");
        }
        // the output block's accumulator at a random r, from the public logits and the remainder limbs
        List<Fr> r = ModelProver.challenges(t, "r", nu);
        Fr[] zPadded = new Fr[size];
        for (int i = 0; i < size; i++) zPadded[i] = IntegerEmbedding.of(i < z.length ? z[i] : 0);
        Verdict<Fr> remOut = limbs(t, fBatch, slots, slots.rem[l - 1], r, openings, "block " + l + " remainder");
        if (remOut.rejected()) return remOut.asRejection();
        Fr claim = accumulator(model.shifts().get(l - 1), dot(zPadded, r), remOut.value());
        for (int b = l - 1; b >= 0; b--) {
            String block = "block " + (b + 1);
            Fr target = claim.sub(dot(IntegerEmbedding.of(padded(model.biases().get(b), size)), r));
            Verdict<SubClaim> d = FiatShamirSumcheck.verify(t, new SumcheckClaim(nu, 2, target), proof.dense().get(l - 1 - b));
            if (d.rejected()) return Verdict.reject(block + " dense sumcheck " + d.reason());
            Fr w = proof.weights().get(l - 1 - b);
            t.absorb("w", w);
            List<Fr> rho = d.value().point();
            List<Fr> wPoint = new ArrayList<>(rho);
            wPoint.addAll(r);
            Verdict<Fr> wOpen = Hyrax.verify(model.weights().get(b), wPoint, proof.weightOpenings().get(l - 1 - b));
            if (wOpen.rejected()) return Verdict.reject(block + " weights: " + wOpen.reason());
            if (!wOpen.value().equals(w)) return Verdict.reject(block + " weights: the opening gives another W̃(r,ρ) than claimed");
            if (b == 0) {
                Fr x = dot(IntegerEmbedding.of(padded(input, size)), rho);
                if (!w.mul(x).equals(d.value().value())) return Verdict.reject(block + ": W̃(r,ρ)·x̃(ρ) differs from the sumcheck's last claim");
                break;
            }
            String prev = "block " + b;
            Verdict<Fr> pos = limbs(t, fBatch, slots, slots.pos[b - 1], rho, openings, prev + " activation");
            if (pos.rejected()) return pos.asRejection();
            Verdict<Fr> neg = limbs(t, fBatch, slots, slots.neg[b - 1], rho, openings, prev + " negative part");
            if (neg.rejected()) return neg.asRejection();
            Verdict<Fr> rem = limbs(t, fBatch, slots, slots.rem[b - 1], rho, openings, prev + " remainder");
            if (rem.rejected()) return rem.asRejection();
            if (!w.mul(pos.value()).equals(d.value().value())) {
                return Verdict.reject(block + ": W̃(r,ρ)·h̃(ρ) differs from the dense sumcheck's last claim");
            }
            List<Fr> tauRelu = ModelProver.challenges(t, "tau-relu", nu);
            Verdict<SubClaim> zero = FiatShamirSumcheck.verify(t, new SumcheckClaim(nu, 3, Fr.ZERO), proof.relu().get(l - 1 - b));
            if (zero.rejected()) return Verdict.reject(prev + " ReLU zero-check " + zero.reason());
            List<Fr> pi = zero.value().point();
            Verdict<Fr> pos2 = limbs(t, fBatch, slots, slots.pos[b - 1], pi, openings, prev + " ReLU activation");
            if (pos2.rejected()) return pos2.asRejection();
            Verdict<Fr> neg2 = limbs(t, fBatch, slots, slots.neg[b - 1], pi, openings, prev + " ReLU negative part");
            if (neg2.rejected()) return neg2.asRejection();
            if (!eq(tauRelu, pi).mul(pos2.value()).mul(neg2.value()).equals(zero.value().value())) {
                return Verdict.reject(prev + " ReLU: eq(τ,π)·h̃(π)·ñ(π) differs from the zero-check's last claim");
            }
            claim = accumulator(model.shifts().get(b - 1), pos.value().sub(neg.value()), rem.value());
            r = rho;
        }
        if (openings.hasNext()) return Verdict.reject("the proof has more openings than the protocol uses");
        Verdict<Void> fOk = fBatch.check(t, "F");
        if (fOk.rejected()) return Verdict.reject("byte vector F: " + fOk.reason());
        Verdict<Void> hOk = hBatch.check(t, "H");
        if (hOk.rejected()) return Verdict.reject("inverses H: " + hOk.reason());
        int best = 0;
        for (int i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
        return Verdict.accept(best, "the committed model maps the input to these logits: lookup, " + l
                + " dense sumcheck(s), " + (l - 1) + " ReLU zero-check(s) and every opening verified");
    }

    /** ãcc(r) = 2^s·q̃(r) + r̃em(r) − 2^(s−1). */
    private static Fr accumulator(int shift, Fr q, Fr rem) {
        return q.mul(IntegerEmbedding.of(1L << shift)).add(rem).sub(IntegerEmbedding.of(1L << (shift - 1)));
    }

    /** Opens the limb slots at y and combines them: Σ_j 256^j·F̃(bits(slot_j), y). */
    private static Verdict<Fr> limbs(Transcript t, Batch f, ByteSlots slots, int[] which, List<Fr> y,
                                     Iterator<ModelProof.Opened> openings, String what) {
        List<Fr> values = new ArrayList<>();
        for (int j = 0; j < which.length; j++) {
            Verdict<Fr> v = opened(t, f, slots.point(which[j], y), openings.next());
            if (v.rejected()) return Verdict.reject(what + " limb " + j + ": " + v.reason());
            values.add(v.value());
        }
        return Verdict.accept(ByteSlots.fromLimbs(values), what + " opened");
    }

    /**
     * Absorbs an opening's value (as the prover did), checks that the opening's row gives that value at the
     * point, and queues the opening's row check against the commitment for one batched check at the end.
     */
    private static Verdict<Fr> opened(Transcript t, Batch batch, List<Fr> point, ModelProof.Opened o) {
        t.absorb("open", o.value());
        HyraxCommitment c = batch.commitment;
        if (point.size() != c.variables()) return Verdict.reject("opening: point has " + point.size() + " coordinates");
        if (o.opening().combinedRow().size() != 1 << c.colVars()) return Verdict.reject("opening: row of the wrong length");
        Fr value = Hyrax.evaluate(o.opening(), point.subList(c.rowVars(), point.size()));
        if (!value.equals(o.value())) return Verdict.reject("opening: the claimed value is not what the opening's row gives");
        batch.points.add(point);
        batch.openings.add(o.opening());
        return Verdict.accept(value, "opening queued for the batched check");
    }

    /** The openings of one commitment, checked together at the end ({@link Hyrax#verifyBatch}). */
    private static final class Batch {
        final HyraxCommitment commitment;
        final List<List<Fr>> points = new ArrayList<>();
        final List<HyraxOpening> openings = new ArrayList<>();

        Batch(HyraxCommitment commitment) {
            this.commitment = commitment;
        }

        /** Absorbs every queued row, then draws the batching weights γ from the transcript and checks. */
        Verdict<Void> check(Transcript t, String label) {
            for (HyraxOpening o : openings) for (Fr u : o.combinedRow()) t.absorb("batch/" + label, u);
            List<Fr> gammas = ModelProver.challenges(t, "gamma/" + label, openings.size());
            return Hyrax.verifyBatch(commitment, points, openings, gammas);
        }
    }

    private static long[] padded(long[] v, int size) {
        return java.util.Arrays.copyOf(v, size);
    }

    /** ṽ(r) = Σ_i eq(r, i)·v_i. */
    static Fr dot(Fr[] v, List<Fr> r) {
        Fr[] e = Hyrax.eqTable(r);
        Fr s = Fr.ZERO;
        for (int i = 0; i < v.length; i++) s = s.add(e[i].mul(v[i]));
        return s;
    }

    /** eq(a, b) = ∏ (a_i·b_i + (1 − a_i)(1 − b_i)). */
    static Fr eq(List<Fr> a, List<Fr> b) {
        Fr p = Fr.ONE;
        for (int i = 0; i < a.size(); i++) {
            Fr ab = a.get(i).mul(b.get(i));
            p = p.mul(ab.add(ab).sub(a.get(i)).sub(b.get(i)).add(Fr.ONE));
        }
        return p;
    }
}
