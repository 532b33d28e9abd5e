package org.zkopml.groth16;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;
import org.zkopml.values.Verdict;

/**
 * Phase 1 of a Groth16 setup as a multi-party ceremony, in snarkjs's {@code powersoftau contribute} format
 * (Bowe–Gabizon–Miers 2017; the "perpetual powers of tau"): participant k draws secrets t, a, b and multiplies
 * the accumulator's τ by t, α by a and β by b — [τ^i]₁ ← t^i·[τ^i]₁, [α·τ^i]₁ ← a·t^i·[α·τ^i]₁, … — so that
 * after all contributions τ = t₁·t₂·…, unknown to anyone unless every participant kept their secret.
 *
 * <p>Each contribution publishes, for each secret x ∈ {t, a, b}, a proof of knowledge: a random point
 * s ∈ G₁, s·x, and sp·x for sp ∈ G₂ derived by hashing the previous challenge with s and s·x
 * ({@link HashToG2}; the personalisation byte is 0, 1, 2 for t, a, b). Anyone checks it with pairings,
 * without learning x ("same ratio": e(P, Q·x) = e(P·x, Q)):
 * <ol>
 *   <li>the proof of knowledge: e(s, sp·x) = e(s·x, sp), for each of t, a, b;</li>
 *   <li>the update used that x: e([τ]₁ before, sp·t) = e([τ]₁ after, sp), and the same for [α]₁, [β]₁; in G₂,
 *       e(s, [τ]₂ after) = e(s·t, [τ]₂ before), likewise [β]₂;</li>
 *   <li>the new accumulator is powers of one τ: for random ρ, e(Σρ_i[τ^i]₁, [τ]₂) = e(Σρ_i[τ^(i+1)]₁, G₂), the
 *       same for the G₂ powers, [α·τ^i]₁ and [β·τ^i]₁, and e([β]₁, G₂) = e(G₁, [β]₂);</li>
 *   <li>the transcript: the next challenge is BLAKE2b of the response hash and the new accumulator, and the
 *       response hash that of the challenge, the accumulator (compressed) and the public key — so a
 *       contribution is bound to everything before it.</li>
 * </ol>
 * Files written from these contributions pass {@code snarkjs powersoftau verify}, and snarkjs's
 * contributions pass {@link #verify} (the tests check both).
 */
public final class PowersOfTauCeremony {
    private PowersOfTauCeremony() {
    }

    /**
     * One participant's toxic waste: the secrets it multiplied τ, α, β by. Must be destroyed after the
     * contribution; kept here only to show what knowing it would allow.
     *
     * @param tau   t
     * @param alpha a
     * @param beta  b
     */
    public record Secrets(Fr tau, Fr alpha, Fr beta) {
        public Secrets {
            for (Fr x : new Fr[] {tau, alpha, beta}) {
                if (Objects.requireNonNull(x, "secret").isZero()) throw new IllegalArgumentException("a contribution's secrets are non-zero");
            }
        }

        /** Fresh non-zero secrets. */
        public static Secrets random(RandomGenerator rng) {
            return new Secrets(Setup.nonZero(rng), Setup.nonZero(rng), Setup.nonZero(rng));
        }

        @Override
        public String toString() {
            return "Secrets[t, a, b: destroy this record]";
        }
    }

    /**
     * A proof of knowledge of one secret x: s, s·x in G₁ and sp·x in G₂, where sp is hashed from the
     * challenge, s and s·x.
     *
     * @param s   a random point of G₁
     * @param sx  s·x
     * @param spx sp·x
     */
    public record ProofOfKnowledge(G1 s, G1 sx, G2 spx) {
        public ProofOfKnowledge {
            Objects.requireNonNull(s, "s");
            Objects.requireNonNull(sx, "sx");
            Objects.requireNonNull(spx, "spx");
        }
    }

