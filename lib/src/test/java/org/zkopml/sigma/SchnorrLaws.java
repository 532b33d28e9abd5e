package org.zkopml.sigma;

import org.zkopml.values.Verdict;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The laws of a prime-order group and of Schnorr's protocol, written once and run on every group
 * instance (one subclass per instance). Seeded.
 */
abstract class SchnorrLaws<P> {
    static final int TRIALS = 12;

    /** The group under test. */
    abstract PrimeOrderGroup<P> group();

    /** A value of the element type that is not in the group (off the curve, outside the subgroup). */
    /** A value of the type that is not a group element, or null if the type cannot hold one. */
    abstract P nonElement();

    /**
     * True for groups of cryptographic size, where a wrong proof passes with negligible probability. In a
     * hand-sized group of order q a random wrong proof still passes with probability about 1/q, so there
     * the tests require most (not all) wrong proofs to be rejected.
     */
    boolean cryptographicSize() {
        return true;
    }

    /** Rejections of wrong proofs: all of them in a large group, most of them in a toy one. */
    void assertMostlyRejected(int rejected, int tried, String what) {
        if (cryptographicSize()) assertEquals(tried, rejected, what);
        else assertTrue(rejected * 2 > tried, what + ": " + rejected + " of " + tried + " rejected");
    }

    RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    Statement<P> statement(Witness w) {
        return Statement.of(group(), w);
    }

    @Test
    void groupLaws() {
        PrimeOrderGroup<P> g = group();
        RandomGenerator rnd = random(1);
        P gen = g.generator();
        assertTrue(g.isElement(gen), "G is in the group");
        assertTrue(g.isElement(g.identity()), "0 is in the group");
        assertTrue(g.equal(g.identity(), g.multiply(gen, g.order())), "q·G = 0");
        assertFalse(g.equal(g.identity(), gen), "G ≠ 0");
        assertFalse(g.isElement(nonElement()), "the non-element is rejected");
        for (int i = 0; i < TRIALS; i++) {
            BigInteger a = g.randomScalar(rnd), b = g.randomScalar(rnd), c = g.randomScalar(rnd);
            P A = g.multiplyGenerator(a), B = g.multiplyGenerator(b), C = g.multiplyGenerator(c);
            assertTrue(g.equal(g.add(A, B), g.multiplyGenerator(a.add(b))), "a·G + b·G = (a+b)·G");
            assertTrue(g.equal(g.add(A, B), g.add(B, A)), "commutative");
            assertTrue(g.equal(g.add(g.add(A, B), C), g.add(A, g.add(B, C))), "associative");
            assertTrue(g.equal(g.add(A, g.identity()), A), "identity");
            assertTrue(g.equal(g.add(A, g.negate(A)), g.identity()), "inverse");
            assertTrue(g.equal(g.multiply(A, b), g.multiplyGenerator(a.multiply(b))), "b·(a·G) = (ab)·G");
            assertTrue(g.equal(g.subtract(A, B), g.multiplyGenerator(a.subtract(b))), "a·G − b·G = (a−b)·G");
            assertArrayEquals(g.encode(A), g.encode(g.multiplyGenerator(a.add(g.order()))), "encoding is canonical");
            assertTrue(g.isElement(A));
            BigInteger k = g.randomScalar(rnd);
            assertTrue(k.signum() >= 0 && k.compareTo(g.order()) < 0, "scalar in [0, q)");
        }
    }

    @Test
    void completeness() {
        RandomGenerator rnd = random(2);
        for (int i = 0; i < TRIALS; i++) {
            Witness w = Witness.random(group(), rnd);
            Statement<P> st = statement(w);
            SchnorrProver<P> prover = new SchnorrProver<>(st, w, rnd);
            SchnorrVerifier<P> verifier = new SchnorrVerifier<>(st);
            Commitment<P> t = prover.commit();
            Challenge c = verifier.challenge(rnd);
            Response s = prover.respond(c);
            Verdict<Void> v = verifier.verify(t, c, s);
            assertTrue(v.accepted(), v.toString());
            assertTrue(verifier.verify(new Conversation<>(t, c, s)).accepted());
        }
    }

