package org.zkopml.sigma;

import org.zkopml.curve.G1;

/** Schnorr's laws on BN254 G1. */
class Bn254G1SchnorrTest extends SchnorrLaws<G1> {
    @Override
    PrimeOrderGroup<G1> group() {
        return Bn254G1Group.INSTANCE;
    }

    @Override
    G1 nonElement() {
        // every G1 value is on the curve (G1.of(1, 1) throws): the only non-element left is a missing one
        return null;
    }
}
