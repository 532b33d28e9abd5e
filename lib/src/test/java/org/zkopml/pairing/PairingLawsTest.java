package org.zkopml.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.curve.Bls6_6;
import org.zkopml.curve.CurvePoint;
import org.zkopml.curve.G1;
import org.zkopml.curve.G2;
import org.zkopml.field.Fp12;
import org.zkopml.field.SmallExtensionElement;
import org.zkopml.field.SmallFieldElement;

/** Pairing laws, written once and run on BN254's optimal ate pairing and on BLS6_6's Tate and Weil pairings. */
class PairingLawsTest {

    static Stream<PairingInstance<?, ?, ?>> pairings() {
        return Stream.of(
                new PairingInstance<G1, G2, Fp12>("BN254 optimal ate", G1.ORDER, G1.GENERATOR, G2.GENERATOR,
                        G1::mul, G2::mul, Bn254Pairing::pair, Fp12::pow, Fp12::mul, Fp12::isOne),
                new PairingInstance<CurvePoint<SmallFieldElement>, CurvePoint<SmallExtensionElement>, SmallExtensionElement>(
                        "BLS6_6 reduced Tate", Bls6_6.R, Bls6_6.G1.generator(), Bls6_6.G2.generator(),
                        CurvePoint::mul, CurvePoint::mul, TatePairing::bls6_6, SmallExtensionElement::pow,
                        SmallExtensionElement::mul, e -> e.equals(e.one())),
                new PairingInstance<CurvePoint<SmallFieldElement>, CurvePoint<SmallExtensionElement>, SmallExtensionElement>(
                        "BLS6_6 Weil", Bls6_6.R, Bls6_6.G1.generator(), Bls6_6.G2.generator(),
                        CurvePoint::mul, CurvePoint::mul, TatePairing::bls6_6Weil, SmallExtensionElement::pow,
                        SmallExtensionElement::mul, e -> e.equals(e.one())));
    }

    private static BigInteger scalar(SplittableRandom rng, BigInteger order) {
        return new BigInteger(order.bitLength() + 8, new java.util.Random(rng.nextLong())).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    <P, Q, T> void bilinearity_eaPbQ_equals_ePQ_pow_ab(PairingInstance<P, Q, T> e) {
        SplittableRandom rng = new SplittableRandom(21);
        T base = e.pair().apply(e.g1(), e.g2());
        for (int i = 0; i < 3; i++) {
            BigInteger a = scalar(rng, e.order()), b = scalar(rng, e.order());
            T lhs = e.pair().apply(e.mul1().apply(e.g1(), a), e.mul2().apply(e.g2(), b));
            assertEquals(e.pow().apply(base, a.multiply(b)), lhs, "e(aP, bQ) = e(P, Q)^(ab)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    <P, Q, T> void linearityInEachArgument(PairingInstance<P, Q, T> e) {
        SplittableRandom rng = new SplittableRandom(22);
        BigInteger a = scalar(rng, e.order()), b = scalar(rng, e.order());
        P pa = e.mul1().apply(e.g1(), a), pb = e.mul1().apply(e.g1(), b);
        Q q = e.mul2().apply(e.g2(), scalar(rng, e.order()));
        // e(P1 + P2, Q) = e(P1, Q) · e(P2, Q), with P1 + P2 = (a + b)·G
        assertEquals(e.mulT().apply(e.pair().apply(pa, q), e.pair().apply(pb, q)),
                e.pair().apply(e.mul1().apply(e.g1(), a.add(b)), q), "e(P1+P2, Q) = e(P1,Q)·e(P2,Q)");
        Q qa = e.mul2().apply(e.g2(), a), qb = e.mul2().apply(e.g2(), b);
        assertEquals(e.mulT().apply(e.pair().apply(e.g1(), qa), e.pair().apply(e.g1(), qb)),
                e.pair().apply(e.g1(), e.mul2().apply(e.g2(), a.add(b))), "e(P, Q1+Q2) = e(P,Q1)·e(P,Q2)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    <P, Q, T> void nonDegeneracyAndOrderR(PairingInstance<P, Q, T> e) {
        T g = e.pair().apply(e.g1(), e.g2());
        assertFalse(e.isOne().test(g), "e(G1, G2) ≠ 1");
        assertTrue(e.isOne().test(e.pow().apply(g, e.order())), "e(G1, G2)^r = 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    <P, Q, T> void pairingWithIdentityIsOne(PairingInstance<P, Q, T> e) {
        P o1 = e.mul1().apply(e.g1(), e.order());
        Q o2 = e.mul2().apply(e.g2(), e.order());
        assertTrue(e.isOne().test(e.pair().apply(o1, e.g2())), "e(O, Q) = 1");
        assertTrue(e.isOne().test(e.pair().apply(e.g1(), o2)), "e(P, O) = 1");
    }
}
