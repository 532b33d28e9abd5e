// Exercise 13 · reference solution.

int rounds(long n, int k) {
    if (n < 1 || k < 1) throw new IllegalArgumentException("need n ≥ 1 and k ≥ 1");
    int r = 0;
    long reach = 1;                                   // (k + 1)^r, kept ≤ n
    while (reach < n) {
        r++;
        if (reach > (n - 1) / (k + 1)) break;         // (k + 1)·reach ≥ n: done, and no overflow
        reach *= k + 1;
    }
    return r;
}

int multiPhaseRounds(long[] phaseSizes, int k) {
    int total = 0;
    for (long size : phaseSizes) total += rounds(size, k);
    return total;
}
