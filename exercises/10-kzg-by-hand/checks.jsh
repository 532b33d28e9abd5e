// Exercise 10 · staged checks, with the trapdoor τ standing in for the pairing.

BigInteger[] poly(long... c) { return Arrays.stream(c).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new); }
Random random = new Random(10);
BigInteger[] randomPoly(int n) { BigInteger[] f = new BigInteger[n]; for (int i = 0; i < n; i++) f[i] = new BigInteger(64, random).mod(Q); return f; }
BigInteger direct(BigInteger[] f, BigInteger z) { BigInteger s = BigInteger.ZERO; for (int i = 0; i < f.length; i++) s = s.add(f[i].multiply(z.modPow(BigInteger.valueOf(i), Q))); return s.mod(Q); }

stage(1, "evaluate by Horner's rule", "start from the HIGHEST coefficient: acc = acc·z + f[i] for i = n−1 down to 0, mod q");
forbid("\\bKzg\\w*|\\bPolynomial\\b", "write KZG yourself");
check(evaluate(poly(1, 2, 3), BigInteger.valueOf(5)).equals(BigInteger.valueOf(86)), "stage 1: 1 + 2·5 + 3·25 = 86");
for (int i = 0; i < 50; i++) { BigInteger[] f = randomPoly(1 + random.nextInt(8)); BigInteger z = new BigInteger(64, random).mod(Q);
    if (!evaluate(f, z).equals(direct(f, z))) throw new AssertionError("check failed: stage 1: evaluate(" + Arrays.toString(f) + ", " + z + ") should be " + direct(f, z)); }
check(true, "stage 1: 50 random polynomials");

stage(2, "the quotient by synthetic division", "w has f.length − 1 coefficients: w[n−2] = f[n−1], then w[i−1] = f[i] + z·w[i] going down; the remainder f[0] + z·w[0] is f(z)");
for (int t = 0; t < 50; t++) {
    BigInteger[] f = randomPoly(2 + random.nextInt(7)); BigInteger z = new BigInteger(64, random).mod(Q);
    BigInteger[] w = quotient(f, z);
    if (w == null || w.length != f.length - 1) throw new AssertionError("check failed: stage 2: the quotient of a degree-" + (f.length - 1) + " polynomial has " + (f.length - 1) + " coefficients");
    BigInteger[] back = new BigInteger[f.length];          // (X − z)·w(X) + f(z)
    Arrays.fill(back, BigInteger.ZERO);
    for (int i = 0; i < w.length; i++) { back[i + 1] = back[i + 1].add(w[i]); back[i] = back[i].subtract(z.multiply(w[i])); }
    back[0] = back[0].add(direct(f, z));
    for (int i = 0; i < f.length; i++) if (!back[i].mod(Q).equals(f[i].mod(Q))) throw new AssertionError("check failed: stage 2: (X − z)·w(X) + f(z) ≠ f(X) at the coefficient of X^" + i);
}
check(true, "stage 2: (X − z)·w(X) + f(z) = f(X) for 50 random polynomials");

stage(3, "commit = g^f(τ)", "multiply srs[i]^f[i] (a power, not a product srs[i]·f[i]) over all i, mod p");
for (int t = 0; t < 20; t++) { BigInteger[] f = randomPoly(1 + random.nextInt(8));
    if (!commit(SRS, f).equals(G.modPow(direct(f, TAU), P))) throw new AssertionError("check failed: stage 3: commit(" + Arrays.toString(f) + ") ≠ g^f(τ)"); }
check(true, "stage 3: 20 commitments equal g^f(τ)");

stage(4, "open: the verifier's equation holds", "return {evaluate(f, z), commit(srs, quotient(f, z))}");
for (int t = 0; t < 20; t++) {
    BigInteger[] f = randomPoly(2 + random.nextInt(7)); BigInteger z = new BigInteger(64, random).mod(Q);
    BigInteger C = G.modPow(direct(f, TAU), P);
    BigInteger[] yp = open(SRS, f, z);
    boolean ok = yp != null && yp.length == 2 && yp[0].equals(direct(f, z))
            && yp[1].modPow(TAU.subtract(z).mod(Q), P).equals(C.multiply(G.modPow(yp[0].negate().mod(Q), P)).mod(P));
    if (!ok) throw new AssertionError("check failed: stage 4: the opening of f at " + z + " does not satisfy π^(τ − z) = C·g^(−y)");
}
check(true, "stage 4: 20 openings verify");