    /**
     * A participant's record in the ceremony (section 7 of a {@code .ptau}): the first points after its
     * contribution, its proofs of knowledge, and the transcript hashes.
     *
     * @param name          a name (or empty)
     * @param tauG1         [τ]₁ after
     * @param tauG2         [τ]₂ after
     * @param alphaG1       [α]₁ after
     * @param betaG1        [β]₁ after
     * @param betaG2        [β]₂ after
     * @param tau           proof of knowledge of t
     * @param alpha         proof of knowledge of a
     * @param beta          proof of knowledge of b
     * @param partialHash   the response hasher's 216-byte state before the public key ({@link Blake2b#partial})
     * @param nextChallenge BLAKE2b-512 of the response hash and the accumulator after: the next participant's challenge
     * @param beacon        for a random-beacon contribution (type 1): its hash and 2-log of iterations; null otherwise
     */
    public record Contribution(String name, G1 tauG1, G2 tauG2, G1 alphaG1, G1 betaG1, G2 betaG2, ProofOfKnowledge tau,
                               ProofOfKnowledge alpha, ProofOfKnowledge beta, byte[] partialHash, byte[] nextChallenge, Beacon beacon) {
        public Contribution {
            name = name == null ? "" : name;
            if (partialHash.length != Blake2b.PARTIAL_BYTES || nextChallenge.length != Blake2b.OUT) {
                throw new IllegalArgumentException("a contribution has a 216-byte partial hash and a 64-byte challenge");
            }
            partialHash = partialHash.clone();
            nextChallenge = nextChallenge.clone();
        }

        @Override
        public byte[] partialHash() {
            return partialHash.clone();
        }

        @Override
        public byte[] nextChallenge() {
            return nextChallenge.clone();
        }

        /** The response hash: the partial hash finished with the uncompressed public key. */
        public byte[] responseHash() {
            return Blake2b.fromPartial(partialHash).update(publicKeyBytes(tau, alpha, beta)).digest();
        }

        @Override
        public String toString() {
            return "Contribution[" + (name.isEmpty() ? "unnamed" : name) + (beacon == null ? "" : ", beacon") + "]";
        }
    }

    /**
     * A random-beacon contribution's parameters: its secrets come from SHA-256 iterated 2^iterationsExp
     * times over the beacon's hash (snarkjs's {@code powersoftau beacon}).
     *
     * @param hash          the beacon value
     * @param iterationsExp log₂ of the number of SHA-256 iterations
     */
    public record Beacon(byte[] hash, int iterationsExp) {
        public Beacon {
            hash = hash.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }
    }

    /**
     * The ceremony so far — what a {@code .ptau} file holds before phase 2 is prepared.
     *
     * @param powers        the current accumulator
     * @param contributions every contribution in order
     * @param ceremonyPower the power the ceremony ran at (its challenges hash accumulators of that size)
     */
    public record Accumulator(PowersOfTau powers, List<Contribution> contributions, int ceremonyPower) {
        public Accumulator {
            Objects.requireNonNull(powers, "powers");
            contributions = List.copyOf(contributions);
            if (ceremonyPower < powers.power()) throw new IllegalArgumentException("the ceremony's power is at least the file's");
        }

        /** The accumulator of {@code powersoftau new}: no contribution, every point a generator. */
        public static Accumulator start(int power) {
            return new Accumulator(PowersOfTau.initial(power), List.of(), power);
        }

        /** The challenge the next participant answers: the last next-challenge, or the first challenge. */
        public byte[] challenge() {
            return contributions.isEmpty() ? firstChallenge(ceremonyPower) : contributions.get(contributions.size() - 1).nextChallenge();
        }
    }

    /**
     * snarkjs's first challenge for a ceremony of 2^power: BLAKE2b of the empty hash and the uncompressed
     * initial accumulator (every point a generator).
     */
    public static byte[] firstChallenge(int power) {
        Blake2b h = new Blake2b();
        h.update(new Blake2b().digest());
        byte[] g1 = PointEncoding.uncompressed(G1.GENERATOR), g2 = PointEncoding.uncompressed(G2.GENERATOR);
        long n = 1L << power;
        repeat(h, g1, 2 * n - 1);
        repeat(h, g2, n);
        repeat(h, g1, n);
        repeat(h, g1, n);
        h.update(g2);
        return h.digest();
    }

    private static void repeat(Blake2b h, byte[] block, long times) {
        for (long i = 0; i < times; i++) h.update(block);
    }

