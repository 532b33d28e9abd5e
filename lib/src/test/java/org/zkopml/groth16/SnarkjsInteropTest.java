package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.r1cs.ConstraintSystem;
import org.zkopml.r1cs.R1csFile;
import org.zkopml.r1cs.WitnessFile;

/**
 * Cross-checks against the reference toolchain in bench/peers (circom2, snarkjs 0.7.6): a small circom circuit,
 * its snarkjs ceremony on a tiny powers of tau made here, proofs both ways, and the kit's own files read by
 * snarkjs. Fails (does not skip) when node or bench/peers/node_modules is missing. Tagged {@code peers}, like
 * every test that runs snarkjs: the second-JDK stage excludes the tag (the peers do not depend on the JDK).
 */
@Tag("peers")
class SnarkjsInteropTest {
    static Path dir;
    static Snarkjs peers;

    static final String CIRCUIT = """
            pragma circom 2.0.0;
            template Cube() {
                signal input x;
                signal input k;
                signal output y;
                signal x2;
                signal x3;
                x2 <== x * x;
                x3 <== x2 * x;
                y <== x3 + k * x + 5;
            }
            component main {public [k]} = Cube();
            """;

    @BeforeAll
    static void ceremony() throws Exception {
        peers = Snarkjs.locate();
        dir = Files.createTempDirectory("kit-snarkjs");
        Files.writeString(dir.resolve("cube.circom"), CIRCUIT);
        Files.writeString(dir.resolve("input.json"), "{\"x\":\"3\",\"k\":\"2\"}");
        ok(peers.circom(dir, "cube.circom", "--r1cs", "--wasm", "-o", "."));
        ok(peers.snarkjs(dir, "wtns", "calculate", "cube_js/cube.wasm", "input.json", "cube.wtns"));
        // a fresh accumulator has τ = α = β = 1 (a degenerate setup): one contribution makes it random
        peers.powersOfTau(dir, 4, "kit test", "kit test tau", "pot.ptau");
        ok(peers.snarkjs(dir, "groth16", "setup", "cube.r1cs", "pot.ptau", "cube0.zkey"));
        ok(peers.snarkjs(dir, "zkey", "contribute", "cube0.zkey", "cube.zkey", "-e=kit test entropy"));
        ok(peers.snarkjs(dir, "zkey", "export", "verificationkey", "cube.zkey", "vk.json"));
    }

