// Exercise 14 · How many bits does a quantized layer need? See README.md for the task.
// Run: ./kit exercise 14-bit-bounds

int bitsFor(long maxAbs) {
    // TODO: the fewest signed bits b with maxAbs ≤ 2^(b−1) − 1
    throw new UnsupportedOperationException("TODO: write bitsFor(maxAbs)");
}

long denseBound(long[][] w, long[] b, long xMaxAbs) {
    // TODO: max over j of |b_j| + Σ_i |w[j][i]|·xMaxAbs, exactly
    throw new UnsupportedOperationException("TODO: write denseBound(w, b, xMaxAbs)");
}
