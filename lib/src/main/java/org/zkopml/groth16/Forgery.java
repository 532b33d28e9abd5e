package org.zkopml.groth16;

import java.util.List;
import java.util.random.RandomGenerator;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/**
 * Why the toxic waste must be destroyed: whoever knows τ, α, β, γ, δ can make the verifier accept ANY public
 * inputs, with no witness at all. Pick random a, b and set
 *
 * <pre>
 *   A = a·G1,   B = b·G2,   C = (a·b − α·β − Σ_{j≤ℓ} x_j·(β·u_j(τ) + α·v_j(τ) + w_j(τ))) / δ · G1   (x_0 = 1);
 * </pre>
 * then e(A, B) = e(G1, G2)^{ab} = e(α, β)·e(vk_x, γ)·e(C, δ) by bilinearity. The forged proof is
 * indistinguishable from an honest one.
 */
public final class Forgery {
    private Forgery() {
    }

    /** A proof that the verifier accepts for these public inputs, made from the setup's secrets alone. */
    public static Proof forge(Qap qap, ToxicWaste waste, List<Fr> publicInputs, RandomGenerator rng) {
        if (publicInputs.size() != qap.publicWires()) {
            throw new IllegalArgumentException("the circuit has " + qap.publicWires() + " public inputs, got " + publicInputs.size());
        }
        Qap.WireValues at = qap.wireValuesAt(waste.tau());
        Fr sum = Fr.ZERO;
        for (int j = 0; j <= qap.publicWires(); j++) {
            Fr x = j == 0 ? Fr.ONE : publicInputs.get(j - 1);
            Fr k = waste.beta().mul(at.u().get(j)).add(waste.alpha().mul(at.v().get(j))).add(at.w().get(j));
            sum = sum.add(x.mul(k));
        }
        Fr a = Fr.random(rng), b = Fr.random(rng);
        Fr c = a.mul(b).sub(waste.alpha().mul(waste.beta())).sub(sum).mul(waste.delta().inverse());
        return new Proof(G1.GENERATOR.mul(a).toAffine(), G2.GENERATOR.mul(b).toAffine(), G1.GENERATOR.mul(c).toAffine());
    }

    /**
     * [1/δ]₁ of a key, recovered from phase 1's secrets alone: every point of its L query is
     * L_j = (β·u_j(τ) + α·v_j(τ) + w_j(τ))/δ·G1, and with τ, α, β the factor k_j = β·u_j(τ) + α·v_j(τ) + w_j(τ) is
     * a number, so L_j / k_j = [1/δ]₁ — however many phase-2 participants multiplied δ. With wrong secrets
     * (one participant's instead of the ceremony's product) the result is some unrelated point.
     */
    public static G1 inverseDelta(ProvingKey key, Fr tau, Fr alpha, Fr beta) {
        Qap qap = key.qap();
        Qap.WireValues at = qap.wireValuesAt(tau);
        for (int j = qap.publicWires() + 1; j < qap.wires(); j++) {
            Fr k = beta.mul(at.u().get(j)).add(alpha.mul(at.v().get(j))).add(at.w().get(j));
            if (!k.isZero()) return key.l().get(j - qap.publicWires() - 1).mul(k.inverse()).toAffine();
        }
        throw new IllegalArgumentException("the circuit has no private wire with a non-zero L point");
    }

    /**
     * The forgery of {@link #forge} with phase 1's secrets τ, α, β only — against a key whose δ came from any
     * number of honest phase-2 contributions. γ is not needed either: IC_j·γ = k_j·G1 cancels it. So
     *
     * <pre>
     *   A = a·G1,   B = b·G2,   C = (a·b − α·β − Σ_{j≤ℓ} x_j·k_j) · [1/δ]₁,   [1/δ]₁ = {@link #inverseDelta}.
     * </pre>
     * With the real secrets of phase 1 the verifier accepts; with one participant's secrets of a multi-party
     * phase 1 it rejects, since neither [1/δ]₁ nor the k_j come out right.
     */
    public static Proof withPhaseOneSecrets(ProvingKey key, Fr tau, Fr alpha, Fr beta, List<Fr> publicInputs, RandomGenerator rng) {
        Qap qap = key.qap();
        if (publicInputs.size() != qap.publicWires()) {
            throw new IllegalArgumentException("the circuit has " + qap.publicWires() + " public inputs, got " + publicInputs.size());
        }
        G1 inverseDelta = inverseDelta(key, tau, alpha, beta);
        Qap.WireValues at = qap.wireValuesAt(tau);
        Fr sum = Fr.ZERO;
        for (int j = 0; j <= qap.publicWires(); j++) {
            Fr x = j == 0 ? Fr.ONE : publicInputs.get(j - 1);
            sum = sum.add(x.mul(beta.mul(at.u().get(j)).add(alpha.mul(at.v().get(j))).add(at.w().get(j))));
        }
        Fr a = Fr.random(rng), b = Fr.random(rng);
        G1 c = inverseDelta.mul(a.mul(b).sub(alpha.mul(beta)).sub(sum));
        return new Proof(G1.GENERATOR.mul(a).toAffine(), G2.GENERATOR.mul(b).toAffine(), c.toAffine());
    }
}
