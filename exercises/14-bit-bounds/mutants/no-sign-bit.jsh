// fails at stage: 1 — counts the magnitude bits only, forgetting the sign bit

int bitsFor(long maxAbs) {
    if (maxAbs < 0) throw new IllegalArgumentException("maxAbs ≥ 0");
    return Math.max(1, 64 - Long.numberOfLeadingZeros(maxAbs));        // magnitude bits, plus the sign bit
}

long denseBound(long[][] w, long[] b, long xMaxAbs) {
    long best = 0;
    for (int j = 0; j < w.length; j++) {
        long sum = Math.absExact(b[j]);
        for (long wji : w[j]) sum = Math.addExact(sum, Math.multiplyExact(Math.absExact(wji), xMaxAbs));
        best = Math.max(best, sum);
    }
    return best;
}
