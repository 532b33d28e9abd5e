// fails at stage: 3 — adds the outputs' bounds instead of taking their maximum

int bitsFor(long maxAbs) {
    if (maxAbs < 0) throw new IllegalArgumentException("maxAbs ≥ 0");
    return 64 - Long.numberOfLeadingZeros(maxAbs) + 1;        // magnitude bits, plus the sign bit
}

long denseBound(long[][] w, long[] b, long xMaxAbs) {
    long best = 0;
    for (int j = 0; j < w.length; j++) {
        long sum = Math.absExact(b[j]);
        for (long wji : w[j]) sum = Math.addExact(sum, Math.multiplyExact(Math.absExact(wji), xMaxAbs));
        best = Math.addExact(best, sum);
    }
    return best;
}
