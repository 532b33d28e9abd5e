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
}
