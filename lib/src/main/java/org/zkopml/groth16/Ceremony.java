package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;
import org.zkopml.values.Verdict;

/**
 * A multi-party "phase 2" ceremony for a circuit's keys, in miniature (the idea of Bowe–Gabizon–Miers,
 * "Scalable Multi-party Computation for zk-SNARK Parameters", 2017, and of snarkjs's {@code zkey contribute}):
 * participant k picks a secret d_k and re-randomises δ ← d_k·δ, dividing the δ-parts L and H by d_k. After
 * all contributions δ = δ_0·d_1·…·d_k: nobody knows it unless every participant kept their d, so ONE honest
 * participant who forgets d_k makes forgery ({@link Forgery}) impossible.
 *
 * <p>Each contribution is checked with pairings, without knowing any d:
 * <ol>
 *   <li>[d]₁ and [d]₂ hide the same d: e([d]₁, G2) = e(G1, [d]₂);</li>
 *   <li>δ was multiplied by d: e(δ'₁, G2) = e(δ₁, [d]₂), and δ'₂ agrees with δ'₁: e(δ'₁, G2) = e(G1, δ'₂);</li>
 *   <li>L and H were divided by the same d: for a random linear combination ρ,
 *       e(Σ ρ_i L'_i, δ'₂) = e(Σ ρ_i L_i, δ₂) (likewise H);</li>
 *   <li>everything else is unchanged.</li>
 * </ol>
 * (A real ceremony also asks for a proof of knowledge of d and chains contributions through a transcript;
 * the demo leaves both out.)
 */
public final class Ceremony {
    private Ceremony() {
    }

    /**
     * One participant's contribution: the new keys and the public traces of the secret d.
     *
     * @param shift1 d·G1
     * @param shift2 d·G2
     * @param after  the keys after the contribution
     */
    public record Contribution(G1 shift1, G2 shift2, ProvingKey after) {
    }

    /** The contribution of a participant with secret d (non-zero), applied to the keys before it. */
    public static Contribution contribute(ProvingKey before, Fr d) {
        if (d.isZero()) throw new IllegalArgumentException("a contribution's secret must be non-zero");
        Fr dInv = d.inverse();
        List<G1> l = List.of(G1.batchToAffine(before.l().parallelStream().map(p -> p.mul(dInv)).toList()));
        List<G1> h = List.of(G1.batchToAffine(before.h().parallelStream().map(p -> p.mul(dInv)).toList()));
        ProvingKey after = before.withDelta(before.delta1().mul(d).toAffine(), before.vk().delta2().mul(d).toAffine(), l, h);
        return new Contribution(G1.GENERATOR.mul(d).toAffine(), G2.GENERATOR.mul(d).toAffine(), after);
    }

    /** Checks a contribution against the keys before it with pairings (see the class comment). */
    public static Verdict<Void> check(ProvingKey before, Contribution c, RandomGenerator rng) {
        ProvingKey a = c.after();
        G1 g1 = G1.GENERATOR;
        G2 g2 = G2.GENERATOR;
        if (!a.vk().alpha1().equals(before.vk().alpha1()) || !a.vk().beta2().equals(before.vk().beta2())
                || !a.vk().gamma2().equals(before.vk().gamma2()) || !a.vk().ic().equals(before.vk().ic())
                || !a.beta1().equals(before.beta1()) || !a.a().equals(before.a()) || !a.b1().equals(before.b1())
                || !a.b2().equals(before.b2())) {
            return Verdict.reject("a contribution may change only δ, L and H");
        }
        if (c.shift1().isInfinity() || !pairsEqual(c.shift1(), g2, g1, c.shift2())) {
            return Verdict.reject("d·G1 and d·G2 do not hide the same non-zero d");
        }
        if (!pairsEqual(a.delta1(), g2, before.delta1(), c.shift2())) return Verdict.reject("δ₁ was not multiplied by d");
        if (!pairsEqual(a.delta1(), g2, g1, a.vk().delta2())) return Verdict.reject("δ₂ does not agree with δ₁");
        if (!sameQuotient(before.l(), a.l(), before.vk().delta2(), a.vk().delta2(), rng)) {
            return Verdict.reject("L was not divided by d");
        }
        if (!sameQuotient(before.h(), a.h(), before.vk().delta2(), a.vk().delta2(), rng)) {
            return Verdict.reject("H was not divided by d");
        }
        return Verdict.accept("δ multiplied by d, L and H divided by d (5 pairing checks)");
    }

    /** e(p, q) = e(r, s), as e(p, q)·e(−r, s) = 1. */
    private static boolean pairsEqual(G1 p, G2 q, G1 r, G2 s) {
        return Bn254Pairing.pairingCheck(List.of(p, r.neg()), List.of(q, s));
    }

    private static boolean sameQuotient(List<G1> old, List<G1> now, G2 oldDelta, G2 newDelta, RandomGenerator rng) {
        if (old.size() != now.size()) return false;
        if (old.isEmpty()) return true;
        List<Fr> rho = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) rho.add(Fr.random(rng));
        return pairsEqual(Msm.pippenger(now, rho), newDelta, Msm.pippenger(old, rho), oldDelta);
    }
}
