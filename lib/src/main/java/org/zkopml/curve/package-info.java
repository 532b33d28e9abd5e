/**
 * Elliptic curves y² = x³ + b in short Weierstrass form: the generic {@link org.zkopml.curve.Curve} /
 * {@link org.zkopml.curve.CurvePoint} (affine and Jacobian coordinates over any {@link org.zkopml.field.FieldElement}),
 * BN254's groups {@link org.zkopml.curve.G1} (over Fp, specialised for speed) and {@link org.zkopml.curve.G2}
 * (the sextic twist over Fp2), both {@link org.zkopml.curve.GroupElement}s, multi-scalar multiplication
 * ({@link org.zkopml.curve.Msm}, Pippenger, on G1 and G2), and the hand-sized pairing-friendly curve
 * {@link org.zkopml.curve.Bls6_6}.
 *
 * <p>Points cannot lie: every public way to make a G1, G2 or CurvePoint checks the curve equation (and, for
 * G2, the subgroup), and {@code x()}/{@code y()} always mean affine coordinates. The EVM byte encoding of
 * points (EIP-196/197) is defined here, next to the types ({@code toEvm}/{@code fromEvm}); the precompiles
 * that use it are in {@code org.zkopml.evm}. {@code curve} depends only on {@code field} (and {@code values}).
 */
package org.zkopml.curve;
