package org.zkopml.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.field.Fp;
import org.zkopml.field.Fr;

/** The group laws, written once and run on BN254 G1 (specialised and generic), G2, and BLS6_6's G1 and G2. */
class GroupLawsTest {

    static BigInteger randomScalar(RandomGenerator rng, BigInteger order) {
        return new BigInteger(order.bitLength() + 8, new java.util.Random(rng.nextLong())).mod(order);
    }

    static Stream<GroupInstance<?>> groups() {
        return Stream.of(
                new GroupInstance<>("BN254 G1", G1.ORDER, G1.INFINITY,
                        rng -> G1.GENERATOR.mul(Fr.random(rng)), G1::add, G1::neg, G1::dbl, G1::mul, G1::isOnCurve),
                new GroupInstance<CurvePoint<Fp>>("BN254 G1 (generic)", G1.ORDER, G1.CURVE.infinity(),
                        rng -> G1.CURVE.generator().mul(randomScalar(rng, G1.ORDER)), CurvePoint::add,
                        CurvePoint::neg, CurvePoint::dbl, CurvePoint::mul, CurvePoint::isOnCurve),
                new GroupInstance<>("BN254 G2", G2.ORDER, G2.INFINITY,
                        rng -> G2.GENERATOR.mul(Fr.random(rng)), G2::add, G2::neg, G2::dbl, G2::mul, G2::isOnCurve),
                new GroupInstance<>("BLS6_6 G1", Bls6_6.R, Bls6_6.G1.infinity(),
                        rng -> Bls6_6.G1.generator().mul(rng.nextLong(13)), CurvePoint::add,
                        CurvePoint::neg, CurvePoint::dbl, CurvePoint::mul, CurvePoint::isOnCurve),
                new GroupInstance<>("BLS6_6 G2", Bls6_6.R, Bls6_6.G2.infinity(),
                        rng -> Bls6_6.G2.generator().mul(rng.nextLong(13)), CurvePoint::add,
                        CurvePoint::neg, CurvePoint::dbl, CurvePoint::mul, CurvePoint::isOnCurve));
    }

    private static RandomGenerator rng(GroupInstance<?> g) {
        return new SplittableRandom(0xC0FFEEL + g.name().hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    <P> void additionIsAssociativeAndCommutative(GroupInstance<P> g) {
        RandomGenerator rng = rng(g);
        for (int i = 0; i < 20; i++) {
            P a = g.random().apply(rng), b = g.random().apply(rng), c = g.random().apply(rng);
            assertEquals(g.add().apply(g.add().apply(a, b), c), g.add().apply(a, g.add().apply(b, c)), "(a+b)+c = a+(b+c)");
            assertEquals(g.add().apply(a, b), g.add().apply(b, a), "a+b = b+a");
            assertTrue(g.onCurve().test(g.add().apply(a, b)), "a+b is on the curve");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    <P> void identityInverseAndDoubling(GroupInstance<P> g) {
        RandomGenerator rng = rng(g);
        for (int i = 0; i < 20; i++) {
            P a = g.random().apply(rng);
            assertEquals(a, g.add().apply(a, g.identity()), "a+O = a");
            assertEquals(a, g.add().apply(g.identity(), a), "O+a = a");
            assertEquals(g.identity(), g.add().apply(a, g.neg().apply(a)), "a+(−a) = O");
            assertEquals(g.dbl().apply(a), g.add().apply(a, a), "2a = a+a");
            assertEquals(g.add().apply(g.dbl().apply(a), a), g.mul().apply(a, BigInteger.valueOf(3)), "3a = 2a+a");
        }
        assertEquals(g.identity(), g.dbl().apply(g.identity()), "2O = O");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    <P> void scalarMultiplicationIsLinearAndOrderKills(GroupInstance<P> g) {
        RandomGenerator rng = rng(g);
        for (int i = 0; i < 5; i++) {
            P a = g.random().apply(rng);
            BigInteger s = randomScalar(rng, g.order()), t = randomScalar(rng, g.order());
            assertEquals(g.add().apply(g.mul().apply(a, s), g.mul().apply(a, t)), g.mul().apply(a, s.add(t)), "sa+ta = (s+t)a");
            assertEquals(g.mul().apply(g.mul().apply(a, s), t), g.mul().apply(a, s.multiply(t)), "t(sa) = (st)a");
            assertEquals(g.identity(), g.mul().apply(a, g.order()), "r·a = O");
            assertEquals(g.neg().apply(a), g.mul().apply(a, g.order().subtract(BigInteger.ONE)), "(r−1)a = −a");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    <P> void generatorIsNotTheIdentity(GroupInstance<P> g) {
        P a = g.mul().apply(g.random().apply(rng(g)), BigInteger.ZERO);
        assertEquals(g.identity(), a, "0·a = O");
        P one = g.random().apply(rng(g));
        while (one.equals(g.identity())) {
            one = g.random().apply(rng(g));
        }
        assertNotEquals(g.identity(), one);
    }
}
