package org.zkopml.commit;

import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The structured reference string of KZG for polynomials of degree ≤ d:
 * <pre>  [τ⁰]₁, [τ¹]₁, …, [τ^d]₁ in G1,   [1]₂ and [τ]₂ in G2  </pre>
 * where [a]₁ = a·G1, [a]₂ = a·G2 and τ is a secret ("toxic waste") that must be destroyed: whoever knows
 * τ can open any commitment to any value. Real deployments compute these powers in a multi-party ceremony
 * (e.g. the Ethereum KZG ceremony, or snarkjs's "powers of tau") so that τ is safe if one participant was honest.
 *
 * <p><b>{@link #insecure} is for teaching only</b>: τ comes from a seeded pseudo-random generator, so
 * anybody who knows the seed knows τ.
 *
 * @param powersOfTau [τⁱ]₁ for i = 0..d
 * @param g2          [1]₂, the G2 generator
 * @param tauG2       [τ]₂
 */
public record KzgSetup(List<G1> powersOfTau, G2 g2, G2 tauG2) {

    public KzgSetup {
        if (powersOfTau == null || powersOfTau.isEmpty() || g2 == null || tauG2 == null) {
            throw new IllegalArgumentException("a KZG setup needs [τ⁰..τ^d]₁, [1]₂ and [τ]₂");
        }
        powersOfTau = List.copyOf(powersOfTau);
    }

    /**
     * INSECURE: the setup for degree ≤ {@code maxDegree} with τ = {@code Fr.random(new SplittableRandom(seed))}.
     * Reproducible, and therefore broken: for demonstrations and tests only.
     */
    public static KzgSetup insecure(int maxDegree, long seed) {
        return insecureFromTau(maxDegree, Fr.random(new SplittableRandom(seed)));
    }

    /** INSECURE: the setup for a given τ (the toxic waste in the clear). */
    public static KzgSetup insecureFromTau(int maxDegree, Fr tau) {
        if (maxDegree < 0 || maxDegree > 1 << 20) throw new IllegalArgumentException("max degree must be in 0..2^20, got " + maxDegree);
        if (tau.isZero()) throw new IllegalArgumentException("τ must be non-zero");
        List<G1> powers = new ArrayList<>(maxDegree + 1);
        Fr t = Fr.ONE;
        for (int i = 0; i <= maxDegree; i++) {
            powers.add(G1.GENERATOR.mul(t).toAffine());
            t = t.mul(tau);
        }
        return new KzgSetup(powers, G2.GENERATOR, G2.GENERATOR.mul(tau));
    }

    /** d, the largest degree this setup can commit to. */
    public int maxDegree() {
        return powersOfTau.size() - 1;
    }

    /** What a verifier needs: [1]₁, [1]₂, [τ]₂ (constant size, whatever d). */
    public KzgVerifierKey verifierKey() {
        return new KzgVerifierKey(powersOfTau.get(0), g2, tauG2);
    }
}
