package org.zkopml.curve;

import java.util.Arrays;
import org.zkopml.field.LimbField;

/**
 * The 2^(c−1) buckets of one window of the {@link Msm Pippenger} method and their weighted sum Σ_d d·B_d, written once
 * on raw limbs of any coordinate field ({@link LimbField}), so that G1 and G2 share it.
 *
 * <p>Filling the buckets. The points are first sorted by bucket (a counting sort on the digits). Then every bucket's
 * points are added in pairs, round after round, like a tournament: round one adds points 1+2, 3+4, … of every bucket
 * at once, round two adds those sums in pairs, until each bucket holds one point. No two additions of a round touch
 * the same point, so a whole round is one batch of independent affine additions: λ = (y₂ − y₁)/(x₂ − x₁) (or
 * 3x²/2y for equal points), x' = λ² − x₁ − x₂, y' = λ(x₁ − x') − y₁, whose denominators are all inverted with one
 * field inversion (Montgomery's trick: running products, one inversion, unwinding from the end). That leaves about
 * six multiplications per addition against eleven for a mixed Jacobian addition, whatever the digits look like (many
 * equal digits, as from witnesses full of 0s and 1s, only make a bucket's tournament longer).
 *
 * <p>The input points live in one array, point i at {@code i·3w}: x, y and −y (w the field's width). One instance per
 * thread; it can be reused for another window of the same MSM.
 */
final class BucketWindow {
    /** Additions that share one inversion (a chunk of a round). */
    private static final int CHUNK = 1024;

    private final LimbField f;
    private final JacobianLimbs jac;
    private final int w, stride, buckets;
    private final long[] pts;
    private final int[] start, len, items;
    // two scratch areas of affine points (x, y at slot·2w), read and written in turn; inf marks the point at infinity
    private long[] cur, next;
    private boolean[] curInf, nextInf;
    // one chunk of additions: the operands (array offsets of x and y), the destination slot, the kind
    private final int[] ax, ay, bx, by, dst;
    private final byte[] kind;                       // 0 chord, 1 tangent, 2 cancel (→ O), 3 copy a, 4 copy b
    private final long[] denom, prefix;
    private final long[] t;                          // scratch: acc 0, inv 1, λ 2, x3 3, tmp 4
    private final long[] sum;                        // running sum and total, Jacobian: 0 and 3w

    BucketWindow(LimbField field, long[] pts, int points, int c) {
        this.f = field.forThread();
        this.jac = new JacobianLimbs(field);
        this.w = f.width();
        this.stride = 3 * w;
        this.pts = pts;
        this.buckets = 1 << (c - 1);
        start = new int[buckets + 1];
        len = new int[buckets];
        items = new int[points];
        int slots = points / 2 + buckets;                           // after round one, Σ ⌈len/2⌉
        cur = new long[2 * w * slots];
        next = new long[2 * w * slots];
        curInf = new boolean[slots];
        nextInf = new boolean[slots];
        ax = new int[CHUNK];
        ay = new int[CHUNK];
        bx = new int[CHUNK];
        by = new int[CHUNK];
        dst = new int[CHUNK];
        kind = new byte[CHUNK];
        denom = new long[w * CHUNK];
        prefix = new long[w * CHUNK];
        t = new long[5 * w];
        sum = new long[6 * w];
    }

    /**
     * Σ_i digits[i]·P_i as a Jacobian point written to {@code out} at {@code o}: the points sorted into their
     * buckets, each bucket summed by rounds of batched affine additions, then Σ_d d·B_d as a running sum from the top
     * bucket down (two additions per bucket).
     */
    void sum(int[] digits, long[] out, int o) {
        sortByBucket(digits);
        int most = firstRound();
        while (most > 1) {
            most = laterRound();
        }
        int running = 0, total = 3 * w;
        jac.setInfinity(sum, running);
        jac.setInfinity(sum, total);
        for (int d = buckets - 1; d >= 0; d--) {
            if (len[d] == 1 && !curInf[start[d]]) {
                jac.addAffine(sum, running, cur, 2 * w * start[d], 2 * w * start[d] + w);
            }
            if (!jac.isInfinity(sum, running)) {
                jac.add(sum, total, sum, running);
            }
        }
        System.arraycopy(sum, total, out, o, 3 * w);
    }

