package org.zkopml.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zkopml.field.Fr;

/**
 * Σ kᵢ·Pᵢ by Pippenger equals the sum of the products, written once and run on G1 and G2 (the batched-affine engine
 * through {@link AffineLimbs}, and the generic bucket method on group elements): random inputs of several sizes,
 * across the parallel threshold, inputs that stress the bucket additions (opposite and repeated points, points at
 * infinity and not in affine form, scalars 0, 1 and −1, all scalars equal) and every window width.
 */
class MsmLawsTest {
    record Group<P extends GroupElement<P>>(String name, P generator, AffineLimbs<P> limbs,
                                           Function<List<P>, Function<List<Fr>, P>> msm, int largest) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Group<?>> groups() {
        return Stream.of(
                new Group<G1>("G1 (batched affine buckets)", G1.GENERATOR, G1.LIMBS, ps -> ks -> G1.msm(ps, ks), 1100),
                new Group<G1>("G1 (generic buckets)", G1.GENERATOR, G1.LIMBS, ps -> ks -> Msm.pippenger(G1.INFINITY, ps, ks), 300),
                new Group<G2>("G2 (batched affine buckets)", G2.GENERATOR, G2.LIMBS, ps -> ks -> G2.msm(ps, ks), 1030));
    }

    /** Random points (some O, some not affine, some the negation or a copy of the one before) and scalars. */
    static <P extends GroupElement<P>> List<P> points(P generator, int n, SplittableRandom rng) {
        List<P> pts = new ArrayList<>();
        P step = generator.mul(Fr.random(rng)), acc = generator.mul(Fr.random(rng));
        for (int i = 0; i < n; i++) {
            acc = acc.add(step);                                    // Jacobian, Z ≠ 1
            P p = i % 7 == 3 ? generator.identity() : acc;
            pts.add(i % 9 == 4 && i > 0 ? pts.get(i - 1).neg() : i % 10 == 6 && i > 0 ? pts.get(i - 1) : p);
        }
        return pts;
    }

    static List<Fr> scalars(int n, SplittableRandom rng) {
        List<Fr> ks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ks.add(i % 11 == 5 ? Fr.ZERO : i % 13 == 6 ? Fr.ONE.neg() : i % 17 == 8 ? Fr.ONE : Fr.random(rng));
        }
        return ks;
    }

    @ParameterizedTest
    @MethodSource("groups")
    <P extends GroupElement<P>> void pippengerIsTheSumOfProducts(Group<P> g) {
        SplittableRandom rng = new SplittableRandom(21);
        for (int n : new int[] {0, 1, 15, 16, 31, 32, 70, Msm.PARALLEL_THRESHOLD + 3, g.largest()}) {
            if (n > g.largest()) continue;
            List<P> pts = points(g.generator(), n, rng);
            List<Fr> ks = scalars(n, rng);
            assertEquals(Msm.naive(g.generator().identity(), pts, ks), g.msm().apply(pts).apply(ks), g + ": msm of " + n);
        }
    }

    /** Many equal digits: one bucket takes (almost) every point, the others stay empty. */
    @ParameterizedTest
    @MethodSource("groups")
    <P extends GroupElement<P>> void equalScalarsFillOneBucket(Group<P> g) {
        SplittableRandom rng = new SplittableRandom(22);
        int n = Math.min(g.largest(), 300);
        List<P> pts = points(g.generator(), n, rng);
        P sum = g.generator().identity();
        for (P p : pts) sum = sum.add(p);
        for (Fr k : List.of(Fr.ONE, Fr.of(3), Fr.ONE.neg(), Fr.random(rng))) {
            assertEquals(sum.mul(k), g.msm().apply(pts).apply(Collections.nCopies(n, k)), g + ": all scalars " + k);
        }
        List<P> same = Collections.nCopies(n, g.generator());      // every pair of a round is a doubling
        assertEquals(g.generator().mul(Fr.of(2L * n)), g.msm().apply(same).apply(Collections.nCopies(n, Fr.of(2))), g + ": one point n times");
    }

    /** The engine gives the same sum with every window width it may choose (2..12 bits for up to 2^16 points). */
    @ParameterizedTest
    @MethodSource("groups")
    <P extends GroupElement<P>> void everyWindowWidthGivesTheSameSum(Group<P> g) {
        if (g.name().contains("generic")) return;                  // the engine only
        SplittableRandom rng = new SplittableRandom(23);
        int n = 100;
        List<P> pts = points(g.generator(), n, rng);
        List<Fr> ks = scalars(n, rng);
        P want = Msm.naive(g.generator().identity(), pts, ks);
        Msm.Scalars limbs = Msm.Scalars.of(ks);
        for (int c = 2; c <= 12; c++) {
            assertEquals(want, Msm.pippenger(g.limbs(), pts, limbs, c), g + ": window of " + c + " bits");
        }
    }
}
