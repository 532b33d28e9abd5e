package org.zkopml.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.zkopml.groth16.ProvingKey;
import org.zkopml.groth16.Snarkjs;
import org.zkopml.groth16.Zkey;

/**
 * The Solidity verifier that learners would otherwise use: the kit's proving key written as a snarkjs
 * {@code .zkey} ({@link Zkey}) and exported by snarkjs 0.7.6 itself ({@code snarkjs zkey export solidityverifier},
 * the npm peer in {@code bench/peers}). Its contract is {@code Groth16Verifier} with the same
 * {@code verifyProof} signature as the kit's, so the same calldata verifies on both.
 */
public final class SnarkjsVerifier {
    /** The contract name in snarkjs's template. */
    public static final String NAME = "Groth16Verifier";

    private SnarkjsVerifier() {}

    /** snarkjs's exported Solidity source for {@code pk}'s verifying key. */
    public static String export(Snarkjs snarkjs, ProvingKey pk) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zkopml-snarkjs-verifier-");
            Path zkey = dir.resolve("circuit.zkey"), sol = dir.resolve("verifier.sol");
            Zkey.write(pk, zkey);
            Snarkjs.Run r = snarkjs.snarkjs(dir, "zkey", "export", "solidityverifier", zkey.toString(), sol.toString());
            if (!r.ok() || !Files.isRegularFile(sol)) throw new IllegalStateException("snarkjs zkey export solidityverifier failed: " + r.output().strip());
            return Files.readString(sol);
        } catch (IOException e) {
            throw new IllegalStateException("exporting snarkjs's verifier: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    /** Exports, compiles and deploys snarkjs's verifier for {@code pk} from account 0. */
    public static Groth16VerifierContract deploy(LocalChain chain, Snarkjs snarkjs, ProvingKey pk) {
        return Groth16VerifierContract.deploySource(chain, chain.account(0), pk.vk(), NAME, export(snarkjs, pk));
    }

    private static void deleteTree(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
