package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zkopml.curve.G2;
import org.zkopml.field.Fp;
import org.zkopml.field.Fp2;
import org.zkopml.field.Fr;
import org.zkopml.groth16.ExampleCircuits;
import org.zkopml.groth16.Proof;
import org.zkopml.groth16.SnarkjsJson;
import org.zkopml.r1cs.CircuitBuilder;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;

/** {@code ./kit zk prove-r1cs|setup|verify}: files written, JSON fields, exit codes 0/1/2, one-line errors. */
class ZkCommandTest {
    @TempDir
    static Path dir;
    static Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();
    private Capture.Ran last;

    /** {@code ./kit zk ARGS}, its output appended to stdout and stderr. */
    private int run(String... args) {
        String[] zk = new String[args.length + 1];
        zk[0] = "zk";
        System.arraycopy(args, 0, zk, 1, args.length);
        last = Capture.run(zk);
        stdout.append(last.out());
        stderr.append(last.err());
        return last.code();
    }

    @BeforeAll
    static void proveOnce() {
        CircuitBuilder.Built ex = ExampleCircuits.chain(16, 3);
        R1csFile.write(ex.system(), dir.resolve("c.r1cs"));
        WitnessFile.write(ex.witness(), dir.resolve("c.wtns"));
        out = dir.resolve("out");
        ZkCommandTest t = new ZkCommandTest();
        assertEquals(0, t.run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--out", out.toString(), "--json"), t.stderr.toString());
        JsonObject j = t.last.json();
        assertEquals(16, j.get("constraints").getAsInt());
        assertEquals(ex.system().publicWires(), j.get("publicInputs").getAsInt());
        assertEquals(Proof.BYTES, j.get("proofBytes").getAsInt());
        assertTrue(j.get("verified").getAsBoolean());
        assertEquals("kit", j.get("setup").getAsString());
        for (String key : new String[] {"setupMs", "proveMs", "verifyMs"}) assertTrue(j.get(key).getAsDouble() >= 0, key + " in " + j);
    }

    @Test
    void proveR1csWritesTheFiveFilesAndVerifyAcceptsThem() {
        for (String f : new String[] {"circuit.r1cs", "witness.wtns", "proof.json", "public.json", "verification_key.json"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertEquals(0, run("verify", out.toString()), stderr.toString());
        assertTrue(stdout.toString().startsWith("OK"), stdout.toString());
        assertEquals(0, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public",
                out.resolve("public.json").toString(), "--proof", out.resolve("proof.json").toString(), "--json"));
        assertTrue(last.json().get("verified").getAsBoolean(), stdout.toString());
    }

    @Test
    void aProofForOtherPublicInputsIsRejectedWithTheReason() throws Exception {
        Path pub = dir.resolve("other-public.json");
        Files.writeString(pub, "[\"1\", \"3\"]");
        assertEquals(1, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public", pub.toString(),
                "--proof", out.resolve("proof.json").toString()));
        assertTrue(stdout.toString().contains("REJECTED: the pairing equation"), stdout.toString());
        Files.writeString(pub, "[\"" + Fr.MODULUS.add(BigInteger.ONE) + "\", \"3\"]");
        assertEquals(1, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public", pub.toString(),
                "--proof", out.resolve("proof.json").toString()));
        assertTrue(stdout.toString().contains("not in 0..r-1"), stdout.toString());
    }

