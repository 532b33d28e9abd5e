// Exercise 15 · staged checks, against java.math.BigDecimal's exact rounding.

long want(long x, int s, String rule) {
    BigDecimal q = new BigDecimal(x).divide(new BigDecimal(BigInteger.ONE.shiftLeft(s)));   // exact: a power of two
    return switch (rule) {
        case "up" -> q.add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR).longValueExact();
        case "away" -> q.setScale(0, RoundingMode.HALF_UP).longValueExact();
        default -> q.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    };
}
long call(String rule, long x, int s) { return rule.equals("up") ? halfUp(x, s) : rule.equals("away") ? halfAwayFromZero(x, s) : halfEven(x, s); }
void agree(String rule, String name, int stage, long[] xs, int maxShift, long seed, int count, int bits) {
    for (long x : xs) for (int s = 1; s <= 3; s++)
        if (call(rule, x, s) != want(x, s, rule)) throw new AssertionError("check failed: stage " + stage + ": " + name + "(" + x + ", " + s + ") = " + x + "/" + (1L << s) + " should round to " + want(x, s, rule) + ", not " + call(rule, x, s));
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
        int s = 1 + random.nextInt(maxShift);
        long x = random.nextLong() >> (64 - bits);
        if (call(rule, x, s) != want(x, s, rule)) throw new AssertionError("check failed: stage " + stage + ": " + name + "(" + x + ", " + s + ") should be " + want(x, s, rule) + ", not " + call(rule, x, s));
    }
    check(true, "stage " + stage + ": " + name + " on ties and " + count + " random values");
}
long[] TIES = {5, -5, 3, -3, 7, -7, 1, -1, 0, 4, -4, 6, -6, 10, -10, 14, -14};

stage(1, "half up (toward +∞)", "(x + 2^(s−1)) >> s with the arithmetic shift: −2.5 → −2");
forbid("\\bdouble\\b|\\bfloat\\b|Math\\.round|BigDecimal|RoundingMode|Requantize", "round with integer operations");
agree("up", "halfUp", 1, TIES, 20, 1, 10_000, 40);

stage(2, "half away from zero", "round the magnitude half up, then put the sign back: −((−x + 2^(s−1)) >> s) for x < 0");
agree("away", "halfAwayFromZero", 2, TIES, 20, 2, 10_000, 40);

stage(3, "half to even", "floor first (q = x >> s) and look at the remainder r = x − (q << s) against half = 2^(s−1): above → q + 1, below → q, equal → q + (q & 1) — the parity of the QUOTIENT, not of x");
agree("even", "halfEven", 3, TIES, 20, 3, 10_000, 40);

stage(4, "large values and shifts", "no floating point: a double has 53 bits of mantissa; for s = 62, 1L << s is fine but 1 << s is an int shift");
for (String rule : List.of("up", "away", "even")) agree(rule, rule.equals("up") ? "halfUp" : rule.equals("away") ? "halfAwayFromZero" : "halfEven", 4, new long[] {(1L << 61) + (1L << 60), -(1L << 61) - (1L << 60)}, 62, 4, 5_000, 62);
