package org.zkopml.groth16;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;
import org.zkopml.values.Verdict;

/**
 * Groth16's verifier (Groth 2016, §3.2; arkworks' {@code verifier}): accepts π = (A, B, C) for public inputs
 * x_1..x_ℓ iff
 *
 * <pre>
 *   e(A, B) = e(α, β) · e(IC_0 + Σ x_j·IC_j, γ) · e(C, δ),
 * </pre>
 *
 * checked as one product of four pairings e(−A, B)·e(α, β)·e(vk_x, γ)·e(C, δ) = 1 with a shared Miller loop.
 * Before any pairing it rejects, with the reason, what the EVM precompiles also reject: points off the
 * curve, G2 points outside the order-r subgroup, public inputs that are not below r, a wrong number of inputs.
 */
public final class Verifier {
    private Verifier() {
    }

    /** Verifies a proof for public inputs given as integers (each must be in 0..r−1). */
    public static Verdict<Void> verify(VerifyingKey vk, List<BigInteger> publicInputs, Proof proof) {
        List<Fr> xs = new ArrayList<>();
        for (int i = 0; i < publicInputs.size(); i++) {
            BigInteger x = publicInputs.get(i);
            if (x.signum() < 0 || x.compareTo(Fr.MODULUS) >= 0) {
                return Verdict.reject("public input " + (i + 1) + " is not in 0..r-1: " + x);
            }
            xs.add(Fr.of(x));
        }
        return verifyFr(vk, xs, proof);
    }

    /** Verifies a proof for public inputs in F_r. */
    public static Verdict<Void> verifyFr(VerifyingKey vk, List<Fr> publicInputs, Proof proof) {
        if (publicInputs.size() != vk.publicInputs()) {
            return Verdict.reject("the key expects " + vk.publicInputs() + " public inputs, got " + publicInputs.size());
        }
        Verdict<Void> points = checkPoint("A", proof.a()).then(v -> checkPoint("C", proof.c())).then(v -> checkPoint("B", proof.b()));
        if (!points.accepted()) return points;
        G1 vkx = vk.ic().get(0);
        for (int j = 0; j < publicInputs.size(); j++) vkx = vkx.add(vk.ic().get(j + 1).mul(publicInputs.get(j)));
        boolean ok = Bn254Pairing.pairingCheck(List.of(proof.a().neg(), vk.alpha1(), vkx, proof.c()),
                List.of(proof.b(), vk.beta2(), vk.gamma2(), vk.delta2()));
        return ok ? Verdict.accept("e(A, B) = e(α, β)·e(vk_x, γ)·e(C, δ) for " + publicInputs.size() + " public input"
                + (publicInputs.size() == 1 ? "" : "s"))
                : Verdict.reject("the pairing equation e(A, B) = e(α, β)·e(vk_x, γ)·e(C, δ) does not hold");
    }

    static Verdict<Void> checkPoint(String name, G1 p) {
        return p.isOnCurve() ? Verdict.accept(name + " on the curve") : Verdict.reject("proof element " + name + " is not on the curve y^2 = x^3 + 3");
    }

    static Verdict<Void> checkPoint(String name, G2 p) {
        if (!p.isOnCurve()) return Verdict.reject("proof element " + name + " is not on the twist y^2 = x^3 + 3/(9+u)");
        if (!p.isInSubgroup()) return Verdict.reject("proof element " + name + " is on the twist but not in the subgroup G2");
        return Verdict.accept(name + " in G2");
    }
}
