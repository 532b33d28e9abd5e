/**
 * Groth16 over BN254 (J. Groth, "On the Size of Pairing-based Non-interactive Arguments", EUROCRYPT 2016), split
 * as arkworks splits it: the R1CS → QAP reduction ({@link org.zkopml.groth16.Qap}, by NTTs on a coset), the
 * setup ({@link org.zkopml.groth16.Setup}) — one-party, with its secrets shown as
 * {@link org.zkopml.groth16.ToxicWaste} and abused by {@link org.zkopml.groth16.Forgery}, or in two phases as
 * the field runs it: the universal powers of tau ({@link org.zkopml.groth16.PowersOfTau}) made by a multi-party
 * {@link org.zkopml.groth16.PowersOfTauCeremony} and kept in snarkjs's {@code .ptau}
 * ({@link org.zkopml.groth16.PtauFile}), then a circuit's key derived from them and its δ re-randomised by a
 * phase-2 {@link org.zkopml.groth16.Ceremony} ({@link org.zkopml.groth16.Phase2}) —, the
 * {@link org.zkopml.groth16.Prover} and the
 * {@link org.zkopml.groth16.Verifier}, keys and proofs as immutable records, and snarkjs interoperability:
 * {@link org.zkopml.groth16.Zkey} ({@code .zkey} proving keys), {@link org.zkopml.groth16.SnarkjsJson}
 * ({@code proof.json}, {@code public.json}, {@code verification_key.json}) and the peer runner
 * {@link org.zkopml.groth16.Snarkjs}.
 */
package org.zkopml.groth16;
