package org.zkopml.groth16;

import java.util.Arrays;
import java.util.List;
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
        List<Fr> scalars = Arrays.asList(w);
        Fr[] p = qap.cosetQuotientValues(w);
        List<Fr> priv = scalars.subList(qap.publicWires() + 1, w.length);
        VerifyingKey vk = pk.vk();
        G1 sumA = Msm.pippenger(pk.a(), scalars);
        G1 sumB1 = Msm.pippenger(pk.b1(), scalars);
        G2 sumB2 = G2.msm(pk.b2(), scalars);
        G1 sumL = Msm.pippenger(pk.l(), priv);
        G1 sumH = Msm.pippenger(pk.h(), Arrays.asList(p));
        G1 a = vk.alpha1().add(sumA).add(pk.delta1().mul(r));
        G2 b = vk.beta2().add(sumB2).add(vk.delta2().mul(s));
        G1 b1 = pk.beta1().add(sumB1).add(pk.delta1().mul(s));
        G1 c = sumL.add(sumH).add(a.mul(s)).add(b1.mul(r)).sub(pk.delta1().mul(r.mul(s)));
        return new Proof(a.toAffine(), b.toAffine(), c.toAffine());
    }
}
