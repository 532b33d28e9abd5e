// Exercise 06 · staged checks: against repeated addition with the given add (which exercise 05 checks).

String show(long[] P) { return P == null ? "O" : "(" + P[0] + ", " + P[1] + ")"; }
boolean same(long[] P, long[] Q) { return P == null ? Q == null : Q != null && Arrays.equals(P, Q); }
long[] repeated(long k, long[] P) { long[] S = null; for (long i = 0; i < k; i++) S = add(S, P); return S; }
long[] G = {13, 15}, H = {0, 7};

stage(1, "small scalars", "start from O (null); for each bit of k from the top: R = dbl(R), then R = add(R, P) if the bit is 1");
forbid("Bls6_6|CurvePoint|\\.mul\\s*\\(", "write the ladder yourself");
for (long[] P : List.of(G, H))
    for (int k = 0; k <= 40; k++)
        if (!same(mul(BigInteger.valueOf(k), P), repeated(k, P)))
            throw new AssertionError("check failed: stage 1: " + k + "·" + show(P) + " should be " + show(repeated(k, P)) + ", not " + show(mul(BigInteger.valueOf(k), P)));
check(true, "stage 1: k·P for k = 0..40 and two points");

stage(2, "256-bit scalars, in about two operations per bit", "use every bit of the BigInteger (k.bitLength(), k.testBit(i)), not k.intValue() or k.longValue(), and never loop k times");
Random random = new Random(6);
List<BigInteger> scalars = new ArrayList<>(List.of(BigInteger.ONE.shiftLeft(200).add(BigInteger.valueOf(7))));
for (int i = 0; i < 50; i++) scalars.add(new BigInteger(1 + random.nextInt(256), random));
for (BigInteger k : scalars) for (long[] P : List.of(G, H)) {
    long[] want = repeated(k.mod(BigInteger.valueOf(39)).longValueExact(), P);
    operations = 0;
    long[] got = mul(k, P);
    if (!same(got, want)) throw new AssertionError("check failed: stage 2: " + k + "·" + show(P) + " should be " + show(want) + ", not " + show(got));
    if (operations > 2L * k.bitLength() + 2) throw new AssertionError("check failed: stage 2: " + operations + " group operations for a " + k.bitLength() + "-bit scalar (at most " + (2L * k.bitLength() + 2) + ")");
}
check(true, "stage 2: 51 large scalars, about two group operations per bit");

stage(3, "negative scalars", "for k < 0 compute neg(mul(k.negate(), P))");
for (int k = 1; k <= 40; k++) for (long[] P : List.of(G, H))
    if (!same(mul(BigInteger.valueOf(-k), P), neg(repeated(k, P))))
        throw new AssertionError("check failed: stage 3: (−" + k + ")·" + show(P) + " should be " + show(neg(repeated(k, P))));
check(same(mul(BigInteger.valueOf(-13), G), null), "stage 3: (−k)·P = −(k·P), and (−13)·G = O");
