package org.zkopml.commit;

import org.zkopml.values.Verdict;
import org.junit.jupiter.api.Test;
import org.zkopml.curve.G1;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;
import org.zkopml.hash.Keccak256;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class PedersenTest {

    @Test
    void hIsDerivedReproduciblyFromTheLabel() {
        G1 h = Pedersen.DEFAULT.h();
        assertTrue(h.isOnCurve() && !h.isInfinity());
        assertEquals(h, Pedersen.hashToG1(Pedersen.DEFAULT_LABEL));
        assertNotEquals(h, Pedersen.hashToG1("another label"));
        assertNotEquals(h, G1.GENERATOR);
        // recompute by hand: the first counter whose x gives a square x³ + 3
        byte[] label = Pedersen.DEFAULT_LABEL.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; ; i++) {
            Fp x = Fp.of(new BigInteger(1, Keccak256.hash(label, new byte[] {0, 0, 0, (byte) i})));
            Fp rhs = x.square().mul(x).add(Fp.of(3));
            if (rhs.legendre() == 1) {
                assertEquals(x, h.x(), "x from counter " + i);
                assertEquals(rhs, h.y().square());
                assertTrue(h.y().toBigInteger().compareTo(h.y().neg().toBigInteger()) < 0, "the smaller root");
                break;
            }
        }
    }

    @Test
    void commitAndOpen() {
        SplittableRandom rnd = new SplittableRandom(31);
        Pedersen p = Pedersen.DEFAULT;
        for (int i = 0; i < 10; i++) {
            Fr m = Fr.random(rnd);
            Pedersen.Committed c = p.commit(m, rnd);
            assertTrue(p.verify(c.commitment(), c.opening()).accepted());
            Verdict<Void> wrong = p.verify(c.commitment(), new Pedersen.Opening(m.add(Fr.ONE), c.opening().blinding()));
            assertFalse(wrong.accepted());
            assertEquals("C ≠ m·G + r·H", wrong.reason());
            assertFalse(p.verify(c.commitment(), new Pedersen.Opening(m, c.opening().blinding().add(Fr.ONE))).accepted());
        }
    }

    @Test
    void homomorphic() {
        SplittableRandom rnd = new SplittableRandom(32);
        Pedersen p = Pedersen.DEFAULT;
        Fr m1 = Fr.random(rnd), m2 = Fr.random(rnd), r1 = Fr.random(rnd), r2 = Fr.random(rnd);
        assertEquals(p.commit(m1.add(m2), r1.add(r2)), p.commit(m1, r1).add(p.commit(m2, r2)));
    }

    @Test
    void hidingCommitmentsToOneMessageAreAllDifferent() {
        // the same message committed 50 times gives 50 different points (r is fresh each time)
        SplittableRandom rnd = new SplittableRandom(33);
        Set<PedersenCommitment> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) seen.add(Pedersen.DEFAULT.commit(Fr.ONE, rnd).commitment());
        assertEquals(50, seen.size());
    }

    @Test
    void aTrapdoorBreaksBindingButNotHiding() {
        SplittableRandom rnd = new SplittableRandom(34);
        Fr t = Fr.random(rnd);
        Pedersen weak = Pedersen.withTrapdoor(t);
        Pedersen.Committed c = weak.commit(Fr.of(0), rnd); // "I vote no"
        Pedersen.Opening fake = weak.equivocate(c.opening(), Fr.of(1), t); // open it as "yes"
        assertTrue(weak.verify(c.commitment(), fake).accepted(), "with t the commitment opens to another message");
        assertTrue(weak.verify(c.commitment(), c.opening()).accepted());
        // two openings of one commitment reveal log_G H = (m − m')/(r' − r)
        Fr dlog = c.opening().message().sub(fake.message()).mul(fake.blinding().sub(c.opening().blinding()).inverse());
        assertEquals(t, dlog);
        assertThrows(IllegalArgumentException.class, () -> Pedersen.DEFAULT.equivocate(c.opening(), Fr.ONE, t),
                "the derived H has no known trapdoor");
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Pedersen(G1.GENERATOR, G1.INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Pedersen.withTrapdoor(Fr.ZERO));
        assertThrows(IllegalArgumentException.class, () -> G1.of(Fp.ONE, Fp.ONE), "an off-curve commitment cannot even be built");
        assertThrows(IllegalArgumentException.class, () -> new PedersenCommitment(null));
    }
}
