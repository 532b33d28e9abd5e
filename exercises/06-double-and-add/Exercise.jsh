// Exercise 06 · Scalar multiplication by double-and-add. See README.md for the task.
// Run: ./kit exercise 06-double-and-add
// Each call counts one group operation in `operations`.
long operations = 0;
long mod(long v) { return Math.floorMod(v, 43); }
long inv(long a) { long r = 1, b = mod(a); for (long e = 41; e > 0; e >>= 1, b = b * b % 43) if ((e & 1) == 1) r = r * b % 43; return r; }
long[] neg(long[] P) { return P == null ? null : new long[] {P[0], mod(-P[1])}; }
long[] dbl(long[] P) {
    operations++;
    if (P == null || P[1] == 0) return null;
    long l = mod(3 * P[0] * P[0] % 43 * inv(2 * P[1])), x = mod(l * l - 2 * P[0]);
    return new long[] {x, mod(l * (P[0] - x) - P[1])};
}
long[] add(long[] P, long[] Q) {
    operations++;
    if (P == null) return Q;
    if (Q == null) return P;
    if (P[0] == Q[0]) return P[1] == Q[1] ? dbl(P) : null;
    long l = mod((Q[1] - P[1]) * inv(Q[0] - P[0])), x = mod(l * l - P[0] - Q[0]);
    return new long[] {x, mod(l * (P[0] - x) - P[1])};
}

long[] mul(BigInteger k, long[] P) {
    // TODO: double-and-add over the bits of k; 0·P = O; (−k)·P = −(k·P)
    throw new UnsupportedOperationException("TODO: write mul(k, P)");
}
