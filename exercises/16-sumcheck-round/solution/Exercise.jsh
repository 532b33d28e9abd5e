// Exercise 16 · reference solution.

Fr lagrangeAt(List<Fr> values, Fr x) {
    Fr sum = Fr.ZERO;
    for (int i = 0; i < values.size(); i++) {
        Fr num = Fr.ONE, den = Fr.ONE;
        for (int j = 0; j < values.size(); j++) {
            if (j == i) continue;
            num = num.mul(x.sub(Fr.of(j)));
            den = den.mul(Fr.of(i - j));
        }
        sum = sum.add(values.get(i).mul(num).mul(den.inverse()));
    }
    return sum;
}

Fr verifyRound(Fr claim, int degree, List<Fr> values, Fr r) {
    if (values.size() != degree + 1) {
        throw new IllegalArgumentException("the message has " + values.size() + " values, a degree-" + degree + " polynomial needs " + (degree + 1));
    }
    if (!values.get(0).add(values.get(1)).equals(claim)) throw new IllegalArgumentException("g(0) + g(1) is not the claim");
    return lagrangeAt(values, r);
}

Fr verifyAll(Fr claim, int degree, List<List<Fr>> messages, List<Fr> challenges) {
    Fr c = claim;
    for (int j = 0; j < messages.size(); j++) c = verifyRound(c, degree, messages.get(j), challenges.get(j));
    return c;
}
