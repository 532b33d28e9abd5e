package org.zkopml.groth16;

import java.util.List;
import java.util.Objects;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;

/**
 * Groth16's proving key (the "CRS" of Groth 2016, §3.2, in snarkjs's layout), with its QAP.
 *
 * @param qap    the circuit's QAP (the matrices, to evaluate a witness's polynomials)
 * @param vk     the verifying key of the same setup
 * @param beta1  β·G1
 * @param delta1 δ·G1
 * @param a      u_j(τ)·G1 for every wire j
 * @param b1     v_j(τ)·G1 for every wire j
 * @param b2     v_j(τ)·G2 for every wire j
 * @param l      (β·u_j(τ) + α·v_j(τ) + w_j(τ))/δ·G1 for the private wires j = ℓ+1..m (snarkjs's "C" section)
 * @param h      L^{(2n)}_{2i+1}(τ)/δ·G1 for i &lt; n (see {@link Qap}): with the values P(s·ωⁱ) their MSM is
 *               h(τ)·Z(τ)/δ·G1
 */
public record ProvingKey(Qap qap, VerifyingKey vk, G1 beta1, G1 delta1, List<G1> a, List<G1> b1, List<G2> b2,
                         List<G1> l, List<G1> h) {
    public ProvingKey {
        Objects.requireNonNull(qap, "qap");
        Objects.requireNonNull(vk, "vk");
        Objects.requireNonNull(beta1, "beta1");
        Objects.requireNonNull(delta1, "delta1");
        a = List.copyOf(a);
        b1 = List.copyOf(b1);
        b2 = List.copyOf(b2);
        l = List.copyOf(l);
        h = List.copyOf(h);
        int m = qap.wires(), pub = qap.publicWires();
        if (a.size() != m || b1.size() != m || b2.size() != m) {
            throw new IllegalArgumentException("A, B1, B2 need one point per wire (" + m + ")");
        }
        if (l.size() != m - pub - 1) throw new IllegalArgumentException("L needs one point per private wire (" + (m - pub - 1) + ")");
        if (h.size() != qap.domain().size()) throw new IllegalArgumentException("H needs " + qap.domain().size() + " points");
        if (vk.publicInputs() != pub) throw new IllegalArgumentException("the verifying key has " + vk.publicInputs() + " public inputs, the QAP " + pub);
    }

    /** The same key with another δ-part (a ceremony's contribution replaces δ·G1, δ·G2, L and H). */
    ProvingKey withDelta(G1 newDelta1, G2 newDelta2, List<G1> newL, List<G1> newH) {
        VerifyingKey v = new VerifyingKey(vk.alpha1(), vk.beta2(), vk.gamma2(), newDelta2, vk.ic());
        return new ProvingKey(qap, v, beta1, newDelta1, a, b1, b2, newL, newH);
    }
}
