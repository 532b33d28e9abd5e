// Exercise 13 · How many rounds does a dispute take? See README.md for the task.
// Run: ./kit exercise 13-game-rounds

int rounds(long n, int k) {
    // TODO: the least r with (k + 1)^r ≥ n, in integers, without overflow
    throw new UnsupportedOperationException("TODO: write rounds(n, k)");
}

int multiPhaseRounds(long[] phaseSizes, int k) {
    // TODO: the phases' rounds, added up
    throw new UnsupportedOperationException("TODO: write multiPhaseRounds(phaseSizes, k)");
}
