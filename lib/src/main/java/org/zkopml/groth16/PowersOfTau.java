package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;

/**
 * Phase 1 of a Groth16 setup, the universal "powers of tau" (Bowe–Gabizon–Miers, "Scalable Multi-party
 * Computation for zk-SNARK Parameters in the Random Beacon Model", 2017; snarkjs's {@code powersoftau}): for
 * secrets τ, α, β that no single party may know,
 *
 * <pre>
 *   [τ^i]₁ for i &lt; 2N − 1,   [τ^i]₂, [α·τ^i]₁, [β·τ^i]₁ for i &lt; N,   [β]₂,       N = 2^power.
 * </pre>
 * These serve every circuit with a QAP domain of at most N rows: a circuit's key is a linear combination of
 * them ({@link Setup#fromPowersOfTau}), after which only the circuit-specific δ of phase 2 ({@link Ceremony})
 * is still to be chosen. Phase 1 is itself a multi-party ceremony ({@link PowersOfTauCeremony}): whoever
 * knows τ, α and β can forge proofs against every key derived from them, however many phase-2 participants
 * came after ({@link Forgery#withPhaseOneSecrets}). Immutable; the files are {@link PtauFile}.
 *
 * @param power      log₂ N
 * @param tauG1      [τ^i]₁ for i = 0 … 2N − 2
 * @param tauG2      [τ^i]₂ for i = 0 … N − 1
 * @param alphaTauG1 [α·τ^i]₁ for i = 0 … N − 1
 * @param betaTauG1  [β·τ^i]₁ for i = 0 … N − 1
 * @param betaG2     [β]₂
 */
public record PowersOfTau(int power, List<G1> tauG1, List<G2> tauG2, List<G1> alphaTauG1, List<G1> betaTauG1, G2 betaG2) {
    /** The largest power of a ceremony file (the perpetual powers of tau stop at 2^28, F_r's two-adicity). */
    public static final int MAX_POWER = 28;

    public PowersOfTau {
        if (power < 1 || power > MAX_POWER) throw new IllegalArgumentException("power must be 1.." + MAX_POWER + ", got " + power);
        tauG1 = List.copyOf(tauG1);
        tauG2 = List.copyOf(tauG2);
        alphaTauG1 = List.copyOf(alphaTauG1);
        betaTauG1 = List.copyOf(betaTauG1);
        Objects.requireNonNull(betaG2, "betaG2");
        int n = 1 << power;
        if (tauG1.size() != 2 * n - 1 || tauG2.size() != n || alphaTauG1.size() != n || betaTauG1.size() != n) {
            throw new IllegalArgumentException("2^" + power + " powers need " + (2 * n - 1) + " [τ^i]₁ and " + n + " of each other kind, got "
                    + tauG1.size() + ", " + tauG2.size() + ", " + alphaTauG1.size() + ", " + betaTauG1.size());
        }
    }

    /** N = 2^power: the largest QAP domain these powers serve. */
    public int size() {
        return 1 << power;
    }

    /** The accumulator before any contribution: τ = α = β = 1, every point a generator ({@code powersoftau new}). */
    public static PowersOfTau initial(int power) {
        return fromSecrets(power, Fr.ONE, Fr.ONE, Fr.ONE);
    }

    /**
     * The powers for known secrets: what a one-party phase 1 publishes, or what the accumulator after a
     * ceremony equals (with τ, α, β the products of all participants' secrets).
     */
    public static PowersOfTau fromSecrets(int power, Fr tau, Fr alpha, Fr beta) {
        if (power < 1 || power > MAX_POWER) throw new IllegalArgumentException("power must be 1.." + MAX_POWER + ", got " + power);
        int n = 1 << power;
        List<Fr> powers = new ArrayList<>(2 * n - 1);
        Fr t = Fr.ONE;
        for (int i = 0; i < 2 * n - 1; i++) {
            powers.add(t);
            t = t.mul(tau);
        }
        List<Fr> first = powers.subList(0, n);
        return new PowersOfTau(power, FixedBase.g1(G1.GENERATOR, powers), FixedBase.g2(G2.GENERATOR, first),
                FixedBase.g1(G1.GENERATOR, first.stream().map(alpha::mul).toList()),
                FixedBase.g1(G1.GENERATOR, first.stream().map(beta::mul).toList()), G2.GENERATOR.mul(beta).toAffine());
    }

