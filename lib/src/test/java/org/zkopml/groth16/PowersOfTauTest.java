package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fr;
import org.zkopml.pairing.Bn254Pairing;
import org.zkopml.poly.EvaluationDomain;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;

/**
 * Phase 1 (powers of tau, its ceremony and its {@code .ptau} files) and the key derived from it, against
 * independent computations (secrets known in the test) and against files snarkjs 0.7.6 wrote (the fixtures in
 * {@code snarkjs/}, see the README there).
 */
class PowersOfTauTest {
    static final Path FIXTURES = Path.of("src/test/resources/org/zkopml/groth16/snarkjs");

    @Test
    void theLagrangeVectorsAreTheLagrangePolynomialsAtTau() {
        Fr tau = Fr.of(123456789), alpha = Fr.of(7), beta = Fr.of(11);
        PowersOfTau p = PowersOfTau.fromSecrets(4, tau, alpha, beta);
        PowersOfTau.Lagrange l = p.lagrange(8);
        List<Fr> li = EvaluationDomain.ofSize(8).lagrangeCoefficients(tau);
        for (int i = 0; i < 8; i++) {
            assertEquals(G1.GENERATOR.mul(li.get(i)), l.tauG1().get(i), "L_" + i + "(τ)");
            assertEquals(G2.GENERATOR.mul(li.get(i)), l.tauG2().get(i));
            assertEquals(G1.GENERATOR.mul(li.get(i).mul(alpha)), l.alphaTauG1().get(i));
            assertEquals(G1.GENERATOR.mul(li.get(i).mul(beta)), l.betaTauG1().get(i));
        }
        CircuitBuilder.Built ex = ExampleCircuits.cubic(3);
        List<Fr> odd = Qap.of(ex.system()).oddLagrangeAt(tau);
        List<G1> h = p.hQuery(8);
        for (int i = 0; i < 8; i++) assertEquals(G1.GENERATOR.mul(odd.get(i)), h.get(i));
    }

    @Test
    void aKeyFromPowersOfTauIsTheSetupWithGammaAndDeltaOne() {
        Fr tau = Fr.of(987654321), alpha = Fr.of(3), beta = Fr.of(5);
        CircuitBuilder.Built ex = ExampleCircuits.chain(20, 3);
        Phase2 derived = Setup.fromPowersOfTau(ex.system(), PowersOfTau.fromSecrets(6, tau, alpha, beta));   // n = 32 < 2^6: H exact
        ProvingKey direct = Setup.fromSecrets(Qap.of(ex.system()), new ToxicWaste(tau, alpha, beta, Fr.ONE, Fr.ONE)).provingKey();
        ProvingKey k = derived.key();
        assertEquals(direct.a(), k.a());
        assertEquals(direct.b1(), k.b1());
        assertEquals(direct.b2(), k.b2());
        assertEquals(direct.l(), k.l());
        assertEquals(direct.h(), k.h());
        assertEquals(direct.vk().ic(), k.vk().ic());
        assertEquals(direct.vk().alpha1(), k.vk().alpha1());
        SplittableRandom rng = new SplittableRandom(1);
        Phase2 contributed = Ceremony.contribute(derived, Fr.random(rng), "one", rng);
        Proof proof = Prover.prove(contributed.key(), ex.witness(), rng);
        assertTrue(Verifier.verifyFr(contributed.key().vk(), ex.publicInputs(), proof).accepted());
    }

    @Test
    void aPhaseOneCeremonyIsCheckedContributionByContributionAndEndsAtTheProductOfTheSecrets() {
        SplittableRandom rng = new SplittableRandom(2);
        PowersOfTauCeremony.Accumulator acc = PowersOfTauCeremony.Accumulator.start(3);
        assertFalse(PowersOfTauCeremony.verify(acc, rng).accepted(), "the initial accumulator (τ = 1) is rejected");
        Fr t = Fr.ONE, a = Fr.ONE, b = Fr.ONE;
        for (int k = 0; k < 3; k++) {
            PowersOfTauCeremony.Secrets s = PowersOfTauCeremony.Secrets.random(rng);
            PowersOfTauCeremony.Accumulator next = PowersOfTauCeremony.contribute(acc, s, "p" + k, rng);
            var checked = PowersOfTauCeremony.check(acc, next, rng);
            assertTrue(checked.accepted(), checked::reason);
            acc = next;
            t = t.mul(s.tau());
            a = a.mul(s.alpha());
            b = b.mul(s.beta());
        }
        var verified = PowersOfTauCeremony.verify(acc, rng);
        assertTrue(verified.accepted(), verified::reason);
        assertEquals(PowersOfTau.fromSecrets(3, t, a, b), acc.powers());
        // a contribution whose [τ^i]₁ are not powers of one τ is caught
        PowersOfTau p = acc.powers();
        List<G1> broken = new ArrayList<>(p.tauG1());
        broken.set(5, broken.get(5).add(G1.GENERATOR));
        PowersOfTauCeremony.Accumulator tampered = new PowersOfTauCeremony.Accumulator(
                new PowersOfTau(p.power(), broken, p.tauG2(), p.alphaTauG1(), p.betaTauG1(), p.betaG2()), acc.contributions(), 3);
        assertEquals("the accumulator after contribution 3: [τ^i]₁ are not powers of one τ", PowersOfTauCeremony.verify(tampered, rng).reason());
    }

