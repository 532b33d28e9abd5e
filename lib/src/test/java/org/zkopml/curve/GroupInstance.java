package org.zkopml.curve;

import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A prime-order group under test, seen through its operations; {@link GroupLawsTest} runs the same laws on
 * every instance.
 */
record GroupInstance<P>(String name, BigInteger order, P identity, Function<RandomGenerator, P> random,
                        BinaryOperator<P> add, UnaryOperator<P> neg, UnaryOperator<P> dbl,
                        BiFunction<P, BigInteger, P> mul, Predicate<P> onCurve) {
    @Override
    public String toString() {
        return name;
    }
}
