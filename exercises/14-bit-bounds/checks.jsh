// Exercise 14 · staged checks, against BigInteger.

int exactBits(long m) { return BigInteger.valueOf(m).bitLength() + 1; }

stage(1, "bitsFor on a table", "a signed b-bit integer holds −2^(b−1)..2^(b−1) − 1: count the magnitude's bits and add one for the sign (64 − Long.numberOfLeadingZeros(m) + 1)");
forbid("valueBounds|QuantizedModel|outputMaxAbs", "compute the bounds yourself");
check(bitsFor(0) == 1 && bitsFor(1) == 2 && bitsFor(127) == 8 && bitsFor(128) == 9 && bitsFor(255) == 9,
      "stage 1: 0 → 1 bit, 1 → 2, 127 → 8, 128 → 9, 255 → 9");

stage(2, "bitsFor at every power of two", "no floating point: Math.log2 does not exist and Math.log(m)/Math.log(2) is off near powers of two; use Long.numberOfLeadingZeros");
for (int e = 0; e < 63; e++) for (long m : new long[] {(1L << e) - 1, 1L << e, (1L << e) + 1})
    if (m >= 0 && bitsFor(m) != exactBits(m)) throw new AssertionError("check failed: stage 2: bitsFor(" + m + ") should be " + exactBits(m));
check(bitsFor(Long.MAX_VALUE) == 64, "stage 2: 2^e − 1, 2^e, 2^e + 1 for e < 63, and Long.MAX_VALUE → 64");

stage(3, "denseBound, and it is reached", "take absolute values: |b_j| + Σ |w[j][i]|·xMaxAbs, then the MAX over the outputs j (not their sum)");
check(denseBound(new long[][] {{1, -2}, {3, 4}}, new long[] {-5, 1}, 10) == 71, "stage 3: max(5 + 30, 1 + 70) = 71");
Random random = new Random(14);
for (int t = 0; t < 300; t++) {
    int in = 1 + random.nextInt(6), out = 1 + random.nextInt(4); long xMax = 1 + random.nextInt(1 << 16);
    long[][] w = new long[out][in]; long[] b = new long[out];
    for (int j = 0; j < out; j++) { b[j] = random.nextInt(1 << 20) - (1 << 19); for (int i = 0; i < in; i++) w[j][i] = random.nextInt(1 << 12) - (1 << 11); }
    BigInteger best = BigInteger.ZERO;
    for (int j = 0; j < out; j++) {                  // the input x_i = sign(b_j)·sign(w[j][i])·xMax reaches |y_j|
        BigInteger y = BigInteger.valueOf(b[j]);
        long sb = b[j] < 0 ? -1 : 1;
        for (int i = 0; i < in; i++) y = y.add(BigInteger.valueOf(w[j][i]).multiply(BigInteger.valueOf(sb * (w[j][i] < 0 ? -1 : 1) * xMax)));
        best = best.max(y.abs());
    }
    if (denseBound(w, b, xMax) != best.longValueExact()) throw new AssertionError("check failed: stage 3: denseBound is " + denseBound(w, b, xMax) + ", but an input reaches " + best + " (w = " + Arrays.deepToString(w) + ", b = " + Arrays.toString(b) + ", xMaxAbs = " + xMax + ")");
}
check(true, "stage 3: 300 random layers: the bound is exactly what some input reaches");

stage(4, "overflow throws", "Math.multiplyExact and Math.addExact (and Math.absExact, since |Long.MIN_VALUE| does not fit)");
boolean overflows(long[][] w, long[] b, long x) { try { denseBound(w, b, x); return false; } catch (ArithmeticException e) { return true; } }
check(overflows(new long[][] {{1L << 40}}, new long[] {0}, 1L << 30), "stage 4: a product past 2^63 throws");
check(overflows(new long[][] {{1L << 61, 1L << 61}}, new long[] {1L << 62}, 1), "stage 4: a sum past 2^63 throws");
check(overflows(new long[][] {{1}}, new long[] {Long.MIN_VALUE}, 1), "stage 4: |Long.MIN_VALUE| throws");
