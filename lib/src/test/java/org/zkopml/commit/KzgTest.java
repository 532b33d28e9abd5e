package org.zkopml.commit;

import org.zkopml.values.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G1;
import org.zkopml.field.Fr;
import org.zkopml.poly.Polynomial;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class KzgTest {
    static final long SEED = 2024;
    static final int DEGREE = 32;
    static KzgSetup setup;
    static Fr tau;

    @BeforeAll
    static void setUp() {
        setup = KzgSetup.insecure(DEGREE, SEED);
        tau = Fr.random(new SplittableRandom(SEED)); // the toxic waste, recomputed from the seed
    }

    @Test
    void setupHoldsPowersOfTau() {
        assertEquals(DEGREE, setup.maxDegree());
        assertEquals(G1.GENERATOR, setup.powersOfTau().get(0));
        assertEquals(G1.GENERATOR.mul(tau), setup.powersOfTau().get(1));
        assertEquals(G1.GENERATOR.mul(tau.pow(DEGREE)), setup.powersOfTau().get(DEGREE));
    }

    @Test
    void commitmentIsTheEvaluationAtTauInTheExponent() {
        Polynomial p = Polynomial.random(DEGREE, new SplittableRandom(1));
        assertEquals(G1.GENERATOR.mul(p.evaluate(tau)), Kzg.commit(setup, p).point());
        assertEquals(G1.INFINITY, Kzg.commit(setup, Polynomial.ZERO).point());
    }

    @Test
    void honestOpeningsVerify() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 4; i++) {
            Polynomial p = Polynomial.random(rnd.nextInt(0, DEGREE + 1), rnd);
            KzgCommitment c = Kzg.commit(setup, p);
            Fr z = Fr.random(rnd);
            KzgOpening o = Kzg.open(setup, p, z);
            assertEquals(p.evaluate(z), o.y());
            Verdict<Void> v = Kzg.verify(setup.verifierKey(), c, o);
            assertTrue(v.accepted(), v.toString());
        }
    }

    @Test
    void wrongClaimsAreRejected() {
        SplittableRandom rnd = new SplittableRandom(3);
        Polynomial p = Polynomial.random(DEGREE, rnd);
        KzgCommitment c = Kzg.commit(setup, p);
        Fr z = Fr.random(rnd);
        KzgOpening o = Kzg.open(setup, p, z);
        KzgVerifierKey vk = setup.verifierKey();
        assertFalse(Kzg.verify(vk, c, new KzgOpening(z, o.y().add(Fr.ONE), o.proof())).accepted(), "wrong value");
        assertFalse(Kzg.verify(vk, c, new KzgOpening(z.add(Fr.ONE), o.y(), o.proof())).accepted(), "wrong point");
        assertFalse(Kzg.verify(vk, Kzg.commit(setup, p.add(Polynomial.x())), o).accepted(), "another polynomial");
        assertFalse(Kzg.verify(vk, c, new KzgOpening(z, o.y(), o.proof().add(G1.GENERATOR))).accepted(), "wrong proof");
        // the honest prover cannot claim p(z) = y' ≠ p(z): the quotient has a remainder
        assertNotEquals(p, p.divideByLinear(z).mul(Polynomial.linear(z)));
    }

    @Test
    void whoeverKnowsTauCanOpenToAnything() {
        // the toxic waste lets a cheater claim any value y': π' = [(p(τ) − y')/(τ − z)]₁
        SplittableRandom rnd = new SplittableRandom(4);
        Polynomial p = Polynomial.random(DEGREE, rnd);
        KzgCommitment c = Kzg.commit(setup, p);
        Fr z = Fr.random(rnd), lie = Fr.random(rnd);
        G1 forged = G1.GENERATOR.mul(p.evaluate(tau).sub(lie).mul(tau.sub(z).inverse()));
        assertTrue(Kzg.verify(setup.verifierKey(), c, new KzgOpening(z, lie, forged)).accepted());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Kzg.commit(setup, Polynomial.random(DEGREE + 1, new SplittableRandom(5))));
        assertThrows(IllegalArgumentException.class, () -> KzgSetup.insecure(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> KzgSetup.insecureFromTau(3, Fr.ZERO));
    }
}