    @Test
    void aPtauFileRoundTripsAndItsPreparedSectionsAreTheLagrangeBases() {
        SplittableRandom rng = new SplittableRandom(3);
        PowersOfTauCeremony.Accumulator acc = PowersOfTauCeremony.contribute(PowersOfTauCeremony.Accumulator.start(3),
                PowersOfTauCeremony.Secrets.random(rng), "kit test", rng);
        PtauFile file = PtauFile.parse(PtauFile.toBytes(acc, true), "kit.ptau");
        assertTrue(file.prepared());
        assertEquals(acc.powers(), file.powers());
        assertEquals(1, file.contributions().size());
        assertEquals("kit test", file.contributions().get(0).name());
        assertArrayEquals(acc.contributions().get(0).nextChallenge(), file.contributions().get(0).nextChallenge());
        assertTrue(PowersOfTauCeremony.verify(file.accumulator(), rng).accepted());
        for (int n = 1; n <= 8; n *= 2) {
            assertEquals(acc.powers().lagrange(n), file.lagrange(n));
            assertEquals(acc.powers().hQuery(n), file.hQuery(n));
        }
        PtauFile unprepared = PtauFile.parse(PtauFile.toBytes(acc, false), "kit.ptau");
        assertEquals(file.lagrange(4), unprepared.lagrange(4));
        assertEquals(file.hQuery(8), unprepared.hQuery(8));
    }

    @Test
    void aMalformedPtauIsRefusedWithOneLineNamingTheFileAndWhatWasExpected() throws Exception {
        byte[] good = Files.readAllBytes(FIXTURES.resolve("pot.ptau"));
        String[] expected = {
            "bad.ptau: wrong magic 'zkey', expected 'ptau'",
            "bad.ptau: truncated",
            "bad.ptau section 1 (header): power 40, expected 1..28",
            "bad.ptau section 2 (tauG1): 1984 bytes, expected 1984",
        };
        byte[] magic = good.clone();
        System.arraycopy("zkey".getBytes(), 0, magic, 0, 4);
        byte[] truncated = Arrays.copyOf(good, good.length - 100);
        byte[] power = good.clone();
        power[12 + 12 + 4 + 32] = 40;                                 // section 1: n8, prime, then the power
        String[] messages = {message(magic), message(truncated), message(power)};
        assertEquals(expected[0], messages[0]);
        assertTrue(messages[1].startsWith(expected[1]), messages[1]);
        assertEquals(expected[2], messages[2]);
        for (String m : messages) assertFalse(m.contains("\n"), m);
        byte[] offCurve = good.clone();
        int firstPoint = findSection(good, 2) + 12;
        offCurve[firstPoint + 3] ^= 1;                              // [τ^0]₁.x changed: off the curve
        PtauFile f = PtauFile.parse(offCurve, "bad.ptau");
        String bad = assertThrows(IllegalArgumentException.class, f::powers).getMessage();
        assertTrue(bad.startsWith("bad.ptau section 2 (tauG1): tauG1[0] is not on the curve") || bad.contains("not below p"), bad);
    }

    private static String message(byte[] bytes) {
        return assertThrows(IllegalArgumentException.class, () -> PtauFile.parse(bytes, "bad.ptau")).getMessage();
    }

