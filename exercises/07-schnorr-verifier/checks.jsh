// Exercise 07 · staged checks. Transcripts are made here from known secrets.

Random random = new Random(7);
BigInteger scalar() { return new BigInteger(70, random).mod(Q); }
List<BigInteger[]> honest = new ArrayList<>();   // {X, T, c, s}
for (int i = 0; i < 20; i++) {
    BigInteger x = scalar(), r = scalar(), c = scalar();
    honest.add(new BigInteger[] {G.modPow(x, P), G.modPow(r, P), c, r.add(c.multiply(x)).mod(Q)});
}

stage(1, "honest transcripts are accepted", "the equation is g^s = T·X^c (mod p): compare G.modPow(s, P) with T.multiply(X.modPow(c, P)).mod(P)");
forbid("SchnorrVerifier|FiatShamirSchnorr|ModularSubgroup", "write the verifier yourself");
for (BigInteger[] t : honest) check(verify(t[0], t[1], t[2], t[3]), "stage 1: an honest transcript is accepted");

stage(2, "changed transcripts are refused", "every one of X, T, c and s must enter the check");
{
    BigInteger[] t = honest.get(0);
    check(!verify(t[0], t[1], t[2], t[3].add(BigInteger.ONE).mod(Q)), "stage 2: s + 1 is refused");
    check(!verify(t[0], t[1], t[2].add(BigInteger.ONE).mod(Q), t[3]), "stage 2: c + 1 is refused");
    check(!verify(t[0], t[1].multiply(G).mod(P), t[2], t[3]), "stage 2: T·g is refused");
    check(!verify(t[0].multiply(G).mod(P), t[1], t[2], t[3]), "stage 2: X·g is refused");
}

stage(3, "scalars out of range are refused", "require 0 ≤ c < q and 0 ≤ s < q: exponents are only defined mod q, so s + q passes the equation");
{
    BigInteger[] t = honest.get(1);
    check(!verify(t[0], t[1], t[2], t[3].add(Q)), "stage 3: s + q is refused (it satisfies the equation)");
    check(!verify(t[0], t[1], t[2].add(Q), t[3]), "stage 3: c + q is refused (it satisfies the equation)");
    check(!verify(t[0], t[1], t[2], t[3].subtract(Q)), "stage 3: s − q (negative) is refused");
}

stage(4, "elements outside the group are refused", "require 1 ≤ v < p and v^q = 1 (mod p) for v = X and v = T: p − 1 has order 2, and X + p is X again mod p");
{
    BigInteger[] t = honest.get(2);
    check(!verify(t[0].add(P), t[1], t[2], t[3]), "stage 4: X + p is refused (it satisfies the equation)");
    check(!verify(t[0], t[1].add(P), t[2], t[3]), "stage 4: T + p is refused");
    BigInteger s = scalar(), c = BigInteger.valueOf(2 * random.nextInt(1000));
    check(!verify(P.subtract(BigInteger.ONE), G.modPow(s, P), c, s), "stage 4: X = p − 1 (order 2) with an even c is refused (it satisfies the equation)");
    check(!verify(t[0], BigInteger.ZERO, t[2], t[3]) && !verify(BigInteger.ZERO, BigInteger.ONE, BigInteger.ZERO, BigInteger.ZERO), "stage 4: 0 is not a group element");
}
