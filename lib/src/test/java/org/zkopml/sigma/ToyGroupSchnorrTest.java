package org.zkopml.sigma;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Schnorr's laws on the hand-sized group of order 11 in Z_23^*, plus checks small enough to count. */
class ToyGroupSchnorrTest extends SchnorrLaws<BigInteger> {
    @Override
    PrimeOrderGroup<BigInteger> group() {
        return ModularSubgroup.TOY;
    }

    @Override
    BigInteger nonElement() {
        return BigInteger.valueOf(5); // 5 is not a square mod 23, so not in the subgroup of order 11
    }

    @Override
    boolean cryptographicSize() {
        return false;
    }

    @Test
    void byHand() {
        // x = 7: X = 2^7 mod 23 = 13; r = 3: T = 2^3 = 8; c = 4: s = 3 + 4·7 mod 11 = 31 mod 11 = 9
        ModularSubgroup g = ModularSubgroup.TOY;
        Statement<BigInteger> st = Statement.of(g, new Witness(BigInteger.valueOf(7)));
        assertEquals(BigInteger.valueOf(13), st.publicKey());
        Conversation<BigInteger> conv = new Conversation<>(new Commitment<>(BigInteger.valueOf(8)),
                new Challenge(BigInteger.valueOf(4)), new Response(BigInteger.valueOf(9)));
        // 2^9 = 512 = 6 mod 23; T·X^c = 8·13^4 = 8·(28561 mod 23 = 18) = 144 = 6 mod 23
        assertTrue(new SchnorrVerifier<>(st).verify(conv).accepted());
    }

    @Test
    void simulatedAndHonestConversationsHaveTheSameDistribution() {
        // over Z_11 every (c, s) pair is equally likely in both; count how often each T appears
        SplittableRandom rnd = new SplittableRandom(9);
        ModularSubgroup g = ModularSubgroup.TOY;
        Witness w = new Witness(BigInteger.valueOf(7));
        Statement<BigInteger> st = Statement.of(g, w);
        int n = 11_000;
        Map<BigInteger, Integer> honest = new HashMap<>(), simulated = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SchnorrProver<BigInteger> p = new SchnorrProver<>(st, w, rnd);
            Commitment<BigInteger> t = p.commit();
            Challenge c = new Challenge(g.randomScalar(rnd));
            Response s = p.respond(c);
            honest.merge(s.s(), 1, Integer::sum);
            simulated.merge(SchnorrSimulator.simulate(st, c, rnd).response().s(), 1, Integer::sum);
        }
        assertEquals(11, simulated.size(), "every response value occurs in simulation");
        // honest nonces are non-zero, so s = r + c·x is uniform over Z_11 when c is; each value ≈ 1000
        for (int v = 0; v < 11; v++) {
            int h = honest.getOrDefault(BigInteger.valueOf(v), 0), sim = simulated.getOrDefault(BigInteger.valueOf(v), 0);
            assertTrue(Math.abs(h - 1000) < 200 && Math.abs(sim - 1000) < 200, "value " + v + ": honest " + h + ", simulated " + sim);
        }
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new ModularSubgroup(BigInteger.valueOf(24), BigInteger.valueOf(11), BigInteger.TWO));
        assertThrows(IllegalArgumentException.class, () -> new ModularSubgroup(BigInteger.valueOf(23), BigInteger.valueOf(7), BigInteger.TWO));
        assertThrows(IllegalArgumentException.class, () -> new ModularSubgroup(BigInteger.valueOf(23), BigInteger.valueOf(11), BigInteger.valueOf(5)));
    }
}
