// fails at stage: 2 — the degree-2 formula through 0, 1, 2 written out, used for every degree

Fr lagrangeAt(List<Fr> values, Fr x) {
    Fr half = Fr.of(2).inverse();
    Fr l0 = x.sub(Fr.ONE).mul(x.sub(Fr.of(2))).mul(half);
    Fr l1 = x.mul(x.sub(Fr.of(2))).neg();
    Fr l2 = x.mul(x.sub(Fr.ONE)).mul(half);
    Fr v2 = values.size() > 2 ? values.get(2) : Fr.ZERO;
    return values.get(0).mul(l0).add(values.get(1).mul(l1)).add(v2.mul(l2));
}

Fr verifyRound(Fr claim, int degree, List<Fr> values, Fr r) {
    if (values.size() != degree + 1) throw new IllegalArgumentException("wrong number of values");
    if (!values.get(0).add(values.get(1)).equals(claim)) throw new IllegalArgumentException("g(0) + g(1) is not the claim");
    return lagrangeAt(values, r);
}

Fr verifyAll(Fr claim, int degree, List<List<Fr>> messages, List<Fr> challenges) {
    Fr c = claim;
    for (int j = 0; j < messages.size(); j++) c = verifyRound(c, degree, messages.get(j), challenges.get(j));
    return c;
}
