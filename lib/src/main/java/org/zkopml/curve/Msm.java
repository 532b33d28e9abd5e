package org.zkopml.curve;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.zkopml.field.Fr;
import org.zkopml.field.LimbArithmetic;
import org.zkopml.field.LimbField;

/**
 * Multi-scalar multiplication Σ kᵢ·Pᵢ in G1 or G2 (any {@link GroupElement}) by Pippenger's bucket method (N. Pippenger,
 * "On the evaluation of powers and related problems", FOCS 1976; in the form used by zk provers):
 *
 * <ol>
 *   <li>cut every scalar into windows of c bits, kᵢ = Σ_w dᵢ,w · 2^(cw), with signed digits
 *       −2^(c−1) ≤ d ≤ 2^(c−1) (a digit above half borrows from the next window), so a window needs only
 *       2^(c−1) buckets and −P costs nothing (the negated y is computed once per point);</li>
 *   <li>for each window w, drop ±Pᵢ into bucket |dᵢ,w|;</li>
 *   <li>a window's sum Σ_d d·B_d is a running sum from the top bucket down (two additions per bucket);</li>
 *   <li>combine windows by Horner: S = (…(S_top·2^c + S_top−1)·2^c …) + S_0.</li>
 * </ol>
 * The cost is about (255/c)·(n + 2^c) additions instead of ~254·n/2 for n separate multiplications. One engine
 * serves G1 and G2: the points are raw limbs of their coordinate field ({@link AffineLimbs}); a window's points are
 * sorted into their buckets and each bucket summed by rounds of independent affine additions, all the additions of a
 * round sharing one field inversion ({@link BucketWindow}); the bucket sums are Jacobian ({@link JacobianLimbs}).
 * Windows are independent, so from {@link #PARALLEL_THRESHOLD} points on they run on all cores. {@link #pippenger(GroupElement, List, List)} is the same method on group elements with plain additions
 * (for any group, and as a reference for the tests).
 */
public final class Msm {

    /** Bits of a scalar of F_r. */
    private static final int SCALAR_BITS = 254;

    /**
     * Below this many points an MSM runs its windows on one thread: measured with {@code bench/…/MsmWindowBenchmark}
     * on the project's 2-core machine (docs/performance.md), splitting smaller ones across cores costs more than it
     * saves.
     */
    public static final int PARALLEL_THRESHOLD = 1 << 10;

    /** Below this many points the separate products are cheaper than the windows. */
    private static final int NAIVE_BELOW = 16;

    private Msm() {
    }

    /**
     * Scalars cut into canonical 64-bit limbs once (a Montgomery reduction each), so that several MSMs of the same
     * scalars (Groth16's A, B₁ and B₂ queries) convert them only once.
     */
    public static final class Scalars {
        final long[] limbs;
        final int count;
        final int bits;

        private Scalars(long[] limbs, int count, int bits) {
            this.limbs = limbs;
            this.count = count;
            this.bits = bits;
        }

        /** The canonical limbs of each scalar. */
        public static Scalars of(List<Fr> scalars) {
            int n = scalars.size();
            long[] limbs = new long[4 * n];
            for (int i = 0; i < n; i++) {
                scalars.get(i).canonicalLimbs(limbs, 4 * i);
            }
            return new Scalars(limbs, n, SCALAR_BITS);
        }

        /**
         * count uniformly random scalars of {@code bits} ≤ 64 bits (random linear combinations), from one bulk
         * {@code nextBytes} of the generator (for a {@link java.security.SecureRandom}, one read of the system's
         * source instead of one per scalar).
         */
        public static Scalars random(int count, int bits, RandomGenerator rng) {
            if (bits < 1 || bits > 64) {
                throw new IllegalArgumentException("random scalars have 1..64 bits, got " + bits);
            }
            int bytes = (bits + 7) / 8;
            byte[] random = new byte[count * bytes];
            rng.nextBytes(random);
            long[] limbs = new long[4 * count];
            long mask = bits == 64 ? -1L : (1L << bits) - 1;
            for (int i = 0; i < count; i++) {
                long v = 0;
                for (int k = 0; k < bytes; k++) {
                    v = (v << 8) | (random[i * bytes + k] & 0xff);
                }
                limbs[4 * i] = v & mask;
            }
            return new Scalars(limbs, count, bits);
        }

        /**
         * Scalars of F_r given as Montgomery limbs (element i at 4i, as {@link org.zkopml.poly.EvaluationDomain}'s
         * transforms leave them), reduced to canonical limbs in place: the array becomes the scalars' storage.
         */
        public static Scalars fromMontgomery(long[] limbs) {
            int n = limbs.length / 4;
            long[] one = {1, 0, 0, 0};
            for (int i = 0; i < n; i++) {
                LimbArithmetic.mul(Fr.PARAMS, limbs, 4 * i, one, 0, limbs, 4 * i);    // ā·1·R⁻¹ = a
            }
            return new Scalars(limbs, n, SCALAR_BITS);
        }

