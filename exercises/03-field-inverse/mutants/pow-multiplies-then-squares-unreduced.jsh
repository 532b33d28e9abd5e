// fails at stage: 1 — forgets to reduce the squared base, which overflows for large p

long pow(long a, long e, long p) {
    long result = 1 % p, base = Math.floorMod(a, p);
    while (e > 0) {
        if ((e & 1) == 1) result = result * base % p;   // p < 2^31: the product fits in a long
        base = base * base;
        e >>= 1;
    }
    return result;
}

long inverseFermat(long a, long p) {
    if (Math.floorMod(a, p) == 0) throw new ArithmeticException("0 has no inverse");
    return pow(a, p - 2, p);
}

long inverseEuclid(long a, long p) {
    if (Math.floorMod(a, p) == 0) throw new ArithmeticException("0 has no inverse");
    long r0 = p, r1 = Math.floorMod(a, p), s0 = 0, s1 = 1;     // invariant: s_i · a ≡ r_i (mod p)
    while (r1 != 0) {
        long q = r0 / r1;
        long r2 = r0 - q * r1; r0 = r1; r1 = r2;
        long s2 = s0 - q * s1; s0 = s1; s1 = s2;
    }
    return Math.floorMod(s0, p);                               // r0 = gcd = 1
}
