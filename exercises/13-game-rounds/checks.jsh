// Exercise 13 · staged checks, against BigInteger powers.

int exact(BigInteger n, int k) { int r = 0; BigInteger p = BigInteger.ONE, b = BigInteger.valueOf(k + 1); while (p.compareTo(n) < 0) { p = p.multiply(b); r++; } return r; }

stage(1, "binary bisection for N = 1..20", "round UP: N = 5 needs 3 halvings (2² = 4 < 5 ≤ 8 = 2³); N = 1 needs 0 rounds");
forbid("\\bBisection\\b|\\bRules\\b", "count the rounds yourself");
for (long n = 1; n <= 20; n++) check(rounds(n, 1) == exact(BigInteger.valueOf(n), 1), "stage 1: " + n + " steps, binary: " + exact(BigInteger.valueOf(n), 1) + " rounds");

stage(2, "exact powers of k + 1 and their neighbours", "grow a power p = 1, k+1, (k+1)², … while p < n, counting; no logarithms");
for (int k = 1; k <= 9; k++) {
    BigInteger b = BigInteger.valueOf(k + 1);
    for (int r = 1; b.pow(r).bitLength() < 62; r++)
        for (int d = -1; d <= 1; d++) {
            BigInteger n = b.pow(r).add(BigInteger.valueOf(d));
            if (rounds(n.longValueExact(), k) != exact(n, k))
                throw new AssertionError("check failed: stage 2: rounds(" + n + ", " + k + ") should be " + exact(n, k) + ", not " + rounds(n.longValueExact(), k));
        }
}
check(true, "stage 2: every (k+1)^r − 1, (k+1)^r, (k+1)^r + 1 below 2^62, for k = 1..9");

stage(3, "huge N, without overflow", "before multiplying p by k + 1, stop if p > (n − 1) / (k + 1) — or compare with division — so p never passes Long.MAX_VALUE");
for (long n : new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 1, (1L << 62) + 1, 1L << 62, 4052555153018976267L})
    for (int k : new int[] {1, 2, 3, 7, 1000})
        if (rounds(n, k) != exact(BigInteger.valueOf(n), k))
            throw new AssertionError("check failed: stage 3: rounds(" + n + ", " + k + ") should be " + exact(BigInteger.valueOf(n), k));
check(true, "stage 3: N up to 2^63 − 1");

stage(4, "multi-phase games", "each phase is its own game: add rounds(size, k) per phase; the sizes do not multiply into one game");
check(multiPhaseRounds(new long[] {1000, 1L << 20}, 1) == 30, "stage 4: 1,000 nodes then 2^20 steps, binary: 10 + 20 = 30 rounds");
check(multiPhaseRounds(new long[] {5, 5}, 1) == 6, "stage 4: 5 then 5, binary: 3 + 3 = 6 rounds (one game over 25 would take 5)");
check(multiPhaseRounds(new long[] {3, 1, 100}, 2) == 1 + 0 + 5, "stage 4: 3, 1 and 100 with 3-way dissection: 1 + 0 + 5 rounds");
check(multiPhaseRounds(new long[] {}, 1) == 0, "stage 4: no phase, no round");
