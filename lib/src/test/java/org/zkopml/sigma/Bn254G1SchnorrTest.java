package org.zkopml.sigma;

import org.zkopml.curve.G1;
import org.zkopml.field.Fp;

/** Schnorr's laws on BN254 G1. */
class Bn254G1SchnorrTest extends SchnorrLaws<G1> {
    @Override
    PrimeOrderGroup<G1> group() {
        return Bn254G1Group.INSTANCE;
    }

    @Override
    G1 nonElement() {
        return new G1(Fp.ONE, Fp.ONE, Fp.ONE); // (1, 1): 1 ≠ 1 + 3
    }
}
