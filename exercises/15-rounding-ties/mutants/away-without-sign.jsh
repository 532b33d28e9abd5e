// fails at stage: 2 — rounds x half up for negative x too, so −2.5 → −2 instead of −3

long halfUp(long x, int s) {
    return (x + (1L << (s - 1))) >> s;                    // arithmetic shift: floor((x + half) / 2^s)
}

long halfAwayFromZero(long x, int s) {
    return halfUp(x, s);        // round |x| half up, then restore the sign
}

long halfEven(long x, int s) {
    long q = x >> s, r = x - (q << s), half = 1L << (s - 1);   // x = q·2^s + r, 0 ≤ r < 2^s
    if (r > half) return q + 1;
    if (r < half) return q;
    return q + (q & 1);                                   // a tie: to the even one of q, q + 1
}
