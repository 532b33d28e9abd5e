// Exercise 02 · A fixed-point dense layer, bit for bit. See README.md for the task.
// Run: ./kit exercise 02-fixed-point-dense

long requantize(long x, int s) {
    // TODO: x / 2^s rounded half up, with an arithmetic shift
    throw new UnsupportedOperationException("TODO: write requantize(x, s)");
}

long[] dense(long[][] w, long[] b, long[] x) {
    // TODO: y_j = b_j + Σ_i w[j][i]·x_i, never wrapping
    throw new UnsupportedOperationException("TODO: write dense(w, b, x)");
}

int argmax(long[] v) {
    // TODO: the index of the first largest value
    throw new UnsupportedOperationException("TODO: write argmax(v)");
}
