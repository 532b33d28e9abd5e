// fails at stage: 1 — rounds ties away from zero (−1.5 → −2), as Math.round on |x| would

long requantize(long x, int s) {
    if (s == 0) return x;
    long q = (Math.abs(x) + (1L << (s - 1))) >> s; return x < 0 ? -q : q;          // round half up, arithmetic shift
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