    @Test
    void verifierRejectsWithAReason() {
        RandomGenerator rnd = random(3);
        Witness w = Witness.random(group(), rnd);
        Statement<P> st = statement(w);
        SchnorrProver<P> prover = new SchnorrProver<>(st, w, rnd);
        SchnorrVerifier<P> verifier = new SchnorrVerifier<>(st);
        Commitment<P> t = prover.commit();
        Challenge c = verifier.challenge(rnd);
        Response s = prover.respond(c);
        BigInteger q = group().order();
        Verdict<Void> tampered = verifier.verify(t, c, new Response(s.s().add(BigInteger.ONE).mod(q)));
        assertFalse(tampered.accepted());
        assertEquals("s·G ≠ T + c·X", tampered.reason());
        Verdict<Void> otherChallenge = verifier.verify(t, new Challenge(c.c().add(BigInteger.ONE).mod(q)), s);
        assertFalse(otherChallenge.accepted(), "the response answers one challenge only");
        assertTrue(verifier.verify(t, c, new Response(s.s().add(q))).reason().contains("response"));
        assertTrue(verifier.verify(t, new Challenge(q), s).reason().contains("challenge"));
        if (nonElement() != null) {                      // null: the type admits no non-element (BN254 G1)
            assertTrue(verifier.verify(new Commitment<>(nonElement()), c, s).reason().contains("commitment"));
            Verdict<Void> badKey = new SchnorrVerifier<>(new Statement<>(group(), nonElement())).verify(t, c, s);
            assertFalse(badKey.accepted());
            assertTrue(badKey.reason().contains("public key"), badKey.reason());
        }
        // the same conversation does not verify for another key
        Statement<P> other = new Statement<>(group(), group().add(st.publicKey(), group().generator()));
        if (cryptographicSize()) assertFalse(new SchnorrVerifier<>(other).verify(t, c, s).accepted(), "another key");
    }

