package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

/**
 * Phase 2 of a Groth16 setup as a multi-party ceremony, in snarkjs's {@code zkey contribute} format (the idea of
 * Bowe–Gabizon–Miers 2017): participant k picks a secret d and re-randomises δ ← d·δ, dividing the δ-parts
 * of the key, L and H, by d. After all contributions δ = d₁·d₂·…: nobody knows it unless every participant
 * kept their d. Phase 2 alone is not enough: whoever knows phase 1's τ, α, β recovers [1/δ]₁ from any L
 * point and forges anyway ({@link Forgery#withPhaseOneSecrets}) — phase 1 must be a ceremony too
 * ({@link PowersOfTauCeremony}).
 *
 * <p>Each contribution is checked with pairings, without knowing d ("same ratio": e(P, Q·x) = e(P·x, Q)):
 * <ol>
 *   <li>the transcript is BLAKE2b of the circuit hash, the earlier public keys, s and s·d;</li>
 *   <li>the proof of knowledge: e(s, sp·d) = e(s·d, sp) with sp = hashToG2(transcript);</li>
 *   <li>δ was multiplied by that d: e(δ₁ before, sp·d) = e(δ₁ after, sp), and e(G₁, δ₂ after) = e(δ₁ after, G₂);</li>
 *   <li>L and H were divided by the same d: for a random ρ, e(Σρ_i·L_i before, δ₂ before) = e(Σρ_i·L_i after, δ₂ after);</li>
 *   <li>nothing else changed.</li>
 * </ol>
 * Keys made this way pass {@code snarkjs zkey verify}, and snarkjs's contributions pass {@link #verify}.
 */
public final class Ceremony {
    private Ceremony() {
    }

    /**
     * The contribution of a participant with secret d (non-zero), with a fresh random s from rng: the phase 2
     * after it.
     */
    public static Phase2 contribute(Phase2 before, Fr d, String name, RandomGenerator rng) {
        if (d.isZero()) throw new IllegalArgumentException("a contribution's secret must be non-zero");
        G1 s = G1.GENERATOR.mul(Setup.nonZero(rng)).toAffine();
        G1 sx = s.mul(d).toAffine();
        byte[] transcript = transcript(before, s, sx);
        G2 spx = HashToG2.of(transcript).mul(d).toAffine();
        ProvingKey k = before.key();
        Fr dInv = d.inverse();
        List<G1> l = List.of(G1.batchToAffine(k.l().parallelStream().map(p -> p.mul(dInv)).toList()));
        List<G1> h = List.of(G1.batchToAffine(k.h().parallelStream().map(p -> p.mul(dInv)).toList()));
        G1 delta1 = k.delta1().mul(d).toAffine();
        ProvingKey after = k.withDelta(delta1, k.vk().delta2().mul(d).toAffine(), l, h);
        return before.with(after, new Phase2.Contribution(name, delta1, s, sx, spx, transcript));
    }

    /** The transcript hash a next contribution with points s, s·d answers. */
    private static byte[] transcript(Phase2 before, G1 s, G1 sx) {
        Blake2b h = new Blake2b().update(before.circuitHash());
        for (Phase2.Contribution c : before.contributions()) h.update(c.publicKeyBytes());
        return h.update(PointEncoding.uncompressed(s)).update(PointEncoding.uncompressed(sx)).digest();
    }

    /** Checks the last contribution of {@code after} against {@code before} (see the class comment). */
    public static Verdict<Void> check(Phase2 before, Phase2 after, RandomGenerator rng) {
        int n = before.contributions().size();
        if (after.contributions().size() != n + 1 || !Arrays.equals(before.circuitHash(), after.circuitHash())) {
            return Verdict.reject("the phase 2 after must add exactly one contribution to the same circuit");
        }
        Verdict<Void> unchanged = sameExceptDelta(before.key(), after.key());
        if (!unchanged.accepted()) return unchanged;
        Phase2.Contribution c = after.contributions().get(n);
        Verdict<Void> step = checkContribution(before, c, before.key().delta1());
        if (!step.accepted()) return step;
        Verdict<Void> delta = checkDelta(after.key(), c.deltaAfter());
        if (!delta.accepted()) return delta;
        return checkQuotients(before.key(), after.key(), rng)
                .then(v -> Verdict.accept("δ multiplied by the proven d, L and H divided by it (6 pairing checks)"));
    }

