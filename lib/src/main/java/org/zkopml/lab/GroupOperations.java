package org.zkopml.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.zkopml.curve.GroupElement;
import org.zkopml.curve.Msm;
import org.zkopml.field.Fr;

/**
 * How many group additions and doublings an algorithm performs: the unit in which the cost of a
 * multi-scalar multiplication (MSM) Σ k_i·P_i is stated, independent of the machine and of its load. The
 * algorithms run on symbolic points that do no arithmetic and only count (the control flow of the kit's
 * generic {@link Msm#pippenger(GroupElement, List, List)} and of double-and-add does not depend on the points'
 * values), so counting an MSM of a million points takes a moment.
 *
 * <p>For λ-bit scalars: n separate double-and-add multiplications cost about λ doublings and λ/2 additions
 * each, ≈ 1.5·λ·n operations; Pippenger's bucket method with c-bit windows costs about (λ/c)·(n + 2^c)
 * additions, ≈ λ·n / log₂ n for the best c ≈ log₂ n — a saving that grows like log n.
 *
 * @param additions  group additions
 * @param doublings  point doublings
 */
public record GroupOperations(long additions, long doublings) {

    /** Additions plus doublings. */
    public long total() {
        return additions + doublings;
    }

    /** The operations of the kit's generic Pippenger MSM ({@link Msm#pippenger(GroupElement, List, List)}) on n points. */
    public static GroupOperations pippenger(int n, long seed) {
        return count(n, seed, (zero, points, scalars) -> Msm.pippenger(zero, points, scalars));
    }

    /** The operations of n separate double-and-add multiplications k_i·P_i (left to right), then n − 1 additions. */
    public static GroupOperations separateMultiplications(int n, long seed) {
        return count(n, seed, (zero, points, scalars) -> Msm.naive(zero, points, scalars));
    }

    /** An MSM algorithm over the counting points. */
    private interface Algorithm {
        Counted run(Counted zero, List<Counted> points, List<Fr> scalars);
    }

    private static GroupOperations count(int n, long seed, Algorithm algorithm) {
        Counter counter = new Counter();
        List<Counted> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) points.add(new Counted(counter, false));
        algorithm.run(new Counted(counter, true), points, scalars(n, seed));
        return counter.result();
    }

    private static List<Fr> scalars(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Fr> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Fr.random(rnd));
        return out;
    }

    /** Thread-safe counts (the MSM runs its windows in parallel). */
    private static final class Counter {
        final java.util.concurrent.atomic.LongAdder adds = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder dbls = new java.util.concurrent.atomic.LongAdder();

        GroupOperations result() {
            return new GroupOperations(adds.sum(), dbls.sum());
        }
    }

    /** A point that only counts what is done with it. */
    private record Counted(Counter counter, boolean isInfinity) implements GroupElement<Counted> {
        @Override
        public Counted identity() {
            return new Counted(counter, true);
        }

        @Override
        public Counted add(Counted q) {
            counter.adds.increment();
            return new Counted(counter, false);
        }

        @Override
        public Counted dbl() {
            counter.dbls.increment();
            return this;
        }

        @Override
        public Counted neg() {
            return this;
        }

        /** Double-and-add from the top bit: one doubling per bit below the top, one addition per further set bit. */
        @Override
        public Counted mul(Fr k) {
            java.math.BigInteger e = k.toBigInteger();
            for (int i = e.bitLength() - 2; i >= 0; i--) {
                counter.dbls.increment();
                if (e.testBit(i)) counter.adds.increment();
            }
            return new Counted(counter, e.signum() == 0);
        }
    }
}
