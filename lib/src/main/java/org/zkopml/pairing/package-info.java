/**
 * Pairings: the optimal ate pairing on BN254 ({@link org.zkopml.pairing.Bn254Pairing}: Miller loop and final
 * exponentiation, e: G1 × G2 → GT ⊂ F_p¹²) with a product-of-pairings check, and the hand-sized Tate and Weil
 * pairings on BLS6_6 ({@link org.zkopml.pairing.TatePairing}) computed by the same Miller-loop idea with
 * every intermediate value small enough to print.
 */
package org.zkopml.pairing;
