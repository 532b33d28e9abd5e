/**
 * Value types shared by every protocol package, at the bottom of the layering (they depend on nothing
 * of the kit): {@link org.zkopml.values.Bytes32}, the 32-byte word that hashes, Merkle roots, state
 * hashes and commitments are written in (Ethereum's {@code bytes32}), and
 * {@link org.zkopml.values.Verdict}, the one answer every verifier, checker and referee of the kit
 * gives: accepted (possibly with a value, such as a post-state hash or a sumcheck's remaining claim), or
 * rejected with a one-line reason.
 */
package org.zkopml.values;
