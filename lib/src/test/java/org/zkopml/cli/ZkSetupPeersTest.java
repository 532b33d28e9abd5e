package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.groth16.Snarkjs;

/**
 * {@code ./kit zk setup --ptau} against snarkjs 0.7.6: {@code snarkjs zkey verify} accepts the key the command
 * derives (with its phase-2 contributions) from snarkjs's own {@code .ptau}, and {@code zk prove-r1cs} proves
 * with the key {@code snarkjs groth16 setup} made from the same file, a proof {@code snarkjs groth16 verify}
 * accepts. Uses the groth16 tests' snarkjs fixtures (a 2^4 ceremony, a circom circuit); tagged {@code peers}.
 */
@Tag("peers")
class ZkSetupPeersTest {
    @TempDir
    Path dir;

    @Test
    void snarkjsVerifiesTheCommandsKeyAndTheProofMadeWithSnarkjssKey() throws Exception {
        Snarkjs peers = Snarkjs.locate();
        Path fixtures = ZkCommandTest.SNARKJS.toAbsolutePath();
        Path r1cs = dir.resolve("cube.r1cs"), ptau = dir.resolve("pot.ptau");
        Files.copy(fixtures.resolve("cube.r1cs"), r1cs);
        Files.copy(fixtures.resolve("pot.ptau"), ptau);
        Files.copy(fixtures.resolve("cube.wtns"), dir.resolve("cube.wtns"));
        Capture.Ran setup = Capture.run("zk", "setup", "--r1cs", r1cs.toString(), "--ptau", ptau.toString(), "--zkey",
                dir.resolve("kit.zkey").toString(), "--contributions", "2");
        assertEquals(0, setup.code(), setup.err());
        Snarkjs.Run verified = peers.snarkjs(dir, "zkey", "verify", "cube.r1cs", "pot.ptau", "kit.zkey");
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("ZKey Ok!"), verified.output());
        assertEquals(0, peers.snarkjs(dir, "groth16", "setup", "cube.r1cs", "pot.ptau", "sj.zkey").exitCode());
        Capture.Ran proved = Capture.run("zk", "prove-r1cs", "--r1cs", r1cs.toString(), "--wtns", dir.resolve("cube.wtns").toString(),
                "--zkey", dir.resolve("sj.zkey").toString(), "--out", dir.resolve("proof").toString());
        assertEquals(0, proved.code(), proved.err());
        assertEquals(0, peers.snarkjs(dir, "zkey", "export", "verificationkey", "sj.zkey", "sj-vk.json").exitCode());
        assertTrue(peers.verify(dir.resolve("sj-vk.json"), dir.resolve("proof/public.json"), dir.resolve("proof/proof.json")),
                "snarkjs verifies the kit's proof made with snarkjs's key");
    }
}