    /** items: the point references (i·2 + 1 if the digit is negative) grouped by bucket |d| − 1; start, len per bucket. */
    private void sortByBucket(int[] digits) {
        Arrays.fill(len, 0);
        for (int d : digits) {
            if (d != 0) {
                len[Math.abs(d) - 1]++;
            }
        }
        start[0] = 0;
        for (int b = 0; b < buckets; b++) {
            start[b + 1] = start[b] + len[b];
        }
        int[] pos = Arrays.copyOf(start, buckets);
        for (int i = 0; i < digits.length; i++) {
            int d = digits[i];
            if (d != 0) {
                items[pos[Math.abs(d) - 1]++] = (i << 1) | (d < 0 ? 1 : 0);
            }
        }
    }

    /**
     * Round one, from the input points into {@code cur}: the pairs of every bucket added, an odd last point copied
     * (with its sign). Afterwards bucket b's ⌈len/2⌉ points are at cur slots start[b] …; returns the largest ⌈len/2⌉.
     */
    private int firstRound() {
        int slot = 0, pending = 0, most = 0;
        for (int b = 0; b < buckets; b++) {
            int s = start[b], m = len[b];
            start[b] = slot;
            len[b] = (m + 1) / 2;
            most = Math.max(most, len[b]);
            for (int k = 0; k + 1 < m; k += 2) {
                int p = items[s + k], q = items[s + k + 1];
                ax[pending] = (p >>> 1) * stride;
                ay[pending] = ax[pending] + ((p & 1) == 0 ? w : 2 * w);
                bx[pending] = (q >>> 1) * stride;
                by[pending] = bx[pending] + ((q & 1) == 0 ? w : 2 * w);
                dst[pending++] = slot++;
                if (pending == CHUNK) {
                    addPairs(pending, pts, null, cur, curInf);
                    pending = 0;
                }
            }
            if ((m & 1) == 1) {
                int p = items[s + m - 1], x = (p >>> 1) * stride;
                System.arraycopy(pts, x, cur, 2 * w * slot, w);
                System.arraycopy(pts, x + ((p & 1) == 0 ? w : 2 * w), cur, 2 * w * slot + w, w);
                curInf[slot++] = false;
            }
        }
        addPairs(pending, pts, null, cur, curInf);
        return most;
    }

    /** A later round, from cur into next (then swapped); returns the largest ⌈len/2⌉. */
    private int laterRound() {
        int slot = 0, pending = 0, most = 0;
        for (int b = 0; b < buckets; b++) {
            int s = start[b], m = len[b];
            start[b] = slot;
            len[b] = (m + 1) / 2;
            most = Math.max(most, len[b]);
            for (int k = 0; k + 1 < m; k += 2) {
                ax[pending] = 2 * w * (s + k);
                ay[pending] = ax[pending] + w;
                bx[pending] = 2 * w * (s + k + 1);
                by[pending] = bx[pending] + w;
                dst[pending++] = slot++;
                if (pending == CHUNK) {
                    addPairs(pending, cur, curInf, next, nextInf);
                    pending = 0;
                }
            }
            if ((m & 1) == 1) {
                System.arraycopy(cur, 2 * w * (s + m - 1), next, 2 * w * slot, 2 * w);
                nextInf[slot++] = curInf[s + m - 1];
            }
        }
        addPairs(pending, cur, curInf, next, nextInf);
        long[] a = cur;
        cur = next;
        next = a;
        boolean[] i = curInf;
        curInf = nextInf;
        nextInf = i;
        return most;
    }

    /**
     * The additions src[a_j] + src[b_j] → dst slot j for j &lt; count, with one inversion: the denominators' running
     * products, the inverse of the last, then from the end each denominator's inverse and the product without it.
     * {@code srcInf} (null for the input points, which are never O) marks operands at infinity. (Three small methods
     * rather than one: the JIT compiles each loop on its own, and the rare cases stay out of the hot code.)
     */
    private void addPairs(int count, long[] src, boolean[] srcInf, long[] out, boolean[] outInf) {
        if (count == 0) {
            return;
        }
        denominators(count, src, srcInf);
        f.inverse(t, 0, t, 0);
        unwind(count, src, srcInf, out, outInf);
    }

