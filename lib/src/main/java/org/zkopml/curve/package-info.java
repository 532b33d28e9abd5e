/**
 * Elliptic curves y² = x³ + b in short Weierstrass form: the generic {@link org.zkopml.curve.Curve} /
 * {@link org.zkopml.curve.CurvePoint} (affine and Jacobian coordinates over any {@link org.zkopml.field.FieldElement}),
 * BN254's groups {@link org.zkopml.curve.G1} (over Fp, specialised for speed) and {@link org.zkopml.curve.G2}
 * (the sextic twist over Fp2), multi-scalar multiplication ({@link org.zkopml.curve.Msm}, Pippenger), the
 * hand-sized pairing-friendly curve {@link org.zkopml.curve.Bls6_6}, and the Ethereum precompiles
 * {@link org.zkopml.curve.Bn254Precompiles} (EIP-196, EIP-197).
 *
 * <p>Layering note: {@code Bn254Precompiles.ecPairing} calls {@code org.zkopml.pairing.Bn254Pairing}, the one place
 * where {@code curve} uses the package to its right; the class sits here because the issue fixes its name
 * ({@code org.zkopml.curve.Bn254Precompiles}), and everything else in {@code curve} depends only on {@code field}.
 */
package org.zkopml.curve;
