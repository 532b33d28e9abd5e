// Exercise 03 · staged checks. Expected values come from hand-worked examples and from the
// definition itself (a · a⁻¹ mod p = 1), not from the library.

long P31 = 2147483647L;   // 2^31 − 1, a prime

stage(1, "pow: a^e mod p", "square-and-multiply: for each bit of e, square the base; multiply into the result when the bit is 1; reduce mod p after every product");
forbid("modPow|modInverse|SmallPrimeField|SmallFieldElement|\\bFr\\b|\\bFp\\b", "compute powers and inverses yourself");
check(pow(3, 4, 7) == 4 && pow(2, 10, 1000003) == 1024 && pow(5, 0, 13) == 1 && pow(0, 5, 13) == 0,
      "stage 1: 3^4 = 81 = 4 (mod 7), 2^10 = 1024, 5^0 = 1, 0^5 = 0");
check(pow(2, 30, P31) == 1073741824L && pow(2, 31, P31) == 1 && pow(7, P31 - 1, P31) == 1,
      "stage 1: 2^31 = 1 and 7^(p−1) = 1 mod p = 2^31 − 1 (no overflow)");
Random r1 = new Random(1);
for (int i = 0; i < 2000; i++) {
    long a = Math.floorMod(r1.nextLong(), P31), e = r1.nextLong() >>> 1;
    long want = BigInteger.valueOf(a).modPow(BigInteger.valueOf(e), BigInteger.valueOf(P31)).longValueExact();
    if (pow(a, e, P31) != want) throw new AssertionError("check failed: stage 1: pow(" + a + ", " + e + ", " + P31 + ") should be " + want);
}
check(true, "stage 1: pow agrees with exact arithmetic on 2,000 random values");

boolean throwsArithmetic(LongSupplier f) { try { f.getAsLong(); return false; } catch (ArithmeticException e) { return true; } }
boolean isInverse(long a, long inv, long p) { return inv >= 0 && inv < p && BigInteger.valueOf(a).multiply(BigInteger.valueOf(inv)).mod(BigInteger.valueOf(p)).equals(BigInteger.ONE); }

stage(2, "inverseFermat: a · a^(p−2) = 1", "the exponent is p − 2 (a^(p−1) = 1, so a^(p−2) = a⁻¹); zero has no inverse: throw ArithmeticException");
for (long a = 1; a < 101; a++) check(isInverse(a, inverseFermat(a, 101), 101), "stage 2: " + a + " · " + a + "⁻¹ = 1 in F_101");
Random r2 = new Random(2);
for (int i = 0; i < 500; i++) { long a = 1 + r2.nextInt((int) P31 - 1); if (!isInverse(a, inverseFermat(a, P31), P31)) throw new AssertionError("check failed: stage 2: inverseFermat(" + a + ") is wrong"); }
check(throwsArithmetic(() -> inverseFermat(0, 101)), "stage 2: 0 has no inverse (ArithmeticException)");

stage(3, "inverseEuclid: extended Euclid", "keep (r, s) pairs: r_{i+1} = r_{i−1} − q·r_i and the same for s; when r = 1, s is the inverse — but it can be negative: reduce it into [0, p)");
for (long a = 1; a < 101; a++) check(isInverse(a, inverseEuclid(a, 101), 101), "stage 3: " + a + "⁻¹ by Euclid in F_101");
Random r3 = new Random(3);
for (int i = 0; i < 500; i++) {
    long a = 1 + r3.nextInt((int) P31 - 1);
    if (!isInverse(a, inverseEuclid(a, P31), P31)) throw new AssertionError("check failed: stage 3: inverseEuclid(" + a + ") is wrong");
}
check(throwsArithmetic(() -> inverseEuclid(0, 101)), "stage 3: 0 has no inverse (ArithmeticException)");
check(inverseEuclid(3, 7) == inverseFermat(3, 7) && inverseEuclid(3, 7) == 5, "stage 3: 3⁻¹ = 5 in F_7 both ways (3 · 5 = 15 = 1)");
