// Exercise 02 · staged checks. Each stage must pass before the next one runs.

// Stage 1: hand-picked values (x / 2^s rounded half up).
check(requantize(12, 2) == 3 && requantize(13, 2) == 3 && requantize(14, 2) == 4 && requantize(15, 2) == 4,
      "stage 1: 12/4 = 3, 13/4 → 3, 14/4 = 3.5 → 4, 15/4 → 4");
check(requantize(-6, 2) == -1 && requantize(-3, 1) == -1 && requantize(-7, 2) == -2,
      "stage 1: negative values: −6/4 = −1.5 → −1, −3/2 = −1.5 → −1, −7/4 → −2");
check(requantize(-5, 0) == -5, "stage 1: s = 0 is the identity");

// Stage 2: against the library's Requantize layer.
Random random = new Random(2);
for (int i = 0; i < 10_000; i++) {
    int s = random.nextInt(20);
    long x = random.nextLong() >> 8;
    long want = IntegerInference.apply(new Requantize(s), new long[] {x})[0];
    if (requantize(x, s) != want)
        throw new AssertionError("check failed: stage 2: requantize(" + x + ", " + s + ") should be " + want);
}
check(true, "stage 2: requantize agrees with the library on 10,000 random values");

// Stage 3: the dense layer of iris-linear, on every test row.
TrainedModel iris = Recipes.train("iris-linear");
QuantizedModel model = iris.quantized();
Dense layer = (Dense) model.layers().get(0);
long[][] w = new long[layer.outputs()][];
for (int j = 0; j < w.length; j++) {
    w[j] = new long[model.inputWidth()];
    for (int i = 0; i < w[j].length; i++) w[j][i] = layer.weight(j, i);
}
long[] b = layer.bias();
long[][] rows = iris.testInputs(model.scaleBits());
for (long[] x : rows) {
    if (!Arrays.equals(dense(w, b, x), IntegerInference.apply(layer, x)))
        throw new AssertionError("check failed: stage 3: dense differs from the library on row " + Arrays.toString(x));
}
boolean threw = false;
try { dense(new long[][] {{Long.MAX_VALUE / 2}}, new long[] {0}, new long[] {3}); } catch (ArithmeticException e) { threw = true; }
check(threw, "stage 3: dense agrees with the library on " + rows.length + " rows, and an overflow throws instead of wrapping");

// Stage 4: the whole model with your functions, layer by layer.
for (long[] x : rows) {
    long[] v = x;
    int predicted = -1;
    for (Layer l : model.layers()) {
        if (l instanceof Dense) v = dense(w, b, v);
        else if (l instanceof Requantize r) { long[] u = new long[v.length]; for (int i = 0; i < v.length; i++) u[i] = requantize(v[i], r.shift()); v = u; }
        else if (l instanceof Argmax) predicted = argmax(v);
        else throw new AssertionError("check failed: stage 4: unexpected layer " + l);
    }
    if (predicted != model.predict(x))
        throw new AssertionError("check failed: stage 4: class " + predicted + " instead of " + model.predict(x));
}
check(argmax(new long[] {4, 9, 9, 1}) == 1, "stage 4: argmax breaks ties by the first index");
check(true, "stage 4: your layers give iris-linear's class for all " + rows.length + " test rows");
