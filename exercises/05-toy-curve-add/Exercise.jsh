// Exercise 05 · Adding points on the toy curve y² = x³ + 6 over F_43. See README.md for the task.
// Run: ./kit exercise 05-toy-curve-add
// A point is long[] {x, y}; the point at infinity O is null.

long[] add(long[] P, long[] Q) {
    // TODO: the chord rule, with O, P + (−P) = O and P = Q handled first
    throw new UnsupportedOperationException("TODO: write add(P, Q)");
}

long[] dbl(long[] P) {
    // TODO: the tangent rule, λ = 3x² / (2y)
    throw new UnsupportedOperationException("TODO: write dbl(P)");
}