    /** A contribution with the given secrets (and fresh points s from rng), applied to the accumulator. */
    public static Accumulator contribute(Accumulator before, Secrets x, String name, RandomGenerator rng) {
        if (before.ceremonyPower() != before.powers().power()) {
            throw new IllegalArgumentException("a reduced accumulator (2^" + before.powers().power() + " of a 2^" + before.ceremonyPower()
                    + " ceremony) cannot take contributions");
        }
        byte[] challenge = before.challenge();
        ProofOfKnowledge pt = proof(0, challenge, x.tau(), rng), pa = proof(1, challenge, x.alpha(), rng), pb = proof(2, challenge, x.beta(), rng);
        PowersOfTau old = before.powers();
        int n = old.size();
        Fr[] t = new Fr[2 * n - 1];
        t[0] = Fr.ONE;
        for (int i = 1; i < t.length; i++) t[i] = t[i - 1].mul(x.tau());
        List<G1> tauG1 = scaled(old.tauG1(), i -> t[i]);
        List<G2> tauG2 = IntStream.range(0, n).parallel().mapToObj(i -> old.tauG2().get(i).mul(t[i]).toAffine()).toList();
        List<G1> alphaTauG1 = scaled(old.alphaTauG1(), i -> t[i].mul(x.alpha()));
        List<G1> betaTauG1 = scaled(old.betaTauG1(), i -> t[i].mul(x.beta()));
        G2 betaG2 = old.betaG2().mul(x.beta()).toAffine();
        PowersOfTau after = new PowersOfTau(old.power(), tauG1, tauG2, alphaTauG1, betaTauG1, betaG2);
        Blake2b response = new Blake2b().update(challenge);
        for (G1 p : tauG1) response.update(PointEncoding.compressed(p));
        for (G2 p : tauG2) response.update(PointEncoding.compressed(p));
        for (G1 p : alphaTauG1) response.update(PointEncoding.compressed(p));
        for (G1 p : betaTauG1) response.update(PointEncoding.compressed(p));
        response.update(PointEncoding.compressed(betaG2));
        byte[] partial = response.partial();
        byte[] responseHash = response.update(publicKeyBytes(pt, pa, pb)).digest();
        Contribution c = new Contribution(name, tauG1.get(1), tauG2.get(1), alphaTauG1.get(0), betaTauG1.get(0), betaG2, pt, pa, pb, partial,
                nextChallenge(responseHash, after), null);
        List<Contribution> all = new ArrayList<>(before.contributions());
        all.add(c);
        return new Accumulator(after, all, before.ceremonyPower());
    }

    private static List<G1> scaled(List<G1> points, java.util.function.IntFunction<Fr> factor) {
        G1[] out = new G1[points.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = points.get(i).mul(factor.apply(i)));
        return List.of(G1.batchToAffine(List.of(out)));
    }

    private static ProofOfKnowledge proof(int personalization, byte[] challenge, Fr x, RandomGenerator rng) {
        G1 s = G1.GENERATOR.mul(Setup.nonZero(rng)).toAffine();
        G1 sx = s.mul(x).toAffine();
        return new ProofOfKnowledge(s, sx, g2sp(personalization, challenge, s, sx).mul(x).toAffine());
    }

    /** sp = hashToG2(BLAKE2b(personalization ‖ challenge ‖ s ‖ s·x)), s and s·x uncompressed (snarkjs's getG2sp). */
    static G2 g2sp(int personalization, byte[] challenge, G1 s, G1 sx) {
        byte[] h = new Blake2b().update(new byte[] {(byte) personalization}).update(challenge).update(PointEncoding.uncompressed(s))
                .update(PointEncoding.uncompressed(sx)).digest();
        return HashToG2.of(h);
    }

    /** The public key as snarkjs hashes it: the six G₁ points (t, a, b: s, s·x), then the three G₂ points. */
    static byte[] publicKeyBytes(ProofOfKnowledge t, ProofOfKnowledge a, ProofOfKnowledge b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (ProofOfKnowledge p : List.of(t, a, b)) {
            out.writeBytes(PointEncoding.uncompressed(p.s()));
            out.writeBytes(PointEncoding.uncompressed(p.sx()));
        }
        for (ProofOfKnowledge p : List.of(t, a, b)) out.writeBytes(PointEncoding.uncompressed(p.spx()));
        return out.toByteArray();
    }

    private static byte[] nextChallenge(byte[] responseHash, PowersOfTau p) {
        return new Blake2b().update(responseHash).update(PointEncoding.uncompressedG1s(p.tauG1())).update(PointEncoding.uncompressedG2s(p.tauG2()))
                .update(PointEncoding.uncompressedG1s(p.alphaTauG1())).update(PointEncoding.uncompressedG1s(p.betaTauG1()))
                .update(PointEncoding.uncompressed(p.betaG2())).digest();
    }