    /**
     * The four Lagrange-basis vectors for a domain of size n (a power of two, at most N), each
     * [L_i(τ)] = Σ_k c_ik·[τ^k] by an inverse NTT in the group: snarkjs's {@code prepare phase2}.
     */
    public Lagrange lagrange(int n) {
        if (n < 1 || n > size() || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("a domain of " + n + " rows: a power of two up to 2^" + power + " = " + size() + " is needed");
        }
        return new Lagrange(affine(LagrangeBasis.fromPowers(tauG1.subList(0, n))),
                LagrangeBasis.fromPowers(tauG2.subList(0, n)).stream().map(G2::toAffine).toList(),
                affine(LagrangeBasis.fromPowers(alphaTauG1.subList(0, n))), affine(LagrangeBasis.fromPowers(betaTauG1.subList(0, n))));
    }

    private static List<G1> affine(List<G1> points) {
        return List.of(G1.batchToAffine(points));
    }

    /**
     * The H query of a circuit with a domain of n rows: [L^(2n)_(2i+1)(τ)]₁ for i &lt; n, the Lagrange basis of
     * the 2n-th roots of unity at the odd indices. For n = N the powers stop at τ^(2N−2), so, as snarkjs does,
     * the missing [τ^(2N−1)]₁ counts as 0 — harmless, since A·B − C has degree at most 2n − 2.
     */
    public List<G1> hQuery(int n) {
        if (n < 1 || n > size() || Integer.bitCount(n) != 1 || n > 1 << 27) {
            throw new IllegalArgumentException("a domain of " + n + " rows: a power of two up to 2^" + Math.min(power, 27) + " is needed");
        }
        return oddLagrange(tauG1.subList(0, Math.min(2 * n, tauG1.size())), n);
    }

    /** The odd entries of the 2n-Lagrange basis from [τ^0]₁ … (2n powers, or 2n − 1 and the last taken as 0). */
    static List<G1> oddLagrange(List<G1> tauPowers, int n) {
        List<G1> powers = new ArrayList<>(tauPowers);
        while (powers.size() < 2 * n) powers.add(G1.INFINITY);
        List<G1> all = LagrangeBasis.fromPowers(powers);
        List<G1> odd = new ArrayList<>(n);
        for (int i = 0; i < n; i++) odd.add(all.get(2 * i + 1));
        return List.of(G1.batchToAffine(odd));
    }

    /**
     * The powers in the Lagrange basis of one domain of size n ("phase 2 prepared"), which a circuit's key
     * combines: [u_j(τ)]₁ = Σ_i A_ij·tauG1_i, [(β·u_j + α·v_j + w_j)(τ)]₁ = Σ_i A_ij·betaTauG1_i + B_ij·alphaTauG1_i + C_ij·tauG1_i.
     *
     * @param tauG1      [L_i(τ)]₁
     * @param tauG2      [L_i(τ)]₂
     * @param alphaTauG1 [α·L_i(τ)]₁
     * @param betaTauG1  [β·L_i(τ)]₁
     */
    public record Lagrange(List<G1> tauG1, List<G2> tauG2, List<G1> alphaTauG1, List<G1> betaTauG1) {
        public Lagrange {
            tauG1 = List.copyOf(tauG1);
            tauG2 = List.copyOf(tauG2);
            alphaTauG1 = List.copyOf(alphaTauG1);
            betaTauG1 = List.copyOf(betaTauG1);
            int n = tauG1.size();
            if (tauG2.size() != n || alphaTauG1.size() != n || betaTauG1.size() != n) throw new IllegalArgumentException("four vectors of one size");
        }

        /** The domain size n. */
        public int size() {
            return tauG1.size();
        }
    }
}