    /** denom_j = x₂ − x₁ (2y₁ for equal points, 1 for the special kinds); t[acc] = their product, prefix_j before j. */
    private void denominators(int count, long[] src, boolean[] srcInf) {
        final int acc = 0;
        f.one(t, acc);
        for (int j = 0; j < count; j++) {
            int dj = w * j;
            if ((srcInf != null && (srcInf[ax[j] / (2 * w)] || srcInf[bx[j] / (2 * w)])) || f.equal(src, ax[j], src, bx[j])) {
                special(j, src, srcInf);
            } else {
                kind[j] = 0;
                f.sub(src, bx[j], src, ax[j], denom, dj);              // x₂ − x₁
            }
            System.arraycopy(t, acc, prefix, dj, w);
            f.mul(t, acc, denom, dj, t, acc);
        }
    }

    /** The rare kinds: an operand at infinity (3, 4), equal points (1: denominator 2y), opposite points (2). */
    private void special(int j, long[] src, boolean[] srcInf) {
        int dj = w * j;
        if (srcInf != null && (srcInf[ax[j] / (2 * w)] || srcInf[bx[j] / (2 * w)])) {
            kind[j] = srcInf[ax[j] / (2 * w)] ? (byte) 4 : (byte) 3;
            f.one(denom, dj);
        } else if (f.equal(src, ay[j], src, by[j])) {
            kind[j] = 1;                                              // 2y (never 0: no point of order 2 here)
            f.add(src, ay[j], src, ay[j], denom, dj);
        } else {
            kind[j] = 2;
            f.one(denom, dj);
        }
    }

    /** From the last addition to the first: 1/denom_j, then λ, x' = λ² − x₁ − x₂, y' = λ(x₁ − x') − y₁. */
    private void unwind(int count, long[] src, boolean[] srcInf, long[] out, boolean[] outInf) {
        final int acc = 0, inv = w, lambda = 2 * w, x3 = 3 * w, tmp = 4 * w;
        for (int j = count - 1; j >= 0; j--) {
            int dj = w * j, ox = 2 * w * dst[j], oy = ox + w;
            f.mul(t, acc, prefix, dj, t, inv);                        // 1 / denom_j
            f.mul(t, acc, denom, dj, t, acc);                         // drop denom_j from the inverse
            if (kind[j] == 0) {                                       // λ = (y₂ − y₁)/(x₂ − x₁)
                f.sub(src, by[j], src, ay[j], t, tmp);
                f.mul(t, tmp, t, inv, t, lambda);
            } else if (!specialResult(j, src, srcInf, out, outInf)) {
                continue;                                             // O, or a copy of the other operand
            }
            f.square(t, lambda, t, x3);                               // x' = λ² − x₁ − x₂
            f.sub(t, x3, src, ax[j], t, x3);
            f.sub(t, x3, src, bx[j], t, x3);
            f.sub(src, ax[j], t, x3, t, tmp);                         // y' = λ(x₁ − x') − y₁
            f.mul(t, lambda, t, tmp, t, tmp);
            f.sub(t, tmp, src, ay[j], out, oy);
            System.arraycopy(t, x3, out, ox, w);
            outInf[dst[j]] = false;
        }
    }

    /**
     * The rare kinds' results: for a doubling λ = 3x²/(2y) (true: the caller finishes the addition); P + (−P) = O and
     * O + Q = Q are written here (false).
     */
    private boolean specialResult(int j, long[] src, boolean[] srcInf, long[] out, boolean[] outInf) {
        final int inv = w, lambda = 2 * w, tmp = 4 * w;
        int ox = 2 * w * dst[j];
        switch (kind[j]) {
            case 1 -> {                                               // λ = 3x²/(2y)
                f.square(src, ax[j], t, tmp);
                f.add(t, tmp, t, tmp, t, lambda);
                f.add(t, lambda, t, tmp, t, tmp);
                f.mul(t, tmp, t, inv, t, lambda);
                return true;
            }
            case 2 -> outInf[dst[j]] = true;                          // P + (−P) = O
            default -> {                                              // O + Q = Q
                int x = kind[j] == 3 ? ax[j] : bx[j];
                System.arraycopy(src, x, out, ox, 2 * w);
                outInf[dst[j]] = srcInf[x / (2 * w)];
            }
        }
        return false;
    }
}