        /** The scalars from..to−1 (a copy of their limbs). */
        public Scalars slice(int from, int to) {
            if (from < 0 || to > count || from > to) {
                throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + count + " scalars");
            }
            return new Scalars(java.util.Arrays.copyOfRange(limbs, 4 * from, 4 * to), to - from, bits);
        }

        /** The number of scalars. */
        public int size() {
            return count;
        }
    }

    /**
     * The window width c for n points: measured per size with {@code bench/…/MsmWindowBenchmark} (the fastest c for
     * G1 on the project's 2-core machine, docs/performance.md); the table's entries are the sizes 2^k, and between
     * them the nearest smaller one is used.
     */
    public static int windowBits(int n) {
        int log = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
        return WINDOW_BY_LOG2[Math.min(log, WINDOW_BY_LOG2.length - 1)];
    }

    /** windowBits for 2^0 … 2^24 points. */
    private static final int[] WINDOW_BY_LOG2 = {2, 2, 2, 3, 4, 4, 5, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 15, 16, 16, 16, 16, 16};

    /** Σ kᵢ·Pᵢ by adding the separate products (the definition; for tests and tiny inputs). */
    public static G1 naive(List<G1> points, List<Fr> scalars) {
        return naive(G1.INFINITY, points, scalars);
    }

    /** Σ kᵢ·Pᵢ in G1; the lists must have the same length. */
    public static G1 pippenger(List<G1> points, List<Fr> scalars) {
        return pippenger(G1.LIMBS, points, scalars);
    }

    /** Σ kᵢ·Pᵢ in the group described by {@code group} (the batched-affine engine); the lists must have the same length. */
    public static <P extends GroupElement<P>> P pippenger(AffineLimbs<P> group, List<P> points, List<Fr> scalars) {
        checkSizes(points, scalars.size());
        if (points.size() < NAIVE_BELOW) {
            return naive(group.fromJacobian(new long[3 * group.field().width()], 0), points, scalars);
        }
        return pippenger(group, points, Scalars.of(scalars));
    }

    /** Σ kᵢ·Pᵢ with scalars already in limbs, the window width chosen by {@link #windowBits}. */
    public static <P extends GroupElement<P>> P pippenger(AffineLimbs<P> group, List<P> points, Scalars scalars) {
        return pippenger(group, points, scalars, windowBits(points.size()));
    }

    /** Σ kᵢ·Pᵢ with windows of c bits (1 &lt; c ≤ 24; for measuring which c is fastest). */
    public static <P extends GroupElement<P>> P pippenger(AffineLimbs<P> group, List<P> points, Scalars scalars, int c) {
        return pippenger(group, points, scalars, c, points.size() >= PARALLEL_THRESHOLD);
    }

    /**
     * Σ kᵢ·Pᵢ with windows of c bits, the windows spread over all cores or not (for measuring
     * {@link #PARALLEL_THRESHOLD}).
     */
    public static <P extends GroupElement<P>> P pippenger(AffineLimbs<P> group, List<P> points, Scalars scalars, int c,
                                                          boolean parallel) {
        checkSizes(points, scalars.count);
        if (c < 2 || c > 24) {
            throw new IllegalArgumentException("window width must be 2..24 bits, got " + c);
        }
        LimbField f = group.field();
        int n = points.size(), w = f.width(), stride = 3 * w;
        long[] pts = new long[n * stride];
        boolean[] infinity = new boolean[n];
        affinePoints(group, points, pts, infinity);
        int windows = (scalars.bits + 1 + c - 1) / c;                  // one spare bit for the last borrow
        int[][] digits = signedDigits(scalars, c, windows, infinity);
        long[] sums = new long[windows * stride];
        Queue<BucketWindow> idle = new ConcurrentLinkedQueue<>();
        IntStream range = IntStream.range(0, windows);
        (parallel ? range.parallel() : range).forEach(win -> {
            BucketWindow bw = idle.poll();
            if (bw == null) {
                bw = new BucketWindow(f, pts, n, c);
            }
            bw.sum(digits[win], sums, win * stride);
            idle.add(bw);
        });
        JacobianLimbs jac = new JacobianLimbs(f);
        long[] total = new long[stride];
        jac.setInfinity(total, 0);
        for (int win = windows - 1; win >= 0; win--) {
            for (int i = 0; i < c && !jac.isInfinity(total, 0); i++) {
                jac.dbl(total, 0);
            }
            jac.add(total, 0, sums, win * stride);
        }
        return group.fromJacobian(total, 0);
    }

    /**
     * Writes the points to the engine's array: point i at i·3w holds affine x, y and −y; points at infinity are
     * flagged and take no part. Points with Z ≠ 1 are normalised together with one inversion (Montgomery's trick).
     */
    private static <P extends GroupElement<P>> void affinePoints(AffineLimbs<P> group, List<P> points, long[] pts,
                                                                 boolean[] infinity) {
        LimbField f = group.field();
        int n = points.size(), w = f.width(), stride = 3 * w;
        for (int i = 0; i < n; i++) {
            group.toJacobian(points.get(i), pts, i * stride);           // Z in the third slot for now
        }
        long[] one = new long[w];
        f.one(one, 0);
        int[] projective = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int z = i * stride + 2 * w;
            if (f.isZero(pts, z)) {
                infinity[i] = true;
            } else if (!f.equal(pts, z, one, 0)) {
                projective[m++] = i;
            }
        }
        if (m > 0) {
            normalise(f.forThread(), pts, stride, projective, m);
        }
        LimbField g = f.forThread();
        for (int i = 0; i < n; i++) {
            if (!infinity[i]) {
                g.neg(pts, i * stride + w, pts, i * stride + 2 * w);    // −y over the Z
            }
        }
    }

    /** x = X/Z², y = Y/Z³ for the m points listed, with one inversion for all (Montgomery's trick). */
    private static void normalise(LimbField g, long[] pts, int stride, int[] projective, int m) {
        int w = g.width();
        long[] prefix = new long[m * w], acc = new long[w], zi = new long[w], zi2 = new long[w];
        g.one(acc, 0);
        for (int j = 0; j < m; j++) {
            System.arraycopy(acc, 0, prefix, j * w, w);
            g.mul(acc, 0, pts, projective[j] * stride + 2 * w, acc, 0);
        }
        g.inverse(acc, 0, acc, 0);
        for (int j = m - 1; j >= 0; j--) {
            int o = projective[j] * stride;
            g.mul(acc, 0, prefix, j * w, zi, 0);
            g.mul(acc, 0, pts, o + 2 * w, acc, 0);
            g.square(zi, 0, zi2, 0);
            g.mul(pts, o, zi2, 0, pts, o);
            g.mul(zi2, 0, zi, 0, zi2, 0);
            g.mul(pts, o + w, zi2, 0, pts, o + w);
        }
    }

    /** The scalars cut into signed c-bit digits −2^(c−1) ≤ d ≤ 2^(c−1), digits[window][point]; 0 where skip[i]. */
    private static int[][] signedDigits(Scalars scalars, int c, int windows, boolean[] skip) {
        int n = scalars.count;
        int[][] digits = new int[windows][n];
        long[] k = scalars.limbs;
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            int carry = 0;
            for (int win = 0; win < windows; win++) {
                int d = digit(k, 4 * i, win * c, c) + carry;
                carry = d > (1 << (c - 1)) ? 1 : 0;
                digits[win][i] = d - (carry << c);
            }
        }
        return digits;
    }

    /** Bits shift .. shift+c−1 of the little-endian 256-bit number at k[o..o+3]. */
    static int digit(long[] k, int o, int shift, int c) {
        int limb = shift >>> 6, off = shift & 63;
        if (limb >= 4) {
            return 0;
        }
        long v = k[o + limb] >>> off;
        if (off + c > 64 && limb + 1 < 4) {
            v |= k[o + limb + 1] << (64 - off);
        }
        return (int) (v & ((1L << c) - 1));
    }

    /**
     * Σ kᵢ·Pᵢ in any group: the same signed windows and running bucket sums, with the group's own additions into
     * Jacobian buckets (one window at a time). {@code identity} is the group's O (the result for empty lists).
     */
    public static <P extends GroupElement<P>> P pippenger(P identity, List<P> points, List<Fr> scalars) {
        checkSizes(points, scalars.size());
        int n = points.size();
        if (n < NAIVE_BELOW) {
            return naive(identity, points, scalars);
        }
        int c = Math.max(2, windowBits(n) - 1);                      // Jacobian buckets: a bucket costs more
        int windows = (SCALAR_BITS + 1 + c - 1) / c;
        int[][] digits = signedDigits(Scalars.of(scalars), c, windows, null);
        P total = identity;
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c; i++) {
                total = total.dbl();
            }
            List<P> buckets = new java.util.ArrayList<>(java.util.Collections.nCopies(1 << (c - 1), identity));
            for (int i = 0; i < n; i++) {
                int d = digits[w][i];
                if (d != 0) {
                    int b = Math.abs(d) - 1;
                    buckets.set(b, buckets.get(b).add(d > 0 ? points.get(i) : points.get(i).neg()));
                }
            }
            P running = identity, acc = identity;
            for (int b = buckets.size() - 1; b >= 0; b--) {
                running = running.add(buckets.get(b));
                acc = acc.add(running);
            }
            total = total.add(acc);
        }
        return total;
    }

    /** Σ kᵢ·Pᵢ in any group by adding the separate products (the definition). */
    public static <P extends GroupElement<P>> P naive(P identity, List<P> points, List<Fr> scalars) {
        checkSizes(points, scalars.size());
        P acc = identity;
        for (int i = 0; i < points.size(); i++) {
            acc = acc.add(points.get(i).mul(scalars.get(i)));
        }
        return acc;
    }

    private static void checkSizes(List<?> points, int scalars) {
        if (points.size() != scalars) {
            throw new IllegalArgumentException("msm needs as many scalars as points: " + points.size()
                    + " points, " + scalars + " scalars");
        }
    }
}
