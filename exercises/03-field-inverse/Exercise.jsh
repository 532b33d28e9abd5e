// Exercise 03 · Inverses in F_p, by hand. See README.md for the task.
// Run: ./kit exercise 03-field-inverse

long pow(long a, long e, long p) {
    // TODO: square-and-multiply, reducing mod p after every product
    throw new UnsupportedOperationException("TODO: write pow(a, e, p)");
}

long inverseFermat(long a, long p) {
    // TODO: a^(p−2) mod p; ArithmeticException for a = 0
    throw new UnsupportedOperationException("TODO: write inverseFermat(a, p)");
}

long inverseEuclid(long a, long p) {
    // TODO: extended Euclid: s·a + t·p = 1, return s mod p; ArithmeticException for a = 0
    throw new UnsupportedOperationException("TODO: write inverseEuclid(a, p)");
}
