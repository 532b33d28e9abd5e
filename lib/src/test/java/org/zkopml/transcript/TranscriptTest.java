package org.zkopml.transcript;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TranscriptTest {
    static final BigInteger R = new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    static final BigInteger N = new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    static final HexFormat HEX = HexFormat.of();

    static Map<String, String> vectors() throws IOException {
        try (InputStream in = TranscriptTest.class.getResourceAsStream("/transcript/transcript-vectors.txt")) {
            assertNotNull(in);
            Map<String, String> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                map.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            return map;
        }
    }

    @Test
    void agreesWithIndependentVector() throws IOException {
        Map<String, String> v = vectors();
        Transcript t = Transcript.start("vector-test");
        assertEquals(v.get("state0"), HEX.formatHex(t.state().bytes()));
        t.absorb("a", new byte[] {1, 2}).absorb("empty", new byte[0]).absorb("word", BigInteger.valueOf(7));
        assertEquals(v.get("stateAfterAbsorb"), HEX.formatHex(t.state().bytes()));
        assertEquals(v.get("c1"), HEX.formatHex(t.challengeBytes("c1", 40)));
        assertEquals(new BigInteger(v.get("c2modR")), t.challenge("c2", R));
        assertEquals(new BigInteger(v.get("c2modN")), t.challenge("c2", N));
        assertEquals(v.get("finalState"), HEX.formatHex(t.state().bytes()));
    }

    @Test
    void sameCallsSameChallengesAnyDifferenceChangesThem() {
        BigInteger base = Transcript.start("p").absorb("x", new byte[] {1, 2, 3}).challenge("c", R);
        assertEquals(base, Transcript.start("p").absorb("x", new byte[] {1, 2, 3}).challenge("c", R));
        assertNotEquals(base, Transcript.start("q").absorb("x", new byte[] {1, 2, 3}).challenge("c", R), "protocol");
        assertNotEquals(base, Transcript.start("p").absorb("y", new byte[] {1, 2, 3}).challenge("c", R), "label");
        assertNotEquals(base, Transcript.start("p").absorb("x", new byte[] {1, 2, 4}).challenge("c", R), "message");
        assertNotEquals(base, Transcript.start("p").absorb("x", new byte[] {1, 2, 3}).challenge("d", R), "challenge label");
        // length prefixes: splitting a message differently is a different transcript
        assertNotEquals(Transcript.start("p").absorb("x", new byte[] {1, 2}).absorb("x", new byte[] {3}).state(),
                Transcript.start("p").absorb("x", new byte[] {1}).absorb("x", new byte[] {2, 3}).state());
        assertNotEquals(Transcript.start("p").absorb("ab", new byte[] {}).state(),
                Transcript.start("p").absorb("a", "b".getBytes(StandardCharsets.UTF_8)).state());
    }

    @Test
    void squeezingRatchetsAndCopiesBranch() {
        Transcript t = Transcript.start("p");
        Transcript branch = t.copy();
        BigInteger c1 = t.challenge("c", R);
        BigInteger c2 = t.challenge("c", R);
        assertNotEquals(c1, c2);
        assertEquals(c1, branch.challenge("c", R));
        assertTrue(c1.signum() >= 0 && c1.compareTo(R) < 0);
    }

    @Test
    void challengesLookUniform() {
        // 4000 challenges mod 2^254-ish r: the top bit splits them into halves of (almost) equal mass
        Transcript t = Transcript.start("uniformity");
        int below = 0, trials = 4000;
        BigInteger half = R.shiftRight(1);
        for (int i = 0; i < trials; i++) if (t.challenge("c", R).compareTo(half) < 0) below++;
        assertTrue(Math.abs(below - trials / 2) < 200, "about half below r/2: " + below);
    }

    @Test
    void fieldAndCurveValuesUseTheirCanonicalBytes() {
        org.zkopml.field.Fr x = org.zkopml.field.Fr.of(12345);
        assertEquals(Transcript.start("p").absorb("x", BigInteger.valueOf(12345)).state(),
                Transcript.start("p").absorb("x", x).state());
        byte[] g = new byte[64];
        g[31] = 1;
        g[63] = 2; // G1 generator (1, 2)
        assertArrayEquals(g, org.zkopml.curve.G1.GENERATOR.mul(BigInteger.TWO).sub(org.zkopml.curve.G1.GENERATOR).toEvm());
        assertArrayEquals(new byte[64], org.zkopml.curve.G1.INFINITY.toEvm());
        assertEquals(Transcript.start("p").challenge("c", R), Transcript.start("p").challengeFr("c").toBigInteger());
    }

    @Test
    void badInputIsRejected() {
        Transcript t = Transcript.start("p");
        assertThrows(IllegalArgumentException.class, () -> t.absorb("x", (byte[]) null));
        assertThrows(IllegalArgumentException.class, () -> t.challenge("c", BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> t.challenge("c", BigInteger.ONE.shiftLeft(256)));
        assertThrows(IllegalArgumentException.class, () -> t.challengeBytes("c", 0));
        assertThrows(IllegalArgumentException.class, () -> Transcript.word(BigInteger.ONE.negate()));
    }
}
