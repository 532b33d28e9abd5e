// Exercise 04 · Square roots in F_p. See README.md for the task.
// Run: ./kit exercise 04-square-root

boolean isSquare(long a, long p) {
    // TODO: Euler's criterion
    throw new UnsupportedOperationException("TODO: write isSquare(a, p)");
}

long sqrt(long a, long p) {
    // TODO: Tonelli–Shanks; ArithmeticException when a is not a square
    throw new UnsupportedOperationException("TODO: write sqrt(a, p)");
}
