// Exercise 16 · staged checks, against polynomials evaluated from their coefficients with BigInteger mod r.

BigInteger horner(BigInteger[] coefficients, BigInteger x) { BigInteger v = BigInteger.ZERO; for (int i = coefficients.length - 1; i >= 0; i--) v = v.multiply(x).add(coefficients[i]).mod(Fr.MODULUS); return v; }
List<Fr> valuesAt0toD(BigInteger[] c) { List<Fr> v = new ArrayList<>(); for (int i = 0; i < c.length; i++) v.add(Fr.of(horner(c, BigInteger.valueOf(i)))); return v; }
boolean rejects(Runnable r) { try { r.run(); return false; } catch (IllegalArgumentException e) { return true; } }

stage(1, "interpolation through three points", "the basis polynomial of point i is Π_{j≠i} (x − j)/(i − j): mind the sign of (i − j), and divide with inverse()");
forbid("\\bRoundMessage\\b|\\bSumcheckVerifier\\b|\\binterpolate\\b|\\bPolynomial\\b|\\bFiatShamirSumcheck\\b", "interpolate and verify yourself");
BigInteger[] q16 = {BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)};            // 1 + 2t + 3t²
for (int x : new int[] {0, 1, 2, 3, 5, 7, -4})
    check(lagrangeAt(valuesAt0toD(q16), Fr.of(x)).equals(Fr.of(horner(q16, BigInteger.valueOf(x)))), "stage 1: 1 + 2t + 3t² through t = 0, 1, 2, at t = " + x + " is " + horner(q16, BigInteger.valueOf(x).mod(Fr.MODULUS)));

stage(2, "interpolation of degree 1 to 4 at random points", "loop over all values.size() points, not a formula for three");
SplittableRandom coins16 = new SplittableRandom(16);
for (int d = 1; d <= 4; d++)
    for (int t = 0; t < 5; t++) {
        BigInteger[] c = new BigInteger[d + 1];
        for (int i = 0; i <= d; i++) c[i] = Fr.random(coins16).toBigInteger();
        Fr x = Fr.random(coins16);
        check(lagrangeAt(valuesAt0toD(c), x).equals(Fr.of(horner(c, x.toBigInteger()))), "stage 2: a random polynomial of degree " + d + " at a random point");
    }

stage(3, "one round: accept the honest message, reject lies", "check values.size() == degree + 1 and g(0) + g(1) == claim before interpolating; the new claim is g(r), not the old claim");
BigInteger[] g16 = {BigInteger.valueOf(4), BigInteger.valueOf(-3).mod(Fr.MODULUS), BigInteger.valueOf(5)};   // 4 − 3t + 5t²
List<Fr> gv16 = valuesAt0toD(g16);
Fr c16 = gv16.get(0).add(gv16.get(1));
check(verifyRound(c16, 2, gv16, Fr.of(9)).equals(Fr.of(horner(g16, BigInteger.valueOf(9)))), "stage 3: the honest round is accepted and the new claim is g(9) = " + horner(g16, BigInteger.valueOf(9)));
check(rejects(() -> verifyRound(c16.add(Fr.ONE), 2, gv16, Fr.of(9))), "stage 3: a claim off by one is rejected (IllegalArgumentException)");
List<Fr> tooMany16 = new ArrayList<>(valuesAt0toD(new BigInteger[] {g16[0], g16[1], g16[2], BigInteger.ONE}));
check(tooMany16.get(0).add(tooMany16.get(1)).equals(c16.add(Fr.ONE)) && rejects(() -> verifyRound(c16.add(Fr.ONE), 2, tooMany16, Fr.of(9))),
      "stage 3: a degree-3 message in a degree-2 round is rejected even when g(0) + g(1) matches its claim");

stage(4, "a whole sumcheck against the kit's prover", "each round's claim is the previous round's g(r); the first round's claim is the claimed sum");
List<MultilinearExtension> ab16 = new ArrayList<>();
for (int k = 0; k < 2; k++) { List<Fr> t = new ArrayList<>(); for (int i = 0; i < 8; i++) t.add(Fr.of(coins16.nextInt(-20, 21))); ab16.add(MultilinearExtension.of(t)); }
SumcheckProver p16 = SumcheckProver.of(ab16);
Fr sum16 = p16.claim().sum();
List<List<Fr>> msgs16 = new ArrayList<>();
List<Fr> rs16 = new ArrayList<>();
while (p16.roundsLeft() > 0) { msgs16.add(p16.message().evaluations()); Fr r = Fr.random(coins16); rs16.add(r); p16.receive(r); }
Fr last16 = verifyAll(sum16, 2, msgs16, rs16);
check(last16.equals(ab16.get(0).evaluate(rs16).mul(ab16.get(1).evaluate(rs16))), "stage 4: the final claim is a(r)·b(r) at the challenges");
check(rejects(() -> verifyAll(sum16.add(Fr.ONE), 2, msgs16, rs16)), "stage 4: a claimed sum off by one is caught");
