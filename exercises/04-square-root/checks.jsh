// Exercise 04 · staged checks. Squares are found by brute force; roots are checked by squaring.

stage(1, "isSquare: Euler's criterion", "a is a square iff a^((p−1)/2) = 1 mod p (and 0 is the square of 0); compare with 1, not with p − 1");
forbid("SmallPrimeField|SmallFieldElement|\\bFr\\b|\\bFp\\b", "write the field arithmetic yourself");
for (long p : new long[] {13, 43}) {
    Set<Long> squares = new HashSet<>();
    for (long x = 0; x < p; x++) squares.add(x * x % p);
    for (long a = 0; a < p; a++)
        if (isSquare(a, p) != squares.contains(a))
            throw new AssertionError("check failed: stage 1: isSquare(" + a + ", " + p + ") should be " + squares.contains(a));
    check(true, "stage 1: the " + squares.size() + " squares of F_" + p + " (0 included)");
}

void checkRoots(long p, int stage, int samples) {
    Random random = new Random(p);
    for (int i = 0; i < samples; i++) {
        long x = i < 20 ? i : Math.floorMod(random.nextLong(), p);
        long a = BigInteger.valueOf(x).pow(2).mod(BigInteger.valueOf(p)).longValueExact();
        long r = sqrt(a, p);
        if (r < 0 || r >= p || BigInteger.valueOf(r).pow(2).mod(BigInteger.valueOf(p)).longValueExact() != a)
            throw new AssertionError("check failed: stage " + stage + ": sqrt(" + a + ", " + p + ") = " + r + ", whose square is not " + a);
    }
    check(true, "stage " + stage + ": sqrt of " + samples + " squares mod " + p);
}

stage(2, "sqrt when p ≡ 3 (mod 4)", "for p ≡ 3 (mod 4), S = 1 and Tonelli–Shanks reduces to r = a^((p+1)/4); return a value in [0, p)");
for (long p : new long[] {43, 10007, 2147483647L}) checkRoots(p, 2, 300);

stage(3, "sqrt when p ≡ 1 (mod 4)", "write p − 1 = Q·2^S; start with M = S, c = z^Q, t = a^Q, R = a^((Q+1)/2); while t ≠ 1 find the least i with t^(2^i) = 1, set b = c^(2^(M−i−1)), M = i, c = b², t = t·b², R = R·b");
for (long p : new long[] {13, 17, 97, 65537, 998244353}) checkRoots(p, 3, 300);
boolean threw = false;
try { sqrt(5, 13); } catch (ArithmeticException e) { threw = true; }
check(threw, "stage 3: 5 is not a square mod 13, and sqrt says so with an ArithmeticException");
