package org.zkopml.pairing;

import java.math.BigInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A pairing under test: generators of G1 and G2, the group order, scalar multiplication in each group, the
 * pairing itself and GT's operations. {@link PairingLawsTest} runs the same laws on every instance.
 */
record PairingInstance<P, Q, T>(String name, BigInteger order, P g1, Q g2,
                                BiFunction<P, BigInteger, P> mul1, BiFunction<Q, BigInteger, Q> mul2,
                                BiFunction<P, Q, T> pair, BiFunction<T, BigInteger, T> pow,
                                BiFunction<T, T, T> mulT, Predicate<T> isOne) {
    @Override
    public String toString() {
        return name;
    }
}
