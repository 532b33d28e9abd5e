package org.zkopml.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.field.Fr;

/** Σ kᵢ·Pᵢ by Pippenger equals the sum of the products, written once and run on G1 and G2. */
class MsmLawsTest {
    record Group<P extends GroupElement<P>>(String name, P generator, Function<List<P>, Function<List<Fr>, P>> msm) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Group<?>> groups() {
        return Stream.of(
                new Group<G1>("G1 (batched affine buckets)", G1.GENERATOR, ps -> ks -> G1.msm(ps, ks)),
                new Group<G1>("G1 (generic buckets)", G1.GENERATOR, ps -> ks -> Msm.pippenger(G1.INFINITY, ps, ks)),
                new Group<G2>("G2", G2.GENERATOR, ps -> ks -> G2.msm(ps, ks)));
    }

    @ParameterizedTest
    @MethodSource("groups")
    <P extends GroupElement<P>> void pippengerIsTheSumOfProducts(Group<P> g) {
        SplittableRandom rng = new SplittableRandom(21);
        for (int n : new int[] {0, 1, 31, 32, 70}) {
            List<P> pts = new ArrayList<>();
            List<Fr> ks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                P p = i % 7 == 3 ? g.generator().identity() : g.generator().mul(Fr.random(rng));
                pts.add(i % 9 == 4 && i > 0 ? pts.get(i - 1).neg() : p);       // opposite points cancel in buckets
                ks.add(i % 11 == 5 ? Fr.ZERO : i % 13 == 6 ? Fr.ONE.neg() : Fr.random(rng));
            }
            assertEquals(Msm.naive(g.generator().identity(), pts, ks), g.msm().apply(pts).apply(ks), g + ": msm of " + n);
        }
    }
}
