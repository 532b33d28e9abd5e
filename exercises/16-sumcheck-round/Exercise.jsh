// Exercise 16 · One round of the sumcheck verifier. See README.md for the task.
// Run: ./kit exercise 16-sumcheck-round

Fr lagrangeAt(List<Fr> values, Fr x) {
    // TODO: Σ_i values_i · Π_{j≠i} (x − j)/(i − j), the points being 0, 1, …, values.size() − 1
    throw new UnsupportedOperationException("TODO: write lagrangeAt(values, x)");
}

Fr verifyRound(Fr claim, int degree, List<Fr> values, Fr r) {
    // TODO: check the number of values and g(0) + g(1) = claim (IllegalArgumentException if not); return g(r)
    throw new UnsupportedOperationException("TODO: write verifyRound(claim, degree, values, r)");
}

Fr verifyAll(Fr claim, int degree, List<List<Fr>> messages, List<Fr> challenges) {
    // TODO: verifyRound for each round in order, the new claim feeding the next round
    throw new UnsupportedOperationException("TODO: write verifyAll(claim, degree, messages, challenges)");
}
