/**
 * Sigma protocols, starting with Schnorr's proof of knowledge of a discrete log: "I know x with X = x·G".
 *
 * <pre>
 *   prover                                  verifier
 *   r ← Z_q,  T = r·G      ── Commitment T ──▶
 *                          ◀── Challenge c ──   c ← Z_q
 *   s = r + c·x mod q      ── Response s  ──▶   accept iff s·G = T + c·X
 * </pre>
 * The protocol is written once over {@link org.zkopml.sigma.PrimeOrderGroup} (parameters are data) and
 * runs on a hand-sized {@link org.zkopml.sigma.ModularSubgroup}, on secp256k1
 * ({@link org.zkopml.sigma.NamedCurveGroup}, BouncyCastle) and on BN254's G1
 * ({@link org.zkopml.sigma.Bn254G1Group}). Verifiers return a {@link org.zkopml.values.Verdict}. Besides the
 * {@link org.zkopml.sigma.SchnorrProver interactive prover} and {@link org.zkopml.sigma.SchnorrVerifier
 * verifier} the package shows the three properties that make it a zero-knowledge proof of knowledge:
 * completeness, honest-verifier zero knowledge ({@link org.zkopml.sigma.SchnorrSimulator}) and special
 * soundness ({@link org.zkopml.sigma.SchnorrExtractor}); the non-interactive version
 * ({@link org.zkopml.sigma.FiatShamirSchnorr}); and the weak Fiat–Shamir pitfall
 * ({@link org.zkopml.sigma.WeakFiatShamirForgery}).
 */
package org.zkopml.sigma;