    @Test
    void proverGuardsItsNonceAndItsWitness() {
        RandomGenerator rnd = random(4);
        Witness w = Witness.random(group(), rnd);
        Statement<P> st = statement(w);
        SchnorrProver<P> prover = new SchnorrProver<>(st, w, rnd);
        assertThrows(IllegalStateException.class, () -> prover.respond(new Challenge(BigInteger.ONE)));
        prover.commit();
        prover.respond(new Challenge(BigInteger.ONE));
        assertThrows(IllegalStateException.class, () -> prover.respond(new Challenge(BigInteger.TWO)));
        assertThrows(IllegalStateException.class, prover::commit);
        Witness wrong = new Witness(w.x().add(BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> new SchnorrProver<>(st, wrong, rnd));
        assertEquals("Witness[x=<secret>]", w.toString(), "toString hides x");
    }

    @Test
    void fiatShamirIsCompleteAndBoundToTheStatement() {
        RandomGenerator rnd = random(5);
        int otherKeyRejected = 0;
        for (int i = 0; i < TRIALS; i++) {
            Witness w = Witness.random(group(), rnd);
            Statement<P> st = statement(w);
            SchnorrProof<P> proof = FiatShamirSchnorr.STRONG.prove(st, w, rnd);
            assertTrue(FiatShamirSchnorr.STRONG.verify(st, proof).accepted());
            Challenge c = FiatShamirSchnorr.STRONG.challenge(st, proof.commitment());
            assertEquals(c, FiatShamirSchnorr.STRONG.challenge(st, proof.commitment()), "deterministic challenge");
            Statement<P> other = new Statement<>(group(), group().add(st.publicKey(), group().generator()));
            if (!FiatShamirSchnorr.STRONG.verify(other, proof).accepted()) otherKeyRejected++;
            SchnorrProof<P> tampered = new SchnorrProof<>(proof.commitment(),
                    new Response(proof.response().s().add(BigInteger.ONE).mod(group().order())));
            assertFalse(FiatShamirSchnorr.STRONG.verify(st, tampered).accepted());
        }
        assertMostlyRejected(otherKeyRejected, TRIALS, "a proof for X is not a proof for X + G");
    }

    @Test
    void simulatorMakesAcceptingConversationsWithoutTheWitness() {
        RandomGenerator rnd = random(6);
        Statement<P> st = statement(Witness.random(group(), rnd));
        for (int i = 0; i < TRIALS; i++) {
            Conversation<P> conv = SchnorrSimulator.simulate(st, rnd);
            assertTrue(new SchnorrVerifier<>(st).verify(conv).accepted());
            Challenge chosen = new Challenge(BigInteger.valueOf(i).mod(group().order()));
            Conversation<P> withChallenge = SchnorrSimulator.simulate(st, chosen, rnd);
            assertEquals(chosen, withChallenge.challenge());
            assertTrue(new SchnorrVerifier<>(st).verify(withChallenge).accepted());
        }
        assertThrows(IllegalArgumentException.class, () -> SchnorrSimulator.simulate(st, new Challenge(group().order()), rnd));
    }

    @Test
    void extractorRecoversTheWitnessFromARewoundProver() {
        RandomGenerator rnd = random(7);
        for (int i = 0; i < TRIALS; i++) {
            Witness w = Witness.random(group(), rnd);
            Statement<P> st = statement(w);
            long proverSeed = rnd.nextLong();
            // run the prover twice from the same random tape: same nonce, same commitment
            SchnorrProver<P> first = new SchnorrProver<>(st, w, random(proverSeed));
            SchnorrProver<P> rewound = new SchnorrProver<>(st, w, random(proverSeed));
            Commitment<P> t1 = first.commit(), t2 = rewound.commit();
            Challenge c1 = new Challenge(group().randomScalar(rnd));
            Challenge c2 = new Challenge(c1.c().add(BigInteger.ONE).mod(group().order()));
            Conversation<P> a = new Conversation<>(t1, c1, first.respond(c1));
            Conversation<P> b = new Conversation<>(t2, c2, rewound.respond(c2));
            Witness extracted = SchnorrExtractor.extract(st, a, b);
            assertEquals(w.x().mod(group().order()), extracted.x());
            assertThrows(IllegalArgumentException.class, () -> SchnorrExtractor.extract(st, a, a), "same challenge");
            Conversation<P> broken = new Conversation<>(t2, c2, new Response(b.response().s().add(BigInteger.ONE).mod(group().order())));
            assertThrows(IllegalArgumentException.class, () -> SchnorrExtractor.extract(st, a, broken), "not accepting");
        }
        // two simulated conversations almost never share a commitment: the extractor refuses them
        Statement<P> st = statement(Witness.random(group(), rnd));
        Conversation<P> s1 = SchnorrSimulator.simulate(st, new Challenge(BigInteger.ONE), rnd);
        Conversation<P> s2 = SchnorrSimulator.simulate(st, new Challenge(BigInteger.TWO), rnd);
        if (!group().equal(s1.commitment().t(), s2.commitment().t())) {
            assertThrows(IllegalArgumentException.class, () -> SchnorrExtractor.extract(st, s1, s2));
        }
    }

    @Test
    void weakFiatShamirLetsAnyoneForgeAndStrongStopsIt() {
        RandomGenerator rnd = random(8);
        int strongRejections = 0, strongRejections2 = 0;
        for (int i = 0; i < TRIALS; i++) {
            Witness w = Witness.random(group(), rnd);
            Statement<P> st = statement(w);
            SchnorrProof<P> honest = FiatShamirSchnorr.WEAK.prove(st, w, rnd);
            assertTrue(FiatShamirSchnorr.WEAK.verify(st, honest).accepted(), "the weak variant is complete");

            BigInteger delta = group().randomNonZeroScalar(rnd);
            WeakFiatShamirForgery.Forgery<P> shifted = WeakFiatShamirForgery.shiftKey(st, honest, delta);
            assertTrue(group().equal(shifted.statement().publicKey(), group().add(st.publicKey(), group().multiplyGenerator(delta))));
            assertTrue(FiatShamirSchnorr.WEAK.verify(shifted.statement(), shifted.proof()).accepted(), "weak accepts the shifted-key forgery");
            Verdict<Void> strong = FiatShamirSchnorr.STRONG.verify(shifted.statement(), shifted.proof());
            if (!strong.accepted()) {
                strongRejections++;
                assertEquals("s·G ≠ T + c·X", strong.reason());
            }

            P victimKey = group().multiplyGenerator(group().randomNonZeroScalar(rnd));
            WeakFiatShamirForgery.Forgery<P> solved = WeakFiatShamirForgery.fromCommitment(group(), victimKey, rnd);
            assertTrue(FiatShamirSchnorr.WEAK.verify(solved.statement(), solved.proof()).accepted(), "weak accepts the solved-key forgery");
            if (!FiatShamirSchnorr.STRONG.verify(solved.statement(), solved.proof()).accepted()) strongRejections2++;
        }
        assertMostlyRejected(strongRejections, TRIALS, "strong Fiat–Shamir rejects the shifted-key forgeries");
        assertMostlyRejected(strongRejections2, TRIALS, "strong Fiat–Shamir rejects the solved-key forgeries");
    }
}
