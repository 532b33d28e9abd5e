// fails at stage: 3 — takes the tangent slope as x²/(2y), forgetting the 3

long mod(long v) { return Math.floorMod(v, 43); }
long inv(long a) {                        // a^(p−2) mod p, p = 43
    long r = 1, b = mod(a);
    for (long e = 41; e > 0; e >>= 1, b = b * b % 43) if ((e & 1) == 1) r = r * b % 43;
    return r;
}

long[] add(long[] P, long[] Q) {
    if (P == null) return Q;
    if (Q == null) return P;
    if (P[0] == Q[0]) return P[1] == Q[1] ? dbl(P) : null;   // x equal: Q = P or Q = −P
    long l = mod((Q[1] - P[1]) * inv(Q[0] - P[0]));
    long x = mod(l * l - P[0] - Q[0]);
    return new long[] {x, mod(l * (P[0] - x) - P[1])};
}

long[] dbl(long[] P) {
    if (P == null || P[1] == 0) return null;
    long l = mod(P[0] * P[0] % 43 * inv(2 * P[1]));
    long x = mod(l * l - 2 * P[0]);
    return new long[] {x, mod(l * (P[0] - x) - P[1])};
}