    /**
     * Checks the accumulator's last contribution against the one before (or the initial accumulator), its
     * points against the recorded ones, its powers for consistency and its next challenge, then every earlier
     * contribution against its predecessor by the recorded points (snarkjs's {@code powersoftau verify},
     * without the prepared sections). The accumulator must have at least one contribution: the initial one has
     * τ = α = β = 1.
     */
    public static Verdict<Void> verify(Accumulator acc, RandomGenerator rng) {
        List<Contribution> cs = acc.contributions();
        if (cs.isEmpty()) return Verdict.reject("no contribution: τ = α = β = 1, usable by nobody");
        byte[] first = firstChallenge(acc.ceremonyPower());
        for (int k = cs.size() - 1; k >= 0; k--) {
            Verdict<Void> v = checkStep(k == 0 ? Points.GENERATORS : Points.of(cs.get(k - 1)), cs.get(k), k == 0 ? first : cs.get(k - 1).nextChallenge());
            if (!v.accepted()) return Verdict.reject("contribution " + (k + 1) + " (" + label(cs.get(k)) + "): " + v.reason());
        }
        Contribution last = cs.get(cs.size() - 1);
        Verdict<Void> powers = checkPowers(acc.powers(), last, rng);
        if (!powers.accepted()) return Verdict.reject("the accumulator after contribution " + cs.size() + ": " + powers.reason());
        if (acc.ceremonyPower() == acc.powers().power()
                && !java.util.Arrays.equals(nextChallenge(last.responseHash(), acc.powers()), last.nextChallenge())) {
            return Verdict.reject("the last next-challenge is not the hash of its response and the accumulator");
        }
        return Verdict.accept(cs.size() + " contribution" + (cs.size() == 1 ? "" : "s") + " checked with pairings; the 2^" + acc.powers().power()
                + " powers are powers of one τ");
    }

    /** Checks one contribution: the accumulator after it against the accumulator before it. */
    public static Verdict<Void> check(Accumulator before, Accumulator after, RandomGenerator rng) {
        if (after.contributions().size() != before.contributions().size() + 1
                || !after.contributions().subList(0, before.contributions().size()).equals(before.contributions())) {
            return Verdict.reject("the accumulator after must add exactly one contribution to the one before");
        }
        Contribution c = after.contributions().get(after.contributions().size() - 1);
        Verdict<Void> step = checkStep(Points.of(before.powers()), c, before.challenge());
        if (!step.accepted()) return step;
        Verdict<Void> powers = checkPowers(after.powers(), c, rng);
        if (!powers.accepted()) return powers;
        if (!java.util.Arrays.equals(nextChallenge(c.responseHash(), after.powers()), c.nextChallenge())) {
            return Verdict.reject("the next challenge is not the hash of the response and the new accumulator");
        }
        return Verdict.accept("τ, α, β multiplied by the secrets the proofs of knowledge show; the new powers are powers of one τ");
    }

    private static String label(Contribution c) {
        return c.name().isEmpty() ? "unnamed" : c.name();
    }

    /** The first points of an accumulator: what one contribution is checked against. */
    private record Points(G1 tau1, G2 tau2, G1 alpha1, G1 beta1, G2 beta2) {
        static final Points GENERATORS = new Points(G1.GENERATOR, G2.GENERATOR, G1.GENERATOR, G1.GENERATOR, G2.GENERATOR);

        static Points of(Contribution c) {
            return new Points(c.tauG1(), c.tauG2(), c.alphaG1(), c.betaG1(), c.betaG2());
        }

        static Points of(PowersOfTau p) {
            return new Points(p.tauG1().get(1), p.tauG2().get(1), p.alphaTauG1().get(0), p.betaTauG1().get(0), p.betaG2());
        }
    }

