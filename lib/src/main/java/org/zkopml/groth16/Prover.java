package org.zkopml.groth16;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.random.RandomGenerator;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;

/**
 * Groth16's prover (Groth 2016, §3.2; arkworks' {@code prover}): with a satisfying witness w and fresh random
 * r, s ∈ F_r,
 *
 * <pre>
 *   A = α + Σ_j w_j·[u_j(τ)]₁ + r·δ                                       (G1)
 *   B = β + Σ_j w_j·[v_j(τ)]₂ + s·δ                                       (G2; the same in G1 is B₁)
 *   C = Σ_{j&gt;ℓ} w_j·[(βu_j + αv_j + w_j)(τ)/δ]₁ + Σ_i P(s·ωⁱ)·H_i + s·A + r·B₁ − r·s·δ   (G1)
 * </pre>
 *
 * five MSMs (four in G1, one in G2) and the quotient by NTTs ({@link Qap#cosetQuotientValues}). r and s make the
 * proof zero-knowledge: two proofs of one statement differ, and both verify.
 *
 * <p>Scheduling: the witness is cut into canonical limbs once and shared by the A, B₁, B₂ and L queries; the
 * quotient's NTTs (on Montgomery limbs, never leaving them until the H-query MSM reads its scalars) and the five MSMs
 * run as independent tasks on all cores, each MSM spreading its windows over the cores as well.
 */
public final class Prover {
    private Prover() {
    }

    /** A proof with r, s drawn from rng. */
    public static Proof prove(ProvingKey pk, Fr[] w, RandomGenerator rng) {
        return prove(pk, w, Fr.random(rng), Fr.random(rng));
    }

    /** A proof with the given blinding r, s (r = s = 0 gives the deterministic, not zero-knowledge, proof). */
    public static Proof prove(ProvingKey pk, Fr[] w, Fr r, Fr s) {
        Qap qap = pk.qap();
        if (w.length != qap.wires()) throw new IllegalArgumentException("the witness has " + w.length + " values, the key " + qap.wires() + " wires");
        if (!w[0].isOne()) throw new IllegalArgumentException("w_0 must be 1");
        Msm.Scalars scalars = Msm.Scalars.of(Arrays.asList(w));
        Object[] sums = new Object[5];
        IntStream.range(0, 5).parallel().forEach(task -> sums[task] = switch (task) {
            case 0 -> Msm.pippenger(G2.LIMBS, pk.b2(), scalars);                       // the largest first
            case 1 -> Msm.pippenger(G1.LIMBS, pk.h(), Msm.Scalars.fromMontgomery(qap.cosetQuotientLimbs(w)));
            case 2 -> Msm.pippenger(G1.LIMBS, pk.a(), scalars);
            case 3 -> Msm.pippenger(G1.LIMBS, pk.b1(), scalars);
            default -> Msm.pippenger(G1.LIMBS, pk.l(), scalars.slice(qap.publicWires() + 1, w.length));
        });
        G2 sumB2 = (G2) sums[0];
        G1 sumH = (G1) sums[1], sumA = (G1) sums[2], sumB1 = (G1) sums[3], sumL = (G1) sums[4];
        VerifyingKey vk = pk.vk();
        G1 a = vk.alpha1().add(sumA).add(pk.delta1().mul(r));
        G2 b = vk.beta2().add(sumB2).add(vk.delta2().mul(s));
        G1 b1 = pk.beta1().add(sumB1).add(pk.delta1().mul(s));
        G1 c = sumL.add(sumH).add(a.mul(s)).add(b1.mul(r)).sub(pk.delta1().mul(r.mul(s)));
        return new Proof(a.toAffine(), b.toAffine(), c.toAffine());
    }
}
