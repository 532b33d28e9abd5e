// fails at stage: 4 — writes 1 << (s − 1), an int shift that goes wrong for s > 31

long halfUp(long x, int s) {
    return (x + (1 << (s - 1))) >> s;                    // arithmetic shift: floor((x + half) / 2^s)
}

long halfAwayFromZero(long x, int s) {
    return x >= 0 ? halfUp(x, s) : -halfUp(-x, s);        // round |x| half up, then restore the sign
}

long halfEven(long x, int s) {
    long q = x >> s, r = x - (q << s), half = 1L << (s - 1);   // x = q·2^s + r, 0 ≤ r < 2^s
    if (r > half) return q + 1;
    if (r < half) return q;
    return q + (q & 1);                                   // a tie: to the even one of q, q + 1
}
