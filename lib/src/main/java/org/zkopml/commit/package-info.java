/**
 * Commitments: bind to a value now, reveal it (or a fact about it) later.
 *
 * <ul>
 *   <li>{@link org.zkopml.commit.MerkleTree} — a binary Keccak-256 Merkle tree whose node is Solidity's
 *       {@code keccak256(abi.encodePacked(left, right))}, with {@link org.zkopml.commit.MerkleProof}s
 *       of membership that a contract can check.</li>
 *   <li>{@link org.zkopml.commit.Pedersen} — C = m·G + r·H in BN254's G1: perfectly hiding, binding
 *       while log_G H is unknown, additively homomorphic.</li>
 *   <li>{@link org.zkopml.commit.Kzg} — polynomial commitments C = [p(τ)]₁ with constant-size openings
 *       checked by one pairing equation (over an insecure, seeded {@link org.zkopml.commit.KzgSetup} for
 *       teaching).</li>
 *   <li>{@link org.zkopml.commit.Poseidon} — the algebraic hash circuits commit with, with circomlib's
 *       {@link org.zkopml.commit.PoseidonParameters} (BN254, t = 2..6) generated from the paper's Grain LFSR.</li>
 * </ul>
 * Verifiers return a {@link org.zkopml.values.Verdict}: accepted, or the check that failed.
 */
package org.zkopml.commit;
