package org.zkopml.chain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.groth16.VerifyingKey;

/**
 * The Solidity source of a Groth16 verifier for one verifying key: the kit's template
 * ({@code org/zkopml/chain/Groth16Verifier.sol.template}, a resource of the jar) with the key's points written as
 * constants and the computation of vk_x = IC_0 + Σ x_j·IC_j unrolled for its ℓ public inputs. The contract checks
 * e(−A, B)·e(α, β)·e(vk_x, γ)·e(C, δ) = 1 with the precompiles 0x06/0x07/0x08 (EIP-196/197), rejecting (never
 * reducing) public inputs ≥ r, coordinates ≥ p and G1 points off the curve; it also verifies a batch of n proofs
 * with one product of n + 3 pairings (see the template's comments). Compile it with {@link Artifact#compile}.
 */
public final class VerifierSource {
    private static final String TEMPLATE = "/org/zkopml/chain/Groth16Verifier.sol.template";
    private static final String BATCH = "/org/zkopml/chain/Groth16BatchVerifier.sol.part";

    private VerifierSource() {}

    /** The Solidity source of contract {@code contractName} verifying single proofs for {@code vk} (no batch function). */
    public static String generate(VerifyingKey vk, String contractName) {
        return generate(vk, contractName, false);
    }

    /**
     * The Solidity source of contract {@code contractName} verifying proofs for {@code vk}; with {@code batch}, also
     * {@code verifyBatch} (n proofs, one product of n + 3 pairings), which makes the contract larger to deploy.
     */
    public static String generate(VerifyingKey vk, String contractName, boolean batch) {
        if (!contractName.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("not a Solidity identifier: " + contractName);
        int l = vk.publicInputs();
        StringBuilder k = new StringBuilder();
        g1(k, "ALPHA", vk.alpha1());
        g2(k, "BETA", vk.beta2());
        g2(k, "GAMMA", vk.gamma2());
        g2(k, "DELTA", vk.delta2());
        for (int j = 0; j <= l; j++) g1(k, "IC" + j, vk.ic().get(j));
        StringBuilder single = new StringBuilder(), batchVkx = new StringBuilder();
        for (int j = 1; j <= l; j++) {
            single.append("            {\n                let x := calldataload(add(inp, 0x").append(Integer.toHexString(32 * (j - 1))).append("))\n")
                    .append("                ok := and(ok, and(lt(x, R), mulAdd(s, IC").append(j).append("_X, IC").append(j).append("_Y, x)))\n")
                    .append("            }\n");
            batchVkx.append("            ok := and(ok, mulAdd(s, IC").append(j).append("_X, IC").append(j).append("_Y, mload(add(sums, 0x")
                    .append(Integer.toHexString(32 * j)).append("))))\n");
        }
        return resource(TEMPLATE)
                .replace("{{BATCH}}\n", batch ? resource(BATCH) : "")
                .replace("{{CONTRACT}}", contractName)
                .replace("{{NPUB}}", Integer.toString(l))
                .replace("{{VK_CONSTANTS}}", k.toString().stripTrailing())
                .replace("{{INPUT_PARAM}}", l == 0 ? "" : ", uint256[" + l + "] calldata input")
                .replace("{{INPUT_OFFSET}}", l == 0 ? "0" : "input")
                .replace("{{VKX_SINGLE}}\n", single.toString())
                .replace("{{VKX_BATCH}}\n", batchVkx.toString());
    }

    private static void g1(StringBuilder out, String name, G1 p) {
        byte[] e = p.toEvm();
        constant(out, name + "_X", e, 0);
        constant(out, name + "_Y", e, 32);
    }

    private static void g2(StringBuilder out, String name, G2 p) {
        byte[] e = p.toEvm();
        constant(out, name + "_X_IM", e, 0);
        constant(out, name + "_X_RE", e, 32);
        constant(out, name + "_Y_IM", e, 64);
        constant(out, name + "_Y_RE", e, 96);
    }

    private static void constant(StringBuilder out, String name, byte[] evm, int offset) {
        BigInteger v = new BigInteger(1, java.util.Arrays.copyOfRange(evm, offset, offset + 32));
        out.append("    uint256 internal constant ").append(name).append(" = ").append(v).append(";\n");
    }

    private static String resource(String name) {
        try (InputStream in = VerifierSource.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the verifier template " + name + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
