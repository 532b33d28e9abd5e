package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.poly.Polynomial;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.ConstraintSystem;

class Groth16Test {

    @Test
    void aProofOfTheCubicVerifiesAndTwoProofsDiffer() {
        CircuitBuilder.Built ex = ExampleCircuits.cubic(3);
        assertTrue(ex.system().check(ex.witness()).accepted());
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(1));
        Proof p1 = Prover.prove(setup.provingKey(), ex.witness(), new SplittableRandom(2));
        Proof p2 = Prover.prove(setup.provingKey(), ex.witness(), new SplittableRandom(3));
        assertNotEquals(p1, p2);
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), ex.publicInputs(), p1).accepted(), () -> Verifier.verifyFr(setup.verifyingKey(), ex.publicInputs(), p1).reason());
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), ex.publicInputs(), p2).accepted());
        assertFalse(Verifier.verifyFr(setup.verifyingKey(), List.of(Fr.of(36)), p1).accepted());
    }

    @Test
    void theQuotientTimesTheVanishingPolynomialIsABMinusC() {
        CircuitBuilder.Built ex = ExampleCircuits.chain(20, 7);
        Qap qap = Qap.of(ex.system());
        List<Polynomial> abc = qap.witnessPolynomials(ex.witness());
        Polynomial h = qap.quotient(ex.witness());
        Fr z = Fr.of(123456789);
        Fr lhs = abc.get(0).evaluate(z).mul(abc.get(1).evaluate(z)).sub(abc.get(2).evaluate(z));
        assertEquals(lhs, h.evaluate(z).mul(qap.domain().evaluateVanishing(z)));
    }

    @Test
    void aWrongWitnessNeverYieldsAnAcceptedProof() {
        CircuitBuilder.Built ex = ExampleCircuits.chain(30, 5);
        ConstraintSystem cs = ex.system();
        Setup.Result setup = Setup.generate(cs, new SplittableRandom(4));
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 8; trial++) {
            Fr[] w = ex.witness();
            int wire = 1 + rng.nextInt(w.length - 1);
            w[wire] = w[wire].add(Fr.of(1 + rng.nextInt(1000)));
            assertFalse(cs.check(w).accepted());
            Proof p = Prover.prove(setup.provingKey(), w, rng);
            List<Fr> publics = List.of(w).subList(1, 1 + cs.publicWires());
            assertFalse(Verifier.verifyFr(setup.verifyingKey(), publics, p).accepted(), "wire " + wire);
        }
    }

    @Test
    void whoeverKeepsTheToxicWasteCanProveAFalseStatement() {
        CircuitBuilder.Built ex = ExampleCircuits.cubic(3);
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(6));
        List<Fr> falseStatement = List.of(Fr.of(1000));
        Proof forged = Forgery.forge(setup.provingKey().qap(), setup.toxicWaste(), falseStatement, new SplittableRandom(7));
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), falseStatement, forged).accepted());
    }

    @Test
    void aCeremonyRerandomisesDeltaAndEachContributionIsChecked() {
        CircuitBuilder.Built ex = ExampleCircuits.chain(40, 3);
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(8));
        SplittableRandom rng = new SplittableRandom(9);
        Phase2 phase2 = Phase2.of(setup.provingKey());
        for (int k = 0; k < 3; k++) {
            Phase2 next = Ceremony.contribute(phase2, Fr.random(rng), "participant " + k, rng);
            var checked = Ceremony.check(phase2, next, rng);
            assertTrue(checked.accepted(), checked::reason);
            phase2 = next;
        }
        ProvingKey key = phase2.key();
        var verified = Ceremony.verify(setup.provingKey(), phase2, rng);
        assertTrue(verified.accepted(), verified::reason);
        assertNotEquals(setup.verifyingKey().delta2(), key.vk().delta2());
        Proof p = Prover.prove(key, ex.witness(), rng);
        assertTrue(Verifier.verifyFr(key.vk(), ex.publicInputs(), p).accepted());
        // the whole waste no longer forges (δ changed) — but phase 1's τ, α, β alone still do
        List<Fr> lie = List.of(Fr.ONE, Fr.of(2));
        Proof forged = Forgery.forge(key.qap(), setup.toxicWaste(), lie, rng);
        assertFalse(Verifier.verifyFr(key.vk(), lie, forged).accepted());
        ToxicWaste w = setup.toxicWaste();
        Proof phaseOne = Forgery.withPhaseOneSecrets(key, w.tau(), w.alpha(), w.beta(), lie, rng);
        assertTrue(Verifier.verifyFr(key.vk(), lie, phaseOne).accepted());
        // a cheating contribution (H not divided) is caught, and so is a changed transcript
        Phase2 honest = Ceremony.contribute(phase2, Fr.of(5), "honest", rng);
        ProvingKey a = honest.key();
        ProvingKey bad = new ProvingKey(a.qap(), a.vk(), a.beta1(), a.delta1(), a.a(), a.b1(), a.b2(), a.l(), key.h());
        assertEquals("H was not divided by d", Ceremony.check(phase2, new Phase2(bad, honest.circuitHash(), honest.contributions()), rng).reason());
        Phase2.Contribution c = honest.contributions().get(3);
        byte[] t = c.transcript();
        t[0] ^= 1;
        Phase2 forgedTranscript = new Phase2(a, honest.circuitHash(),
                List.of(honest.contributions().get(0), honest.contributions().get(1), honest.contributions().get(2),
                        new Phase2.Contribution(c.name(), c.deltaAfter(), c.s(), c.sx(), c.spx(), t)));
        assertFalse(Ceremony.check(phase2, forgedTranscript, rng).accepted());
    }
}
