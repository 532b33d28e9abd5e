// Exercise 09 · staged checks: against g^m·h^r computed here with BigInteger.modPow.

BigInteger expected(long m, long r) { return G.modPow(BigInteger.valueOf(m).mod(Q), P).multiply(H.modPow(BigInteger.valueOf(r).mod(Q), P)).mod(P); }

stage(1, "commit = g^m·h^r", "G.modPow(m, P) times H.modPow(r, P), reduced mod P (and m, r reduced mod Q first)");
forbid("\\bPedersen\\w*", "write the commitment yourself");
for (long[] mr : new long[][] {{0, 0}, {1, 0}, {0, 1}, {42, 7}, {123456789, 987654321}, {-1, 5}})
    check(commit(BigInteger.valueOf(mr[0]), BigInteger.valueOf(mr[1])).equals(expected(mr[0], mr[1])), "stage 1: commit(" + mr[0] + ", " + mr[1] + ")");

stage(2, "opening, and the homomorphism", "opens(C, m, r) is commit(m, r).equals(C): both the message and the randomness matter");
{
    BigInteger C = commit(BigInteger.valueOf(42), BigInteger.valueOf(7));
    check(opens(C, BigInteger.valueOf(42), BigInteger.valueOf(7)), "stage 2: (42, 7) opens commit(42, 7)");
    check(!opens(C, BigInteger.valueOf(43), BigInteger.valueOf(7)), "stage 2: a wrong message is refused");
    check(!opens(C, BigInteger.valueOf(42), BigInteger.valueOf(8)), "stage 2: a wrong randomness is refused");
    BigInteger C2 = commit(BigInteger.valueOf(100), BigInteger.valueOf(200));
    check(C.multiply(C2).mod(P).equals(commit(BigInteger.valueOf(142), BigInteger.valueOf(207))), "stage 2: commit(42, 7)·commit(100, 200) = commit(142, 207)");
}

stage(3, "equivocation with the trapdoor", "m + t·r = m2 + t·r2 (mod q) gives r2 = r + (m − m2)·t⁻¹ mod q — invert t mod q (the group order), not mod p");
{
    BigInteger m = BigInteger.valueOf(1), r = new BigInteger("31415926535897932");
    BigInteger C = commit(m, r);
    for (long other : new long[] {0, 2, 1_000_000}) {
        BigInteger r2 = equivocate(m, r, BigInteger.valueOf(other), TRAPDOOR);
        check(opens(C, BigInteger.valueOf(other), r2) && C.equals(expected(other, 0).multiply(H.modPow(r2.mod(Q), P)).mod(P)),
              "stage 3: the commitment to 1 also opens to " + other + " — it hides m perfectly, and binds only while t is secret");
    }
}
