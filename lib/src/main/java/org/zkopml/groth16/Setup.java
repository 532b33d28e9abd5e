package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.ConstraintSystem;

/**
 * Groth16's setup, two ways. {@link #generate}: the circuit-specific generator of Groth 2016, §3.2 (arkworks'
 * {@code generator}) — one party samples τ, α, β, γ, δ, evaluates every wire's QAP polynomials at τ, and
 * publishes those values only as multiples of the generators G1 and G2 (see {@link ProvingKey} and
 * {@link VerifyingKey} for each element's equation); the secrets come back as {@link ToxicWaste}, explicitly,
 * for the caller to drop. {@link #fromPowersOfTau}: as the field does it — the key combined from a phase-1
 * ceremony's powers of tau ({@link PowersOfTau}, {@link PtauFile}), with γ = δ = 1 until phase-2
 * contributions ({@link Ceremony}) randomise δ; byte for byte what snarkjs's {@code groth16 setup} writes.
 */
public final class Setup {
    private Setup() {
    }

    /**
     * The outcome of a setup: the keys and the secrets they were made from.
     *
     * @param provingKey   the proving key
     * @param verifyingKey the verifying key (also {@code provingKey.vk()})
     * @param toxicWaste   τ, α, β, γ, δ: must be destroyed by whoever ran the setup
     */
    public record Result(ProvingKey provingKey, VerifyingKey verifyingKey, ToxicWaste toxicWaste) {
    }

    /** A setup for the system with fresh secrets from rng. */
    public static Result generate(ConstraintSystem system, RandomGenerator rng) {
        return fromSecrets(Qap.of(system), new ToxicWaste(Fr.random(rng), nonZero(rng), nonZero(rng), nonZero(rng), nonZero(rng)));
    }

    /** A uniformly random non-zero element of F_r (a setup's or a contribution's secret). */
    static Fr nonZero(RandomGenerator rng) {
        Fr x;
        do {
            x = Fr.random(rng);
        } while (x.isZero());
        return x;
    }

