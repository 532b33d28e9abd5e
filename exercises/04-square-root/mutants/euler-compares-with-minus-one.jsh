// fails at stage: 1 — takes a^((p−1)/2) = p − 1 to mean "square" (the criterion upside down)

long modPow(long a, long e, long p) {
    return BigInteger.valueOf(a).modPow(BigInteger.valueOf(e), BigInteger.valueOf(p)).longValueExact();
}

boolean isSquare(long a, long p) {
    a = Math.floorMod(a, p);
    return a == 0 || modPow(a, (p - 1) / 2, p) == p - 1;
}

long sqrt(long a, long p) {
    a = Math.floorMod(a, p);
    if (a == 0) return 0;
    if (!isSquare(a, p)) throw new ArithmeticException(a + " is not a square mod " + p);
    long q = p - 1; int s = 0;
    while (q % 2 == 0) { q /= 2; s++; }                  // p − 1 = Q·2^S
    long z = 2;
    while (isSquare(z, p)) z++;                           // a non-square
    int m = s;
    long c = modPow(z, q, p), t = modPow(a, q, p), r = modPow(a, (q + 1) / 2, p);
    while (t != 1) {
        int i = 0; long t2 = t;
        while (t2 != 1) { t2 = t2 * t2 % p; i++; }        // least i with t^(2^i) = 1
        long b = c;
        for (int j = 0; j < m - i - 1; j++) b = b * b % p;
        m = i; c = b * b % p; t = t * c % p; r = r * b % p;
    }
    return r;
}
