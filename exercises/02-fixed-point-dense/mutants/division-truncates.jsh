// fails at stage: 1 — divides with / (truncation toward zero) instead of rounding

long requantize(long x, int s) {
    if (s == 0) return x;
    return x / (1L << s);          // round half up, arithmetic shift
}

long[] dense(long[][] w, long[] b, long[] x) {
    long[] y = new long[w.length];
    for (int j = 0; j < w.length; j++) {
        long acc = b[j];
        for (int i = 0; i < x.length; i++) acc = Math.addExact(acc, Math.multiplyExact(w[j][i], x[i]));
        y[j] = acc;
    }
    return y;
}

int argmax(long[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;   // strict: the first maximum wins
    return best;
}
