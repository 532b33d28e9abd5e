package org.zkopml.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The field axioms, written once and run on every field of the kit (seeded random elements). */
class FieldLawsTest {

    static final int TRIALS = 200;

    static Stream<FieldInstance<?>> fields() {
        SmallExtensionField f43_6 = new SmallExtensionField(new SmallPrimeField(43), new long[] {6, 0, 0, 0, 0, 0, 1});
        return Stream.of(
                new FieldInstance<>("Fp", Fp::random),
                new FieldInstance<>("Fr", Fr::random),
                new FieldInstance<>("F_101", SmallPrimeField.F101::random),
                new FieldInstance<>("F_43^6", f43_6::random),
                new FieldInstance<>("Fp2", Fp2::random),
                new FieldInstance<>("Fp6", Fp6::random),
                new FieldInstance<>("Fp12", Fp12::random));
    }

    private static RandomGenerator rng(FieldInstance<?> f) {
        return new SplittableRandom(0x5eedL + f.name().hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void additionIsAssociativeAndCommutative(FieldInstance<E> f) {
        RandomGenerator rng = rng(f);
        for (int i = 0; i < TRIALS; i++) {
            E a = f.random(rng), b = f.random(rng), c = f.random(rng);
            assertEquals(a.add(b).add(c), a.add(b.add(c)), "(a+b)+c = a+(b+c)");
            assertEquals(a.add(b), b.add(a), "a+b = b+a");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void multiplicationIsAssociativeAndCommutative(FieldInstance<E> f) {
        RandomGenerator rng = rng(f);
        for (int i = 0; i < TRIALS; i++) {
            E a = f.random(rng), b = f.random(rng), c = f.random(rng);
            assertEquals(a.mul(b).mul(c), a.mul(b.mul(c)), "(ab)c = a(bc)");
            assertEquals(a.mul(b), b.mul(a), "ab = ba");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void multiplicationDistributesOverAddition(FieldInstance<E> f) {
        RandomGenerator rng = rng(f);
        for (int i = 0; i < TRIALS; i++) {
            E a = f.random(rng), b = f.random(rng), c = f.random(rng);
            assertEquals(a.mul(b.add(c)), a.mul(b).add(a.mul(c)), "a(b+c) = ab+ac");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void identitiesAndInverses(FieldInstance<E> f) {
        RandomGenerator rng = rng(f);
        for (int i = 0; i < TRIALS; i++) {
            E a = f.random(rng);
            assertEquals(a, a.add(a.zero()), "a+0 = a");
            assertEquals(a, a.mul(a.one()), "a·1 = a");
            assertTrue(a.add(a.neg()).isZero(), "a+(−a) = 0");
            assertEquals(a.sub(a.one()), a.add(a.one().neg()), "a−b = a+(−b)");
            assertEquals(a.square(), a.mul(a), "a² = a·a");
            if (!a.isZero()) {
                assertEquals(a.one(), a.mul(a.inverse()), "a·a⁻¹ = 1");
            }
        }
        assertThrows(ArithmeticException.class, () -> f.random(rng).zero().inverse(), "0 has no inverse");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void powersAddExponents(FieldInstance<E> f) {
        RandomGenerator rng = rng(f);
        for (int i = 0; i < 20; i++) {
            E a = f.random(rng);
            long m = rng.nextLong(1, 1000), n = rng.nextLong(1, 1000);
            assertEquals(a.pow(m).mul(a.pow(n)), a.pow(m + n), "a^m·a^n = a^(m+n)");
            assertEquals(a.pow(m).pow(n), a.pow(BigInteger.valueOf(m * n)), "(a^m)^n = a^(mn)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <E extends FieldElement<E>> void zeroAndOneDiffer(FieldInstance<E> f) {
        E a = f.random(rng(f));
        assertTrue(a.zero().isZero());
        assertTrue(!a.one().isZero(), "1 ≠ 0");
    }
}
