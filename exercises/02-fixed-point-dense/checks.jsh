// Exercise 02 · staged checks. Each stage must pass before the next one runs.
// The expected values are computed here with BigInteger, independently of the library's inference.

stage(1, "requantize on hand-picked values", "(x + 2^(s−1)) >> s with the arithmetic shift >>, and x itself for s = 0; −1.5 rounds up to −1, not away from zero");
forbid("IntegerInference|Requantize\\s*\\(|\\.accumulate\\s*\\(|QuantizedModel", "compute the values yourself, not with the library's inference");
check(requantize(12, 2) == 3 && requantize(13, 2) == 3 && requantize(14, 2) == 4 && requantize(15, 2) == 4,
      "stage 1: 12/4 = 3, 13/4 → 3, 14/4 = 3.5 → 4, 15/4 → 4");
check(requantize(-6, 2) == -1 && requantize(-3, 1) == -1 && requantize(-7, 2) == -2,
      "stage 1: negative values: −6/4 = −1.5 → −1, −3/2 = −1.5 → −1, −7/4 → −2");
check(requantize(-5, 0) == -5, "stage 1: s = 0 is the identity");

stage(2, "requantize on 10,000 random values", "round half up: floor((x + 2^(s−1)) / 2^s); check large |x| and shifts up to 19");
Random random = new Random(2);
for (int i = 0; i < 10_000; i++) {
    int s = random.nextInt(20);
    long x = random.nextLong() >> 8;
    long want = s == 0 ? x : BigInteger.valueOf(x).add(BigInteger.ONE.shiftLeft(s - 1)).shiftRight(s).longValueExact();
    if (requantize(x, s) != want)
        throw new AssertionError("check failed: stage 2: requantize(" + x + ", " + s + ") should be " + want);
}
check(true, "stage 2: requantize is right on 10,000 random values");

/** y_j = b_j + Σ w·x in BigInteger, or null if a product or a partial sum leaves the 64-bit range. */
long[] exactDense(long[][] w, long[] b, long[] x) {
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE), max = BigInteger.valueOf(Long.MAX_VALUE);
    long[] y = new long[w.length];
    for (int j = 0; j < w.length; j++) {
        BigInteger acc = BigInteger.valueOf(b[j]);
        for (int i = 0; i < x.length; i++) {
            BigInteger p = BigInteger.valueOf(w[j][i]).multiply(BigInteger.valueOf(x[i]));
            if (p.compareTo(min) < 0 || p.compareTo(max) > 0) return null;
            acc = acc.add(p);
            if (acc.compareTo(min) < 0 || acc.compareTo(max) > 0) return null;
        }
        y[j] = acc.longValueExact();
    }
    return y;
}

stage(3, "dense: exact sums, and overflow throws", "y_j = b_j + Σ_i w[j][i]·x_i; Math.multiplyExact for each product AND Math.addExact for each sum, so that no overflow wraps silently");
check(Arrays.equals(dense(new long[][] {{1, 2}, {3, -4}}, new long[] {10, 20}, new long[] {5, 6}), new long[] {27, 11}),
      "stage 3: a 2×2 layer by hand: [10 + 5 + 12, 20 + 15 − 24] = [27, 11]");
Random r3 = new Random(3);
for (int t = 0; t < 500; t++) {
    int in = 1 + r3.nextInt(6), out = 1 + r3.nextInt(4);
    long[][] w = new long[out][in]; long[] b = new long[out]; long[] x = new long[in];
    for (int j = 0; j < out; j++) { b[j] = r3.nextLong() >> 20; for (int i = 0; i < in; i++) w[j][i] = r3.nextLong() >> 34; }
    for (int i = 0; i < in; i++) x[i] = r3.nextLong() >> 34;
    if (!Arrays.equals(dense(w, b, x), exactDense(w, b, x)))
        throw new AssertionError("check failed: stage 3: dense differs from the exact sum for w = " + Arrays.deepToString(w) + ", b = " + Arrays.toString(b) + ", x = " + Arrays.toString(x));
}
boolean throwsArithmetic(long[][] w, long[] b, long[] x) {
    try { dense(w, b, x); return false; } catch (ArithmeticException e) { return true; }
}
check(exactDense(new long[][] {{Long.MAX_VALUE / 2}}, new long[] {0}, new long[] {3}) == null
      && throwsArithmetic(new long[][] {{Long.MAX_VALUE / 2}}, new long[] {0}, new long[] {3}),
      "stage 3: a product that overflows throws ArithmeticException");
check(throwsArithmetic(new long[][] {{Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2 + 1}}, new long[] {0}, new long[] {1, 1}),
      "stage 3: a sum of two products that fit, but whose sum overflows, throws ArithmeticException");
check(throwsArithmetic(new long[][] {{1}}, new long[] {Long.MAX_VALUE}, new long[] {1}),
      "stage 3: bias + product overflowing throws ArithmeticException");

stage(4, "argmax, then the whole iris-linear model", "argmax: the FIRST index of the largest value (compare with >, not >=)");
check(argmax(new long[] {4, 9, 9, 1}) == 1 && argmax(new long[] {-3, -3}) == 0 && argmax(new long[] {-5, -2, -7}) == 1,
      "stage 4: argmax breaks ties by the first index, and handles negative values");
TrainedModel iris = Recipes.train("iris-linear");
var model = iris.quantized();
long[][] rows = iris.testInputs(model.scaleBits());
for (long[] x : rows) {
    long[][] v = {x};
    int[] predicted = {-1};
    for (Layer l : model.layers()) {
        l.accept(new Layer.Visitor<Void>() {
            public Void visitDense(Dense d) { v[0] = dense(d.weights(), d.bias(), v[0]); return null; }
            public Void visitRelu(Relu r) { throw new AssertionError("check failed: stage 4: iris-linear has no ReLU"); }
            public Void visitRequantize(Requantize q) { long[] u = new long[v[0].length]; for (int i = 0; i < u.length; i++) u[i] = requantize(v[0][i], q.shift()); v[0] = u; return null; }
            public Void visitDecisionTree(DecisionTree t) { throw new AssertionError("check failed: stage 4: iris-linear has no tree"); }
            public Void visitArgmax(Argmax a) { predicted[0] = argmax(v[0]); return null; }
            public Void visitEmbedding(Embedding e) { throw new AssertionError("check failed: stage 4: iris-linear has no embedding"); }
            public Void visitTransformerBlock(TransformerBlock b) { throw new AssertionError("check failed: stage 4: iris-linear has no transformer block"); }
            public Void visitLmHead(LmHead h) { throw new AssertionError("check failed: stage 4: iris-linear has no LM head"); }
        });
    }
    if (predicted[0] != model.predict(x))
        throw new AssertionError("check failed: stage 4: class " + predicted[0] + " instead of " + model.predict(x) + " for row " + Arrays.toString(x));
}
check(true, "stage 4: your layers give iris-linear's class for all " + rows.length + " test rows");
