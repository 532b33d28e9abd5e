package org.zkopml.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * The two-phase setup against snarkjs 0.7.6, live: a 2^8 powers-of-tau ceremony run by snarkjs and one run by
 * the kit, each file checked by the other tool; keys derived by the kit from snarkjs's {@code .ptau} accepted by
 * {@code snarkjs zkey verify}, and keys snarkjs derived proven with by the kit and the proofs verified by
 * snarkjs. Tagged {@code peers} (needs Node and {@code bench/peers}); about half a minute.
 */
@Tag("peers")
class PtauPeersTest {
    static Path dir;
    static Snarkjs peers;

    @BeforeAll
    static void ceremonies() throws Exception {
        peers = Snarkjs.locate();
        dir = Files.createTempDirectory("kit-ptau");
        Path fixtures = PowersOfTauTest.FIXTURES.toAbsolutePath();
        Files.copy(fixtures.resolve("cube.r1cs"), dir.resolve("cube.r1cs"));
        Files.copy(fixtures.resolve("cube.wtns"), dir.resolve("cube.wtns"));
        peers.powersOfTau(dir, 8, "alice", "peers test alice", "pot.ptau");
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
    void snarkjsAcceptsTheKeyTheKitDerivedFromItsPtauWithTheKitsContributions() throws Exception {
        ConstraintSystem cube = R1csFile.read(dir.resolve("cube.r1cs"));
        SplittableRandom rng = new SplittableRandom(1);
        Phase2 key = Setup.fromPowersOfTau(cube, PtauFile.read(dir.resolve("pot.ptau")));
        Zkey.write(key, dir.resolve("kit0.zkey"));
        ok(peers.snarkjs(dir, "zkey", "verify", "cube.r1cs", "pot.ptau", "kit0.zkey"));
        Phase2 contributed = Ceremony.contribute(Ceremony.contribute(key, Fr.random(rng), "kit one", rng), Fr.random(rng), "kit two", rng);
        Zkey.write(contributed, dir.resolve("kit2.zkey"));
        Snarkjs.Run verified = peers.snarkjs(dir, "zkey", "verify", "cube.r1cs", "pot.ptau", "kit2.zkey");
        ok(verified);
        assertTrue(verified.output().contains("ZKey Ok!") && verified.output().contains("kit two"), verified.output());
        // snarkjs contributes after the kit, and the kit checks the whole chain
        ok(peers.snarkjs(dir, "zkey", "contribute", "kit2.zkey", "kit3.zkey", "--name=bob", "-e=peers test bob"));
        assertTrue(Ceremony.verify(key.key(), Zkey.readPhase2(dir.resolve("kit3.zkey")), rng).accepted());
        // a key with one L point changed is refused by snarkjs
        ProvingKey k = contributed.key();
        List<org.zkopml.curve.G1> l = new java.util.ArrayList<>(k.l());
        l.set(0, l.get(0).add(org.zkopml.curve.G1.GENERATOR));
        Phase2 bad = new Phase2(new ProvingKey(k.qap(), k.vk(), k.beta1(), k.delta1(), k.a(), k.b1(), k.b2(), l, k.h()),
                contributed.circuitHash(), contributed.contributions());
        Zkey.write(bad, dir.resolve("bad.zkey"));
        assertEquals(1, peers.snarkjs(dir, "zkey", "verify", "cube.r1cs", "pot.ptau", "bad.zkey").exitCode());
    }

    @Test
    void theKitProvesWithSnarkjssKeyFromTheSamePtauAndSnarkjsVerifies() throws Exception {
        ok(peers.snarkjs(dir, "groth16", "setup", "cube.r1cs", "pot.ptau", "sj0.zkey"));
        ok(peers.snarkjs(dir, "zkey", "contribute", "sj0.zkey", "sj1.zkey", "--name=carol", "-e=peers test carol"));
        ok(peers.snarkjs(dir, "zkey", "export", "verificationkey", "sj1.zkey", "vk.json"));
        ProvingKey pk = Zkey.read(dir.resolve("sj1.zkey"));
        Fr[] w = WitnessFile.read(dir.resolve("cube.wtns"));
        Proof proof = Prover.prove(pk, w, new SplittableRandom(2));
        List<Fr> publics = List.of(w).subList(1, 1 + pk.vk().publicInputs());
        SnarkjsJson.writeProof(proof, dir.resolve("proof.json"));
        SnarkjsJson.writePublic(publics, dir.resolve("public.json"));
        assertTrue(peers.verify(dir.resolve("vk.json"), dir.resolve("public.json"), dir.resolve("proof.json")));
        assertTrue(Verifier.verifyFr(pk.vk(), publics, proof).accepted());
        // the kit writes the same verification_key.json, vk_alphabeta_12 (snarkjs's e(α, β)^λ) included
        assertEquals(com.google.gson.JsonParser.parseString(Files.readString(dir.resolve("vk.json"))), SnarkjsJson.verifyingKeyJson(pk.vk()));
        // the kit's derivation from the same file is snarkjs's key before carol's contribution
        Phase2 mine = Setup.fromPowersOfTau(R1csFile.read(dir.resolve("cube.r1cs")), PtauFile.read(dir.resolve("pot.ptau")));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("sj0.zkey")), Zkey.toBytes(mine)));
    }

    @Test
    void snarkjsVerifiesTheKitsPhaseOneCeremonyAndTheKitVerifiesSnarkjss() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        PowersOfTauCeremony.Accumulator acc = PowersOfTauCeremony.Accumulator.start(6);
        for (String who : List.of("kit one", "kit two")) acc = PowersOfTauCeremony.contribute(acc, PowersOfTauCeremony.Secrets.random(rng), who, rng);
        PtauFile.write(acc, false, dir.resolve("kit.ptau"));
        Snarkjs.Run verify = peers.snarkjs(dir, "powersoftau", "verify", "kit.ptau");
        ok(verify);
        assertTrue(verify.output().contains("Powers of Tau Ok!"), verify.output());
        // prepared by the kit: snarkjs checks the Lagrange sections too, and its groth16 setup uses them
        PtauFile.write(acc, true, dir.resolve("kit-prepared.ptau"));
        ok(peers.snarkjs(dir, "powersoftau", "verify", "kit-prepared.ptau"));
        ok(peers.snarkjs(dir, "groth16", "setup", "cube.r1cs", "kit-prepared.ptau", "fromkit.zkey"));
        ok(peers.snarkjs(dir, "zkey", "verify", "cube.r1cs", "kit-prepared.ptau", "fromkit.zkey"));
        // snarkjs contributes on the kit's file, and the kit checks the three contributions
        ok(peers.snarkjs(dir, "powersoftau", "contribute", "kit.ptau", "kit3.ptau", "--name=dave", "-e=peers test dave"));
        PtauFile three = PtauFile.read(dir.resolve("kit3.ptau"));
        assertEquals(List.of("kit one", "kit two", "dave"), three.contributions().stream().map(PowersOfTauCeremony.Contribution::name).toList());
        var checked = PowersOfTauCeremony.verify(three.accumulator(), rng);
        assertTrue(checked.accepted(), checked::reason);
        // and snarkjs's own ceremony passes the kit's checks
        assertTrue(PowersOfTauCeremony.verify(PtauFile.read(dir.resolve("pot.ptau.1")).accumulator(), rng).accepted());
    }
}