    /** The byte offset of a section's header (type, size) in an iden3 container. */
    static int findSection(byte[] file, int type) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (pos < file.length) {
            int t = b.getInt(pos);
            long size = b.getLong(pos + 4);
            if (t == type) return pos;
            pos += 12 + (int) size;
        }
        throw new AssertionError("no section " + type);
    }

    // ---------------------------------------------------------------- against snarkjs's files

    @Test
    void snarkjssCeremonyPassesTheKitsChecks() {
        PtauFile pot = PtauFile.read(FIXTURES.resolve("pot.ptau"));
        assertEquals(4, pot.power());
        assertEquals(List.of("first", "second"), pot.contributions().stream().map(PowersOfTauCeremony.Contribution::name).toList());
        SplittableRandom rng = new SplittableRandom(4);
        var verdict = PowersOfTauCeremony.verify(pot.accumulator(), rng);
        assertTrue(verdict.accepted(), verdict.reason());
        PowersOfTau powers = pot.powers();
        for (int n = 1; n <= 16; n *= 2) {
            assertEquals(powers.lagrange(n), pot.lagrange(n), "prepared section, domain " + n);
            assertEquals(powers.hQuery(n), pot.hQuery(n), "H, domain " + n);
        }
        // one more contribution, by the kit, on snarkjs's accumulator
        PowersOfTauCeremony.Accumulator more = PowersOfTauCeremony.contribute(pot.accumulator(), PowersOfTauCeremony.Secrets.random(rng), "kit", rng);
        assertTrue(PowersOfTauCeremony.verify(more, rng).accepted());
    }

    @Test
    void theKeyDerivedFromSnarkjssPtauIsByteForByteSnarkjssAndItsContributionsCheck() throws Exception {
        ConstraintSystem cube = R1csFile.read(FIXTURES.resolve("cube.r1cs"));
        PtauFile pot = PtauFile.read(FIXTURES.resolve("pot.ptau"));
        Phase2 derived = Setup.fromPowersOfTau(cube, pot);
        byte[] snarkjs = Files.readAllBytes(FIXTURES.resolve("cube0.zkey"));
        assertArrayEquals(snarkjs, Zkey.toBytes(derived), "groth16 setup's .zkey, byte for byte");
        // the same from the unprepared file (the kit computes the Lagrange bases itself)
        assertArrayEquals(snarkjs, Zkey.toBytes(Setup.fromPowersOfTau(cube, PtauFile.read(FIXTURES.resolve("pot-unprepared.ptau")))));
        // snarkjs's two zkey contributions pass the kit's checks, and one more by the kit too
        SplittableRandom rng = new SplittableRandom(5);
        Phase2 contributed = Zkey.readPhase2(FIXTURES.resolve("cube2.zkey"));
        assertEquals(List.of("third", "fourth"), contributed.contributions().stream().map(Phase2.Contribution::name).toList());
        var verdict = Ceremony.verify(derived.key(), contributed, rng);
        assertTrue(verdict.accepted(), verdict.reason());
        Phase2 more = Ceremony.contribute(contributed, Fr.random(rng), "kit", rng);
        assertTrue(Ceremony.check(contributed, more, rng).accepted());
        assertTrue(Ceremony.verify(derived.key(), Zkey.readPhase2(write(more)), rng).accepted());
        Fr[] w = WitnessFile.read(FIXTURES.resolve("cube.wtns"));
        Proof p = Prover.prove(more.key(), w, rng);
        assertTrue(Verifier.verifyFr(more.key().vk(), List.of(w).subList(1, 3), p).accepted());
    }

    private static Path write(Phase2 p) throws Exception {
        Path f = Files.createTempFile("kit", ".zkey");
        f.toFile().deleteOnExit();
        Zkey.write(p, f);
        return f;
    }

    // ---------------------------------------------------------------- why phase 1 must be a ceremony

    @Test
    void phaseOnesSecretsForgeAgainstAnyPhaseTwoButOneParticipantsSecretsDoNot() {
        SplittableRandom rng = new SplittableRandom(6);
        CircuitBuilder.Built cubic = ExampleCircuits.cubic(3);
        List<Fr> lie = List.of(Fr.of(1000));
        // phase 1 by one party, phase 2 by three
        Fr tau = Fr.random(rng), alpha = Fr.random(rng), beta = Fr.random(rng);
        Phase2 p2 = Setup.fromPowersOfTau(cubic.system(), PowersOfTau.fromSecrets(4, tau, alpha, beta));
        for (int k = 0; k < 3; k++) p2 = Ceremony.contribute(p2, Fr.random(rng), "d" + k, rng);
        ProvingKey key = p2.key();
        G1 inv = Forgery.inverseDelta(key, tau, alpha, beta);
        assertTrue(Bn254Pairing.pairingCheck(List.of(inv, G1.GENERATOR.neg()), List.of(key.vk().delta2(), G2.GENERATOR)), "e([1/δ]₁, δ₂) = e(G₁, G₂)");
        assertTrue(Verifier.verifyFr(key.vk(), lie, Forgery.withPhaseOneSecrets(key, tau, alpha, beta, lie, rng)).accepted());
        // phase 1 by three parties: one participant's secrets are not enough
        PowersOfTauCeremony.Accumulator acc = PowersOfTauCeremony.Accumulator.start(4);
        List<PowersOfTauCeremony.Secrets> secrets = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            PowersOfTauCeremony.Secrets s = PowersOfTauCeremony.Secrets.random(rng);
            secrets.add(s);
            acc = PowersOfTauCeremony.contribute(acc, s, "p" + k, rng);
        }
        Phase2 q2 = Setup.fromPowersOfTau(cubic.system(), acc.powers());
        for (int k = 0; k < 3; k++) q2 = Ceremony.contribute(q2, Fr.random(rng), "d" + k, rng);
        ProvingKey k2 = q2.key();
        PowersOfTauCeremony.Secrets known = secrets.get(1);
        assertFalse(Verifier.verifyFr(k2.vk(), lie, Forgery.withPhaseOneSecrets(k2, known.tau(), known.alpha(), known.beta(), lie, rng)).accepted());
        Fr t = Fr.ONE, a = Fr.ONE, b = Fr.ONE;
        for (PowersOfTauCeremony.Secrets s : secrets) {
            t = t.mul(s.tau());
            a = a.mul(s.alpha());
            b = b.mul(s.beta());
        }
        assertTrue(Verifier.verifyFr(k2.vk(), lie, Forgery.withPhaseOneSecrets(k2, t, a, b, lie, rng)).accepted(), "all three together still could");
    }
}