    /** Checks c against the previous accumulator's first points, with the challenge c answered. */
    private static Verdict<Void> checkStep(Points prev, Contribution c, byte[] challenge) {
        G1 prevTau1 = prev.tau1(), prevAlpha1 = prev.alpha1(), prevBeta1 = prev.beta1();
        G2 prevTau2 = prev.tau2(), prevBeta2 = prev.beta2();
        G2 spT = g2sp(0, challenge, c.tau().s(), c.tau().sx());
        G2 spA = g2sp(1, challenge, c.alpha().s(), c.alpha().sx());
        G2 spB = g2sp(2, challenge, c.beta().s(), c.beta().sx());
        if (!sameRatio(c.tau().s(), c.tau().sx(), spT, c.tau().spx())) return Verdict.reject("the proof of knowledge of t does not hold");
        if (!sameRatio(c.alpha().s(), c.alpha().sx(), spA, c.alpha().spx())) return Verdict.reject("the proof of knowledge of a does not hold");
        if (!sameRatio(c.beta().s(), c.beta().sx(), spB, c.beta().spx())) return Verdict.reject("the proof of knowledge of b does not hold");
        if (!sameRatio(prevTau1, c.tauG1(), spT, c.tau().spx())) return Verdict.reject("[τ]₁ was not multiplied by the proven t");
        if (!sameRatio(c.tau().s(), c.tau().sx(), prevTau2, c.tauG2())) return Verdict.reject("[τ]₂ was not multiplied by the proven t");
        if (!sameRatio(prevAlpha1, c.alphaG1(), spA, c.alpha().spx())) return Verdict.reject("[α]₁ was not multiplied by the proven a");
        if (!sameRatio(prevBeta1, c.betaG1(), spB, c.beta().spx())) return Verdict.reject("[β]₁ was not multiplied by the proven b");
        if (!sameRatio(c.beta().s(), c.beta().sx(), prevBeta2, c.betaG2())) return Verdict.reject("[β]₂ was not multiplied by the proven b");
        return Verdict.accept("8 pairing checks");
    }

    /** The accumulator is powers of one τ, with α and β, and starts where contribution c says. */
    private static Verdict<Void> checkPowers(PowersOfTau p, Contribution c, RandomGenerator rng) {
        if (!p.tauG1().get(0).equals(G1.GENERATOR) || !p.tauG2().get(0).equals(G2.GENERATOR)) {
            return Verdict.reject("[τ⁰] is not the generator");
        }
        if (!p.tauG1().get(1).equals(c.tauG1()) || !p.tauG2().get(1).equals(c.tauG2()) || !p.alphaTauG1().get(0).equals(c.alphaG1())
                || !p.betaTauG1().get(0).equals(c.betaG1()) || !p.betaG2().equals(c.betaG2())) {
            return Verdict.reject("its first points differ from the ones the contribution recorded");
        }
        G2 tau2 = p.tauG2().get(1);
        if (!consecutive(p.tauG1(), rng, (r1, r2) -> sameRatio(r1, r2, G2.GENERATOR, tau2))) return Verdict.reject("[τ^i]₁ are not powers of one τ");
        if (!consecutive(p.alphaTauG1(), rng, (r1, r2) -> sameRatio(r1, r2, G2.GENERATOR, tau2))) return Verdict.reject("[α·τ^i]₁ are not α times the powers of τ");
        if (!consecutive(p.betaTauG1(), rng, (r1, r2) -> sameRatio(r1, r2, G2.GENERATOR, tau2))) return Verdict.reject("[β·τ^i]₁ are not β times the powers of τ");
        List<Fr> rho = randomScalars(p.tauG2().size() - 1, rng);
        G2 r1 = G2.msm(p.tauG2().subList(0, rho.size()), rho), r2 = G2.msm(p.tauG2().subList(1, rho.size() + 1), rho);
        if (rho.size() > 0 && !sameRatio(G1.GENERATOR, p.tauG1().get(1), r1, r2)) return Verdict.reject("[τ^i]₂ are not powers of τ");
        if (!sameRatio(G1.GENERATOR, p.betaTauG1().get(0), G2.GENERATOR, p.betaG2())) return Verdict.reject("[β]₂ and [β]₁ hide different β");
        return Verdict.accept("powers of one τ");
    }

    private static boolean consecutive(List<G1> points, RandomGenerator rng, java.util.function.BiPredicate<G1, G1> ratio) {
        if (points.size() < 2) return true;
        List<Fr> rho = randomScalars(points.size() - 1, rng);
        return ratio.test(Msm.pippenger(points.subList(0, rho.size()), rho), Msm.pippenger(points.subList(1, rho.size() + 1), rho));
    }

    private static List<Fr> randomScalars(int n, RandomGenerator rng) {
        List<Fr> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Fr.random(rng));
        return out;
    }

    /** e(a, bx) = e(ax, b): ax/a = bx/b "in the exponent"; false when any point is the identity (snarkjs's sameRatio). */
    static boolean sameRatio(G1 a, G1 ax, G2 b, G2 bx) {
        if (a.isInfinity() || ax.isInfinity() || b.isInfinity() || bx.isInfinity()) return false;
        return Bn254Pairing.pairingCheck(List.of(a, ax.neg()), List.of(bx, b));
    }

}
