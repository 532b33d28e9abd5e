package org.zkopml.commit;

import org.zkopml.values.Verdict;
import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;
import org.zkopml.poly.Polynomial;

import java.util.List;

/**
 * KZG polynomial commitments (Kate, Zaverucha and Goldberg, "Constant-size commitments to polynomials and
 * their applications", ASIACRYPT 2010) over BN254: the commitment scheme of PLONK, Halo2-KZG (EZKL) and
 * Ethereum's EIP-4844 blobs.
 * <pre>
 *   commit:  C = [p(τ)]₁ = Σ aᵢ·[τⁱ]₁                          (one MSM over the setup)
 *   open z:  y = p(z),  q(X) = (p(X) − y)/(X − z),  π = [q(τ)]₁
 *   verify:  e(C − y·[1]₁, [1]₂) = e(π, [τ]₂ − z·[1]₂)
 * </pre>
 * The check is p(τ) − y = q(τ)·(τ − z) "in the exponent": the pairing multiplies the two exponents, and
 * nobody needs τ. If p(z) ≠ y, X − z does not divide p − y, and producing π would mean computing
 * [1/(τ − z)]₁-multiples, which is hard without τ (the q-SDH assumption).
 */
public final class Kzg {
    private Kzg() {}

    /** C = Σ aᵢ·[τⁱ]₁; p's degree must not exceed the setup's. */
    public static KzgCommitment commit(KzgSetup setup, Polynomial p) {
        return new KzgCommitment(evaluateInExponent(setup, p));
    }

    /** The opening of p at z: y = p(z) and π = [q(τ)]₁ with q = (p − y)/(X − z). */
    public static KzgOpening open(KzgSetup setup, Polynomial p, Fr z) {
        Fr y = p.evaluate(z);
        // synthetic division of p by (X − z) has remainder p(z) and the same quotient as (p − y)/(X − z)
        Polynomial q = p.divideByLinear(z);
        return new KzgOpening(z, y, evaluateInExponent(setup, q));
    }

    /**
     * The pairing check e(C − y·[1]₁, [1]₂) = e(π, [τ]₂ − z·[1]₂), evaluated in the equivalent form
     * <pre>  e(C − y·[1]₁ + z·π, [1]₂) · e(−π, [τ]₂) = 1  </pre>
     * (move z·π to the left by bilinearity), which needs only G1 scalar multiplications and both pairings share
     * one Miller loop and one final exponentiation.
     */
    public static Verdict<Void> verify(KzgVerifierKey key, KzgCommitment commitment, KzgOpening opening) {
        if (key == null || commitment == null || opening == null) return Verdict.reject("missing key, commitment or opening");
        if (!commitment.point().isOnCurve()) return Verdict.reject("the commitment C is not a point of G1");
        if (!opening.proof().isOnCurve()) return Verdict.reject("the proof π is not a point of G1");
        G1 left = commitment.point().sub(key.g1().mul(opening.y())).add(opening.proof().mul(opening.z()));
        boolean ok = Bn254Pairing.pairingCheck(List.of(left, opening.proof().neg()), List.of(key.g2(), key.tauG2()));
        return ok ? Verdict.accept("e(C − y·G1, G2) = e(π, [τ]₂ − z·G2)")
                : Verdict.reject("e(C − y·G1, G2) ≠ e(π, [τ]₂ − z·G2): p(z) ≠ y or π is not the quotient's commitment");
    }

    private static G1 evaluateInExponent(KzgSetup setup, Polynomial p) {
        if (p.degree() > setup.maxDegree()) {
            throw new IllegalArgumentException("degree " + p.degree() + " exceeds the setup's maximum " + setup.maxDegree());
        }
        if (p.isZero()) return G1.INFINITY;
        List<Fr> coefficients = p.coefficients();
        return G1.msm(setup.powersOfTau().subList(0, coefficients.size()), coefficients);
    }
}