    @Test
    void pointsOffTheCurveOrOutsideTheSubgroupAreRejected() throws Exception {
        Proof p = SnarkjsJson.readProof(out.resolve("proof.json"));
        Path pf = dir.resolve("off-curve.json");
        String text = Files.readString(out.resolve("proof.json"));
        String ax = p.a().x().toBigInteger().toString();
        Files.writeString(pf, text.replace(ax, p.a().x().add(Fp.ONE).toBigInteger().toString()));
        assertEquals(1, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public",
                out.resolve("public.json").toString(), "--proof", pf.toString()));
        // the point cannot even be read (no G1 value holds a point off the curve): a one-line error, exit 1
        assertTrue(stderr.toString().contains("not on the curve"), stderr.toString());
        assertFalse(stderr.toString().contains("\tat "), "no stack trace: " + stderr);
        // B replaced, in the JSON, by a point of the twist outside the order-r subgroup (no G2 value can hold one)
        Fp2[] outside = twistPointOutsideG2();
        String textB = text.replace(p.b().x().c0().toBigInteger().toString(), outside[0].c0().toBigInteger().toString())
                .replace(p.b().x().c1().toBigInteger().toString(), outside[0].c1().toBigInteger().toString())
                .replace(p.b().y().c0().toBigInteger().toString(), outside[1].c0().toBigInteger().toString())
                .replace(p.b().y().c1().toBigInteger().toString(), outside[1].c1().toBigInteger().toString());
        Path pg = dir.resolve("outside.json");
        Files.writeString(pg, textB);
        assertEquals(1, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public",
                out.resolve("public.json").toString(), "--proof", pg.toString()));
        assertTrue(stderr.toString().contains("not in the order-r subgroup"), stderr.toString());
        assertFalse(stderr.toString().contains("\tat "), "no stack trace: " + stderr);
    }

    /**
     * The coordinates (x, y) of a point of the twist E'(F_p²) outside the order-r subgroup: x = 1, 2, … until
     * x³ + b' is a square (the cofactor is about p, so the first such point lies outside G2; {@code G2.of}
     * refusing it is what the test checks).
     */
    static Fp2[] twistPointOutsideG2() {
        BigInteger p = Fp.MODULUS;
        for (long x = 1; ; x++) {
            Fp2 fx = Fp2.of(x, 0);
            Fp2 rhs = fx.square().mul(fx).add(G2.B);
            // square root in F_p² for p ≡ 3 mod 4 (Adj and Rodríguez-Henríquez 2012, Algorithm 9)
            Fp2 a1 = rhs.pow(p.subtract(BigInteger.valueOf(3)).shiftRight(2));
            Fp2 alpha = a1.square().mul(rhs);
            Fp2 x0 = a1.mul(rhs);
            Fp2 y = alpha.equals(Fp2.ONE.neg()) ? new Fp2(x0.c1().neg(), x0.c0())
                    : alpha.add(Fp2.ONE).pow(p.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
            if (y.square().equals(rhs)) return new Fp2[] {fx, y};
        }
    }

    @Test
    void malformedInputsGiveOneLineAndExitOne() throws Exception {
        byte[] r1cs = Files.readAllBytes(dir.resolve("c.r1cs"));
        Path truncated = dir.resolve("truncated.r1cs");
        Files.write(truncated, Arrays.copyOf(r1cs, r1cs.length / 2));
        assertEquals(1, run("prove-r1cs", "--r1cs", truncated.toString(), "--wtns", dir.resolve("c.wtns").toString(), "--out", dir.resolve("x").toString()));
        assertOneLine("truncated.r1cs");
        Path badJson = dir.resolve("bad.json");
        Files.writeString(badJson, "{\"pi_a\": [");
        assertEquals(1, run("verify", "--vkey", out.resolve("verification_key.json").toString(), "--public",
                out.resolve("public.json").toString(), "--proof", badJson.toString()));
        assertOneLine("bad.json");
        Fr[] w = WitnessFile.read(dir.resolve("c.wtns"));
        w[5] = w[5].add(Fr.ONE);
        WitnessFile.write(w, dir.resolve("wrong.wtns"));
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("wrong.wtns").toString(), "--out", dir.resolve("y").toString()));
        assertOneLine("does not satisfy");
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--zkey", dir.resolve("c.wtns").toString(), "--out", dir.resolve("z").toString()));
        assertOneLine("magic");
        assertEquals(1, run("verify", dir.resolve("nothing-here").toString()));
        assertOneLine("nothing-here");
    }

    private void assertOneLine(String expected) {
        // a progress bar's last redraw may share the line: find the message anywhere in it
        String e = stderr.toString().lines().filter(l -> l.contains("kit zk ")).reduce((a, b) -> b).orElse("");
        assertTrue(e.contains(expected), stderr.toString());
        assertFalse(stderr.toString().contains("\tat "), "no stack trace: " + stderr);
        stderr.getBuffer().setLength(0);
    }

    @Test
    void setupWritesAZkeyThatProveR1csUsesAndBrokenZkeysOrWitnessesAreRejected() throws Exception {
        Path zkey = dir.resolve("c.zkey");
        assertEquals(0, run("setup", "--r1cs", dir.resolve("c.r1cs").toString(), "--zkey", zkey.toString(), "--json"), stderr.toString());
        assertEquals(32, last.json().get("domainSize").getAsInt(), stdout.toString());
        Path outZ = dir.resolve("with-zkey");
        assertEquals(0, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--zkey", zkey.toString(), "--out", outZ.toString()), stderr.toString());
        assertEquals(0, run("verify", outZ.toString()));
        byte[] z = Files.readAllBytes(zkey);
        Path truncated = dir.resolve("truncated.zkey");
        Files.write(truncated, Arrays.copyOf(z, z.length - 10));
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--zkey", truncated.toString(), "--out", dir.resolve("t").toString()));
        assertOneLine("truncated.zkey");
        byte[] wtns = Files.readAllBytes(dir.resolve("c.wtns"));
        Path shortWtns = dir.resolve("short.wtns");
        Files.write(shortWtns, Arrays.copyOf(wtns, wtns.length - 1));
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", shortWtns.toString(), "--out", dir.resolve("u").toString()));
        assertOneLine("short.wtns");
        byte[] r1cs = Files.readAllBytes(dir.resolve("c.r1cs"));
        r1cs[4 + 4 + 4 + 4 + 8 + 4] ^= 1;            // the first byte of the prime (the kit writes the header section first)
        Path wrongPrime = dir.resolve("wrong-prime.r1cs");
        Files.write(wrongPrime, r1cs);
        assertEquals(1, run("prove-r1cs", "--r1cs", wrongPrime.toString(), "--wtns", dir.resolve("c.wtns").toString(), "--out", dir.resolve("v").toString()));
        assertOneLine("prime");
    }

    /** The snarkjs fixtures of the groth16 tests: a 2^4 ceremony with two contributions, and a circom circuit. */
    static final Path SNARKJS = Path.of("src/test/resources/org/zkopml/groth16/snarkjs");

    @Test
    void setupFromAPtauDerivesSnarkjssKeyAddsContributionsAndProves() throws Exception {
        Path zkey = dir.resolve("from-ptau.zkey"), bare = dir.resolve("bare.zkey");
        assertEquals(0, run("setup", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--ptau", SNARKJS.resolve("pot.ptau").toString(),
                "--zkey", bare.toString(), "--contributions", "0", "--json"), stderr.toString());
        assertEquals(0, last.json().get("phase2Contributions").getAsInt());
        assertEquals(2, last.json().get("phase1Contributions").getAsInt());
        // with no contribution, the kit writes snarkjs's groth16 setup byte for byte
        assertTrue(Arrays.equals(Files.readAllBytes(SNARKJS.resolve("cube0.zkey")), Files.readAllBytes(bare)));
        assertEquals(0, run("setup", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--ptau", SNARKJS.resolve("pot.ptau").toString(),
                "--zkey", zkey.toString()), stderr.toString());
        assertTrue(stdout.toString().contains("1 phase-2 contribution(s)") && stdout.toString().contains("snarkjs zkey verify"), stdout.toString());
        var phase2 = org.zkopml.groth16.Zkey.readPhase2(zkey);
        assertEquals(1, phase2.contributions().size());
        assertTrue(org.zkopml.groth16.Ceremony.verify(org.zkopml.groth16.Zkey.readPhase2(bare).key(), phase2,
                new java.util.SplittableRandom(1)).accepted());
        Path proven = dir.resolve("cube-proof");
        assertEquals(0, run("prove-r1cs", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--wtns", SNARKJS.resolve("cube.wtns").toString(),
                "--zkey", zkey.toString(), "--out", proven.toString()), stderr.toString());
        assertEquals(0, run("verify", proven.toString()));
    }

    @Test
    void aMalformedPtauGivesOneLineAndExitOne() throws Exception {
        byte[] pot = Files.readAllBytes(SNARKJS.resolve("pot.ptau"));
        Path truncated = dir.resolve("truncated.ptau");
        Files.write(truncated, Arrays.copyOf(pot, pot.length - 1000));
        assertEquals(1, run("setup", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--ptau", truncated.toString(),
                "--zkey", dir.resolve("never.zkey").toString()));
        assertOneLine("truncated.ptau");
        assertEquals(1, run("setup", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--ptau", SNARKJS.resolve("cube0.zkey").toString(),
                "--zkey", dir.resolve("never.zkey").toString()));
        assertOneLine("wrong magic 'zkey', expected 'ptau'");
        assertFalse(Files.exists(dir.resolve("never.zkey")));
        assertEquals(2, run("setup", "--r1cs", SNARKJS.resolve("cube.r1cs").toString(), "--zkey", dir.resolve("never.zkey").toString(),
                "--contributions", "2"));
    }

    /**
     * A {@code .zkey} whose verifying-key point δ₂ lies on the twist but outside G2 (and one whose δ₂ is off the twist):
     * prove-r1cs refuses it with one line naming the point, exit 1.
     */
    @Test
    void aZkeyWithABadVerifyingKeyPointIsRefused() throws Exception {
        Path zkey = dir.resolve("vk.zkey");
        assertEquals(0, run("setup", "--r1cs", dir.resolve("c.r1cs").toString(), "--zkey", zkey.toString()), stderr.toString());
        byte[] z = Files.readAllBytes(zkey);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(z).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (buf.getInt(pos) != 2) pos += 12 + (int) buf.getLong(pos + 4);   // the Groth16 header section
        int delta2 = pos + 12 + (4 + 32 + 4 + 32 + 12) + 64 + 64 + 128 + 128 + 64;
        Fp2[] t = twistPointOutsideG2();
        Fp[] coordinates = {t[0].c0(), t[0].c1(), t[1].c0(), t[1].c1()};
        for (int k = 0; k < 4; k++) {                                  // Montgomery form, little-endian, as snarkjs writes
            long[] l = new long[4];
            coordinates[k].montgomeryLimbs(l, 0);
            for (int i = 0; i < 4; i++) buf.putLong(delta2 + 32 * k + 8 * i, l[i]);
        }
        Path outside = dir.resolve("outside.zkey");
        Files.write(outside, z);
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--zkey", outside.toString(), "--out", dir.resolve("w").toString()));
        assertOneLine("delta2 is not a point of G2 (point is on the twist but not in the order-r subgroup G2)");
        z[delta2] ^= 1;
        Path off = dir.resolve("off.zkey");
        Files.write(off, z);
        assertEquals(1, run("prove-r1cs", "--r1cs", dir.resolve("c.r1cs").toString(), "--wtns", dir.resolve("c.wtns").toString(),
                "--zkey", off.toString(), "--out", dir.resolve("w2").toString()));
        assertOneLine("delta2 is not a point of G2 (point is not on the twist");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("verify"));
        assertEquals(2, run("verify", out.toString(), "--vkey", "x"));
        assertEquals(2, run("prove-r1cs", "--r1cs", "x"));
        assertEquals(2, run());
    }
}
