package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.poly.Polynomial;
import org.zkopml.r1cs.ConstraintSystem;

class Groth16Test {

    @Test
    void aProofOfTheCubicVerifiesAndTwoProofsDiffer() {
        ExampleCircuits.Example ex = ExampleCircuits.cubic(3);
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
        ExampleCircuits.Example ex = ExampleCircuits.chain(20, 7);
        Qap qap = Qap.of(ex.system());
        List<Polynomial> abc = qap.witnessPolynomials(ex.witness());
        Polynomial h = qap.quotient(ex.witness());
        Fr z = Fr.of(123456789);
        Fr lhs = abc.get(0).evaluate(z).mul(abc.get(1).evaluate(z)).sub(abc.get(2).evaluate(z));
        assertEquals(lhs, h.evaluate(z).mul(qap.domain().evaluateVanishing(z)));
    }

    @Test
    void aWrongWitnessNeverYieldsAnAcceptedProof() {
        ExampleCircuits.Example ex = ExampleCircuits.chain(30, 5);
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
        ExampleCircuits.Example ex = ExampleCircuits.cubic(3);
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(6));
        List<Fr> falseStatement = List.of(Fr.of(1000));
        Proof forged = Forgery.forge(setup.provingKey().qap(), setup.toxicWaste(), falseStatement, new SplittableRandom(7));
        assertTrue(Verifier.verifyFr(setup.verifyingKey(), falseStatement, forged).accepted());
    }

    @Test
    void aCeremonyRerandomisesDeltaAndEachContributionIsChecked() {
        ExampleCircuits.Example ex = ExampleCircuits.chain(40, 3);
        Setup.Result setup = Setup.generate(ex.system(), new SplittableRandom(8));
        SplittableRandom rng = new SplittableRandom(9);
        ProvingKey key = setup.provingKey();
        List<Ceremony.Contribution> contributions = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Ceremony.Contribution c = Ceremony.contribute(key, Fr.random(rng));
            assertTrue(Ceremony.check(key, c, rng).accepted());
            contributions.add(c);
            key = c.after();
        }
        assertNotEquals(setup.verifyingKey().delta2(), key.vk().delta2());
        Proof p = Prover.prove(key, ex.witness(), rng);
        assertTrue(Verifier.verifyFr(key.vk(), ex.publicInputs(), p).accepted());
        // the original setup's waste no longer forges against the final key
        Proof forged = Forgery.forge(key.qap(), setup.toxicWaste(), List.of(Fr.ONE, Fr.of(2)), rng);
        assertFalse(Verifier.verifyFr(key.vk(), List.of(Fr.ONE, Fr.of(2)), forged).accepted());
        // a cheating contribution (H not divided) is caught
        Ceremony.Contribution honest = Ceremony.contribute(key, Fr.of(5));
        ProvingKey a = honest.after();
        ProvingKey bad = new ProvingKey(a.qap(), a.vk(), a.beta1(), a.delta1(), a.a(), a.b1(), a.b2(), a.l(), key.h());
        assertFalse(Ceremony.check(key, new Ceremony.Contribution(honest.shift1(), honest.shift2(), bad), rng).accepted());
    }
}
