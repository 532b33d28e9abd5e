/**
 * Elliptic curves y² = x³ + b in short Weierstrass form: the generic {@link org.zkopml.curve.Curve} /
 * {@link org.zkopml.curve.CurvePoint} (affine and Jacobian coordinates over any {@link org.zkopml.field.FieldElement}),
 * BN254's groups {@link org.zkopml.curve.G1} (over Fp, specialised for speed) and {@link org.zkopml.curve.G2}
 * (the sextic twist over Fp2), multi-scalar multiplication ({@link org.zkopml.curve.Msm}, Pippenger), the
 * hand-sized pairing-friendly curve {@link org.zkopml.curve.Bls6_6}, and the Ethereum precompiles
 * {@link org.zkopml.curve.Bn254Precompiles} (EIP-196, EIP-197).
 */
package org.zkopml.curve;
