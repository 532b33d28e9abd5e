// Exercise 02 · A fixed-point dense layer, bit for bit. See README.md for the task.
// Run: ./kit exercise 02-fixed-point-dense

long requantize(long x, int s) {
    throw new UnsupportedOperationException("exercise 02: write requantize(x, s)");
}

long[] dense(long[][] w, long[] b, long[] x) {
    throw new UnsupportedOperationException("exercise 02: write dense(w, b, x)");
}

int argmax(long[] v) {
    throw new UnsupportedOperationException("exercise 02: write argmax(v)");
}