    /**
     * Checks a whole phase 2 against the key it started from (snarkjs's {@code zkey verify} once the initial
     * key is rebuilt): the chain of contributions from the initial δ, the final δ, the unchanged parts, and
     * L, H against the initial ones.
     */
    public static Verdict<Void> verify(ProvingKey initial, Phase2 fin, RandomGenerator rng) {
        Verdict<Void> unchanged = sameExceptDelta(initial, fin.key());
        if (!unchanged.accepted()) return unchanged;
        G1 delta = initial.delta1();
        Phase2 sofar = new Phase2(initial, fin.circuitHash(), List.of());
        for (int i = 0; i < fin.contributions().size(); i++) {
            Phase2.Contribution c = fin.contributions().get(i);
            Verdict<Void> v = checkContribution(sofar, c, delta);
            if (!v.accepted()) return Verdict.reject("contribution " + (i + 1) + " (" + (c.name().isEmpty() ? "unnamed" : c.name()) + "): " + v.reason());
            delta = c.deltaAfter();
            sofar = sofar.with(initial, c);
        }
        Verdict<Void> last = checkDelta(fin.key(), delta);
        if (!last.accepted()) return last;
        int k = fin.contributions().size();
        return checkQuotients(initial, fin.key(), rng)
                .then(v -> Verdict.accept(k + " contribution" + (k == 1 ? "" : "s") + " to δ checked with pairings; L and H divided by the same δ"));
    }

    private static Verdict<Void> checkContribution(Phase2 before, Phase2.Contribution c, G1 deltaBefore) {
        if (!Arrays.equals(transcript(before, c.s(), c.sx()), c.transcript())) {
            return Verdict.reject("its transcript is not the hash of the circuit, the earlier contributions and its points");
        }
        G2 sp = HashToG2.of(c.transcript());
        if (!PowersOfTauCeremony.sameRatio(c.s(), c.sx(), sp, c.spx())) return Verdict.reject("its proof of knowledge of d does not hold");
        if (!PowersOfTauCeremony.sameRatio(deltaBefore, c.deltaAfter(), sp, c.spx())) return Verdict.reject("δ was not multiplied by the proven d");
        return Verdict.accept("proof of knowledge and δ update");
    }

    private static Verdict<Void> checkDelta(ProvingKey key, G1 recorded) {
        if (!key.delta1().equals(recorded)) return Verdict.reject("the key's δ₁ is not the one the last contribution recorded");
        if (!PowersOfTauCeremony.sameRatio(G1.GENERATOR, key.delta1(), G2.GENERATOR, key.vk().delta2())) {
            return Verdict.reject("δ₂ does not agree with δ₁");
        }
        return Verdict.accept("δ₁, δ₂ agree");
    }

    private static Verdict<Void> checkQuotients(ProvingKey before, ProvingKey after, RandomGenerator rng) {
        if (!sameQuotient(before.l(), after.l(), before.vk().delta2(), after.vk().delta2(), rng)) return Verdict.reject("L was not divided by d");
        if (!sameQuotient(before.h(), after.h(), before.vk().delta2(), after.vk().delta2(), rng)) return Verdict.reject("H was not divided by d");
        return Verdict.accept("L and H");
    }

    private static Verdict<Void> sameExceptDelta(ProvingKey a, ProvingKey b) {
        if (!a.vk().alpha1().equals(b.vk().alpha1()) || !a.vk().beta2().equals(b.vk().beta2()) || !a.vk().gamma2().equals(b.vk().gamma2())
                || !a.vk().ic().equals(b.vk().ic()) || !a.beta1().equals(b.beta1()) || !a.a().equals(b.a()) || !a.b1().equals(b.b1())
                || !a.b2().equals(b.b2()) || a.l().size() != b.l().size() || a.h().size() != b.h().size()) {
            return Verdict.reject("a contribution may change only δ, L and H");
        }
        return Verdict.accept("unchanged");
    }

    /** e(Σρ_i·old_i, δ_old) = e(Σρ_i·new_i, δ_new). */
    private static boolean sameQuotient(List<G1> old, List<G1> now, G2 oldDelta, G2 newDelta, RandomGenerator rng) {
        if (old.size() != now.size()) return false;
        if (old.isEmpty()) return true;
        List<Fr> rho = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) rho.add(Fr.random(rng));
        G1 r1 = Msm.pippenger(old, rho), r2 = Msm.pippenger(now, rho);
        if (r1.isInfinity() && r2.isInfinity()) return true;
        return PowersOfTauCeremony.sameRatio(r1, r2, newDelta, oldDelta);
    }

}
