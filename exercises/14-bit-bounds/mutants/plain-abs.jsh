// fails at stage: 4 — uses Math.abs, which leaves Long.MIN_VALUE negative instead of throwing

int bitsFor(long maxAbs) {
    if (maxAbs < 0) throw new IllegalArgumentException("maxAbs ≥ 0");
    return 64 - Long.numberOfLeadingZeros(maxAbs) + 1;        // magnitude bits, plus the sign bit
}

long denseBound(long[][] w, long[] b, long xMaxAbs) {
    long best = 0;
    for (int j = 0; j < w.length; j++) {
        long sum = Math.abs(b[j]);
        for (long wji : w[j]) sum = Math.addExact(sum, Math.multiplyExact(Math.absExact(wji), xMaxAbs));
        best = Math.max(best, sum);
    }
    return best;
}
