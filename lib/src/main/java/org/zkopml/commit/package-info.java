/**
 * Commitments: bind to a value now, reveal (part of) it later.
 *
 * <ul>
 *   <li>{@link org.zkopml.commit.MerkleTree} — a binary Keccak-256 Merkle tree whose node is Solidity's
 *       {@code keccak256(abi.encodePacked(left, right))}, with {@link org.zkopml.commit.MerkleProof}s
 *       of membership that a contract can check.</li>
 * </ul>
 */
package org.zkopml.commit;
