package org.zkopml.sigma;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Schnorr's laws on secp256k1 (BouncyCastle). */
class Secp256k1SchnorrTest extends SchnorrLaws<ECPoint> {
    @Override
    PrimeOrderGroup<ECPoint> group() {
        return NamedCurveGroup.SECP256K1;
    }

    @Override
    ECPoint nonElement() {
        return NamedCurveGroup.SECP256K1.generator().getCurve().createPoint(BigInteger.ONE, BigInteger.ONE);
    }

    @Test
    void parametersAreSecp256k1() {
        NamedCurveGroup g = NamedCurveGroup.SECP256K1;
        assertEquals(new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16), g.order());
        // 2·G, from SEC 2 / the Bitcoin literature
        ECPoint twoG = g.multiplyGenerator(BigInteger.TWO);
        assertEquals(new BigInteger("C6047F9441ED7D6D3045406E95C07CD85C778E4B8CEF3CA7ABAC09B95C709EE5", 16),
                twoG.getAffineXCoord().toBigInteger());
        assertEquals(33, g.encode(twoG).length);
        assertThrows(IllegalArgumentException.class, () -> NamedCurveGroup.named("no-such-curve"));
        assertThrows(IllegalArgumentException.class, () -> NamedCurveGroup.named("sect163k1"), "cofactor 2 is refused");
    }
}
