/**
 * Finite fields: the BN254 base field {@link org.zkopml.field.Fp} and scalar field {@link org.zkopml.field.Fr}
 * (Montgomery arithmetic on four 64-bit limbs, parameters as data in {@link org.zkopml.field.MontgomeryParams}),
 * the extension tower Fp2 = Fp[u]/(u²+1), Fp6 = Fp2[v]/(v³−(9+u)), Fp12 = Fp6[w]/(w²−v) used by the pairing,
 * and hand-sized fields ({@link org.zkopml.field.SmallPrimeField}, {@link org.zkopml.field.SmallExtensionField})
 * for examples small enough to check with pencil and paper.
 */
package org.zkopml.field;