    @AfterAll
    static void clean() throws Exception {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void ok(Snarkjs.Run r) {
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void theKitReadsCircomsR1csAndWitnessAndWritesFilesSnarkjsAccepts() throws Exception {
        ConstraintSystem cs = R1csFile.read(dir.resolve("cube.r1cs"));
        Fr[] w = WitnessFile.read(dir.resolve("cube.wtns"));
        assertEquals(3, cs.size());
        assertEquals(1, cs.publicOutputs());
        assertEquals(1, cs.publicInputs());
        assertEquals(Fr.of(27 + 6 + 5), w[1]);
        assertTrue(cs.check(w).accepted());
        R1csFile.write(cs, dir.resolve("kit.r1cs"));
        WitnessFile.write(w, dir.resolve("kit.wtns"));
        assertEquals(cs, R1csFile.read(dir.resolve("kit.r1cs")));
        assertArrayEquals(w, WitnessFile.read(dir.resolve("kit.wtns")));
        Snarkjs.Run info = peers.snarkjs(dir, "r1cs", "info", "kit.r1cs");
        ok(info);
        assertTrue(info.output().contains("# of Constraints: 3"), info.output());
        Snarkjs.Run check = peers.snarkjs(dir, "wtns", "check", "kit.r1cs", "kit.wtns");
        ok(check);
        assertTrue(check.output().contains("WITNESS IS CORRECT"), check.output());
        Fr[] bad = w.clone();
        bad[4] = bad[4].add(Fr.ONE);
        WitnessFile.write(bad, dir.resolve("bad.wtns"));
        assertFalse(peers.snarkjs(dir, "wtns", "check", "kit.r1cs", "bad.wtns").output().contains("WITNESS IS CORRECT"));
    }

    @Test
    void theKitProvesWithASnarkjsZkeyAndSnarkjsVerifies() throws Exception {
        ProvingKey pk = Zkey.read(dir.resolve("cube.zkey"));
        VerifyingKey vk = SnarkjsJson.readVerifyingKey(dir.resolve("vk.json"));
        assertEquals(vk, pk.vk());
        Fr[] w = WitnessFile.read(dir.resolve("cube.wtns"));
        Proof proof = Prover.prove(pk, w, new SplittableRandom(1));
        List<Fr> publics = Arrays.asList(w).subList(1, 3);
        assertTrue(Verifier.verifyFr(vk, publics, proof).accepted());
        SnarkjsJson.writeProof(proof, dir.resolve("kit-proof.json"));
        SnarkjsJson.writePublic(publics, dir.resolve("kit-public.json"));
        assertTrue(peers.verify(dir.resolve("vk.json"), dir.resolve("kit-public.json"), dir.resolve("kit-proof.json")));
        Snarkjs.Run calldata = peers.snarkjs(dir, "zkey", "export", "soliditycalldata", "kit-public.json", "kit-proof.json");
        ok(calldata);
        assertEquals(calldata.output().trim(), SnarkjsJson.solidityCalldata(proof, publics));
        SnarkjsJson.writePublic(List.of(Fr.of(39), Fr.of(2)), dir.resolve("kit-wrong.json"));
        assertFalse(peers.verify(dir.resolve("vk.json"), dir.resolve("kit-wrong.json"), dir.resolve("kit-proof.json")));
    }

    @Test
    void theKitVerifiesSnarkjsProofs() throws Exception {
        ok(peers.snarkjs(dir, "groth16", "prove", "cube.zkey", "cube.wtns", "sj-proof.json", "sj-public.json"));
        VerifyingKey vk = SnarkjsJson.readVerifyingKey(dir.resolve("vk.json"));
        Proof proof = SnarkjsJson.readProof(dir.resolve("sj-proof.json"));
        List<BigInteger> publics = SnarkjsJson.readPublic(dir.resolve("sj-public.json"));
        assertEquals(List.of(BigInteger.valueOf(38), BigInteger.TWO), publics);
        assertTrue(Verifier.verify(vk, publics, proof).accepted());
        assertFalse(Verifier.verify(vk, List.of(BigInteger.valueOf(38), BigInteger.valueOf(3)), proof).accepted());
        assertFalse(Verifier.verify(vk, List.of(BigInteger.valueOf(38), BigInteger.TWO.add(Fr.MODULUS)), proof).accepted());
    }

    @Test
    void snarkjsAcceptsTheKitsOwnSetupAndProvesWithItsZkey() throws Exception {
        ConstraintSystem cs = R1csFile.read(dir.resolve("cube.r1cs"));
        Fr[] w = WitnessFile.read(dir.resolve("cube.wtns"));
        Setup.Result setup = Setup.generate(cs, new SplittableRandom(2));
        Proof proof = Prover.prove(setup.provingKey(), w, new SplittableRandom(3));
        SnarkjsJson.writeVerifyingKey(setup.verifyingKey(), dir.resolve("kit-vk.json"));
        SnarkjsJson.writeProof(proof, dir.resolve("kit-own-proof.json"));
        SnarkjsJson.writePublic(Arrays.asList(w).subList(1, 3), dir.resolve("kit-own-public.json"));
        assertTrue(peers.verify(dir.resolve("kit-vk.json"), dir.resolve("kit-own-public.json"), dir.resolve("kit-own-proof.json")));
        // the kit's proving key as a .zkey: snarkjs proves with it, the kit verifies
        Zkey.write(setup.provingKey(), dir.resolve("kit.zkey"));
        ProvingKey back = Zkey.read(dir.resolve("kit.zkey"));
        assertEquals(setup.verifyingKey(), back.vk());
        ok(peers.snarkjs(dir, "groth16", "prove", "kit.zkey", "cube.wtns", "sj-kit-proof.json", "sj-kit-public.json"));
        assertTrue(Verifier.verify(setup.verifyingKey(), SnarkjsJson.readPublic(dir.resolve("sj-kit-public.json")),
                SnarkjsJson.readProof(dir.resolve("sj-kit-proof.json"))).accepted());
    }

    @Test
    void malformedFilesGiveOneLineErrorsNamingTheFile() throws Exception {
        byte[] zkey = Files.readAllBytes(dir.resolve("cube.zkey"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Zkey.parse(Arrays.copyOf(zkey, zkey.length - 100), "cube.zkey"));
        assertTrue(e.getMessage().startsWith("cube.zkey") && !e.getMessage().contains("\n"), e.getMessage());
        byte[] r1cs = Files.readAllBytes(dir.resolve("cube.r1cs"));
        e = assertThrows(IllegalArgumentException.class, () -> R1csFile.parse(Arrays.copyOf(r1cs, 40), "cube.r1cs"));
        assertTrue(e.getMessage().startsWith("cube.r1cs"), e.getMessage());
        byte[] wrongPrime = R1csFile.toBytes(R1csFile.read(dir.resolve("cube.r1cs")));
        wrongPrime[4 + 4 + 4 + 4 + 8 + 4] ^= 1;   // first byte of the prime in section 1 (the kit writes the header first)
        e = assertThrows(IllegalArgumentException.class, () -> R1csFile.parse(wrongPrime, "cube.r1cs"));
        assertTrue(e.getMessage().contains("prime"), e.getMessage());
        byte[] wtns = Files.readAllBytes(dir.resolve("cube.wtns"));
        byte[] magic = wtns.clone();
        magic[0] = 'x';
        e = assertThrows(IllegalArgumentException.class, () -> WitnessFile.parse(magic, "cube.wtns"));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WitnessFile.parse(Arrays.copyOf(wtns, wtns.length - 32), "cube.wtns"));
        assertTrue(e.getMessage().startsWith("cube.wtns"), e.getMessage());
    }
}
