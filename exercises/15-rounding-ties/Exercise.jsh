// Exercise 15 · Requantization ties. See README.md for the task.
// Run: ./kit exercise 15-rounding-ties

long halfUp(long x, int s) {
    // TODO: ties toward +∞, integers only
    throw new UnsupportedOperationException("TODO: write halfUp(x, s)");
}

long halfAwayFromZero(long x, int s) {
    // TODO: ties away from zero
    throw new UnsupportedOperationException("TODO: write halfAwayFromZero(x, s)");
}

long halfEven(long x, int s) {
    // TODO: ties to the even neighbour
    throw new UnsupportedOperationException("TODO: write halfEven(x, s)");
}
