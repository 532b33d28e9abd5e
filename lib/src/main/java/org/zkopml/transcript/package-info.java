/**
 * The Fiat–Shamir transform's public coin: a {@link org.zkopml.transcript.Transcript} absorbs every
 * prover message with a label and squeezes the verifier's challenges from Keccak-256, so an
 * interactive protocol becomes a non-interactive proof. Every non-interactive proof of the kit uses it.
 */
package org.zkopml.transcript;