    /** The keys determined by the QAP and the given secrets (deterministic; τ must not be a root of unity of H). */
    public static Result fromSecrets(Qap qap, ToxicWaste t) {
        if (qap.domain().evaluateVanishing(t.tau()).isZero() || EvaluationDomainCheck.isOnDoubleDomain(qap, t.tau())) {
            throw new IllegalArgumentException("τ must not be a 2n-th root of unity");
        }
        Qap.WireValues at = qap.wireValuesAt(t.tau());
        int m = qap.wires(), pub = qap.publicWires();
        Fr gammaInv = t.gamma().inverse(), deltaInv = t.delta().inverse();
        List<Fr> ic = new ArrayList<>(), l = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Fr k = t.beta().mul(at.u().get(j)).add(t.alpha().mul(at.v().get(j))).add(at.w().get(j));
            if (j <= pub) ic.add(k.mul(gammaInv));
            else l.add(k.mul(deltaInv));
        }
        List<Fr> h = qap.oddLagrangeAt(t.tau()).stream().map(x -> x.mul(deltaInv)).toList();
        G1 g1 = G1.GENERATOR;
        G2 g2 = G2.GENERATOR;
        VerifyingKey vk = new VerifyingKey(g1.mul(t.alpha()).toAffine(), g2.mul(t.beta()).toAffine(), g2.mul(t.gamma()).toAffine(),
                g2.mul(t.delta()).toAffine(), FixedBase.g1(g1, ic));
        ProvingKey pk = new ProvingKey(qap, vk, g1.mul(t.beta()).toAffine(), g1.mul(t.delta()).toAffine(),
                FixedBase.g1(g1, at.u()), FixedBase.g1(g1, at.v()), FixedBase.g2(g2, at.v()), FixedBase.g1(g1, l),
                FixedBase.g1(g1, h));
        return new Result(pk, vk, t);
    }

    /**
     * A circuit's initial phase-2 key from a {@code .ptau} file, as snarkjs's {@code groth16 setup} (its
     * {@code zkey new}) makes it: with the Lagrange vectors of the circuit's domain (read from the prepared
     * sections, or computed), [u_j(τ)]₁ = Σ_i A_ij·[L_i(τ)]₁, the same for B in G₁ and G₂, and
     * K_j = Σ_i A_ij·[β·L_i(τ)]₁ + B_ij·[α·L_i(τ)]₁ + C_ij·[L_i(τ)]₁ — IC for the public wires, L for the
     * others, divided by γ = δ = 1 —, H from the 2n-basis at odd indices, and the circuit hash that starts the
     * phase-2 transcript. No secret is involved; until a contribution randomises δ, the key is not secure
     * (anyone knows δ = 1).
     */
    public static Phase2 fromPowersOfTau(ConstraintSystem system, PtauFile ptau) {
        Qap qap = Qap.of(system);
        int n = qap.domain().size();
        if (n > 1 << ptau.power()) {
            throw new IllegalArgumentException(ptau.name() + ": the circuit needs a domain of 2^" + qap.domain().log2Size() + " rows ("
                    + system.size() + " constraints + " + (qap.publicWires() + 1) + " public rows), the file has powers up to 2^" + ptau.power());
        }
        return derive(qap, ptau.lagrange(n), ptau.hQuery(n), ptau.alpha1(), ptau.beta1(), ptau.beta2(), ptau::tauG1, (2L << ptau.power()) - 1);
    }

    /** The same from powers held in memory (a ceremony run in a notebook). */
    public static Phase2 fromPowersOfTau(ConstraintSystem system, PowersOfTau powers) {
        Qap qap = Qap.of(system);
        int n = qap.domain().size();
        if (n > powers.size()) {
            throw new IllegalArgumentException("the circuit needs a domain of " + n + " rows, the powers serve up to " + powers.size());
        }
        return derive(qap, powers.lagrange(n), powers.hQuery(n), powers.alphaTauG1().get(0), powers.betaTauG1().get(0), powers.betaG2(),
                (from, count) -> powers.tauG1().subList(from, from + count), powers.tauG1().size());
    }

    private static Phase2 derive(Qap qap, PowersOfTau.Lagrange lag, List<G1> hQuery, G1 alpha1, G1 beta1, G2 beta2,
            BiFunction<Integer, Integer, List<G1>> tauG1, long tauG1Count) {
        int n = qap.domain().size(), m = qap.wires(), pub = qap.publicWires();
        List<List<G1>> aPts = lists(m), b1Pts = lists(m), kPts = lists(m);
        List<List<G2>> b2Pts = lists(m);
        List<List<Fr>> aK = lists(m), bK = lists(m), kK = lists(m);
        for (int i = 0; i < n; i++) {
            Qap.Row ra = qap.row(0, i), rb = qap.row(1, i), rc = qap.row(2, i);
            for (int t = 0; t < ra.wires().length; t++) {
                int w = ra.wires()[t];
                Fr c = ra.coefficients()[t];
                aPts.get(w).add(lag.tauG1().get(i));
                aK.get(w).add(c);
                kPts.get(w).add(lag.betaTauG1().get(i));
                kK.get(w).add(c);
            }
            for (int t = 0; t < rb.wires().length; t++) {
                int w = rb.wires()[t];
                Fr c = rb.coefficients()[t];
                b1Pts.get(w).add(lag.tauG1().get(i));
                b2Pts.get(w).add(lag.tauG2().get(i));
                bK.get(w).add(c);
                kPts.get(w).add(lag.alphaTauG1().get(i));
                kK.get(w).add(c);
            }
            for (int t = 0; t < rc.wires().length; t++) {
                int w = rc.wires()[t];
                kPts.get(w).add(lag.tauG1().get(i));
                kK.get(w).add(rc.coefficients()[t]);
            }
        }
        List<G1> a = combineG1(aPts, aK), b1 = combineG1(b1Pts, bK), k = combineG1(kPts, kK);
        G2[] b2Arr = new G2[m];
        IntStream.range(0, m).parallel().forEach(w -> b2Arr[w] = b2Pts.get(w).size() < 16
                ? naive(G2.INFINITY, b2Pts.get(w), bK.get(w)).toAffine() : G2.msm(b2Pts.get(w), bK.get(w)).toAffine());
        List<G2> b2 = List.of(b2Arr);
        List<G1> ic = k.subList(0, pub + 1), l = k.subList(pub + 1, m);
        VerifyingKey vk = new VerifyingKey(alpha1, beta2, G2.GENERATOR, G2.GENERATOR, ic);
        ProvingKey pk = new ProvingKey(qap, vk, beta1, G1.GENERATOR, a, b1, b2, l, hQuery);
        return new Phase2(pk, circuitHash(pk, tauG1, tauG1Count), List.of());
    }

    /**
     * snarkjs's circuit hash of an initial key (its {@code csHash}): BLAKE2b-512 of α₁, β₁, β₂, γ₂ = G₂, δ₁ = G₁,
     * δ₂ = G₂, then each of IC, the H "points" [τ^(i+n) − τ^i]₁, L, A, B₁, B₂ as a big-endian u32 count and the
     * points, all uncompressed. (snarkjs hashes H in chunks of 2^14 points, and so hashes n − 1 points up to
     * 2^14 rows and whole chunks beyond: that count is reproduced.)
     */
    private static byte[] circuitHash(ProvingKey pk, BiFunction<Integer, Integer, List<G1>> tauG1, long tauG1Count) {
        VerifyingKey vk = pk.vk();
        int n = pk.qap().domain().size();
        Blake2b h = new Blake2b();
        h.update(PointEncoding.uncompressed(vk.alpha1())).update(PointEncoding.uncompressed(pk.beta1())).update(PointEncoding.uncompressed(vk.beta2()));
        h.update(PointEncoding.uncompressed(G2.GENERATOR)).update(PointEncoding.uncompressed(G1.GENERATOR)).update(PointEncoding.uncompressed(G2.GENERATOR));
        h.updateU32BigEndian(vk.ic().size()).update(PointEncoding.uncompressedG1s(vk.ic()));
        final int chunk = 1 << 14;
        int perChunk = Math.min(n - 1, chunk), hashed = 0;
        for (int i = 0; i < n - 1; i += chunk) hashed += perChunk;
        if (n + (long) hashed > tauG1Count) {
            throw new IllegalArgumentException("a circuit filling all 2^" + pk.qap().domain().log2Size() + " rows of a powers-of-tau file of that size"
                    + " has no snarkjs circuit hash (snarkjs would read past the powers): use a file one power larger");
        }
        h.updateU32BigEndian(n - 1);
        if (hashed > 0) {
            List<G1> low = tauG1.apply(0, hashed), high = tauG1.apply(n, hashed);
            List<G1> diff = new ArrayList<>(hashed);
            for (int i = 0; i < hashed; i++) diff.add(high.get(i).sub(low.get(i)));
            h.update(PointEncoding.uncompressedG1s(diff));
        }
        h.updateU32BigEndian(pk.l().size()).update(PointEncoding.uncompressedG1s(pk.l()));
        h.updateU32BigEndian(pk.a().size()).update(PointEncoding.uncompressedG1s(pk.a()));
        h.updateU32BigEndian(pk.b1().size()).update(PointEncoding.uncompressedG1s(pk.b1()));
        h.updateU32BigEndian(pk.b2().size()).update(PointEncoding.uncompressedG2s(pk.b2()));
        return h.digest();
    }

    private static <T> List<List<T>> lists(int m) {
        List<List<T>> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) out.add(new ArrayList<>());
        return out;
    }

    private static List<G1> combineG1(List<List<G1>> points, List<List<Fr>> scalars) {
        G1[] out = new G1[points.size()];
        IntStream.range(0, out.length).parallel().forEach(w -> out[w] = points.get(w).size() < 16
                ? naive(G1.INFINITY, points.get(w), scalars.get(w)) : Msm.pippenger(points.get(w), scalars.get(w)));
        return List.of(G1.batchToAffine(List.of(out)));
    }

    private static <P extends org.zkopml.curve.GroupElement<P>> P naive(P zero, List<P> points, List<Fr> scalars) {
        P acc = zero;
        for (int i = 0; i < points.size(); i++) acc = acc.add(scalars.get(i).isOne() ? points.get(i) : points.get(i).mul(scalars.get(i)));
        return acc;
    }

    /** τ on the 2n-domain would make the odd Lagrange basis degenerate. */
    private static final class EvaluationDomainCheck {
        static boolean isOnDoubleDomain(Qap qap, Fr tau) {
            Fr z = tau;
            for (int i = 0; i <= qap.domain().log2Size(); i++) z = z.square();
            return z.isOne();
        }
    }
}
