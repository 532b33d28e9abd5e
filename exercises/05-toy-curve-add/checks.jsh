// Exercise 05 · staged checks. Points are found by trying every x; sums are checked by hand-worked
// values and by the group laws, not by the library.

long p43(long v) { return Math.floorMod(v, 43); }
boolean onCurve(long[] P) { return P == null || (P.length == 2 && P[0] >= 0 && P[0] < 43 && P[1] >= 0 && P[1] < 43 && p43(P[1] * P[1] - P[0] * P[0] * P[0] - 6) == 0); }
boolean same(long[] P, long[] Q) { return P == null ? Q == null : Q != null && Arrays.equals(P, Q); }
String show(long[] P) { return P == null ? "O" : "(" + P[0] + ", " + P[1] + ")"; }
List<long[]> points = new ArrayList<>();
for (long x = 0; x < 43; x++) for (long y = 0; y < 43; y++) if (onCurve(new long[] {x, y})) points.add(new long[] {x, y});
if (points.size() != 38) throw new AssertionError("the checks' own point count is wrong: " + points.size());

stage(1, "the point at infinity O (null)", "test for null first: O + P = P, P + O = P; if x₁ = x₂ and y₁ = −y₂ (mod 43) the sum is O — do this before dividing by x₂ − x₁");
forbid("Bls6_6|CurvePoint|\\bCurve\\s*<|SmallPrimeField|SmallFieldElement", "write the group law yourself");
long[] G = {13, 15};
check(same(add(null, G), G) && same(add(G, null), G), "stage 1: O + P = P + O = P");
check(add(G, new long[] {13, 28}) == null && add(new long[] {0, 36}, new long[] {0, 7}) == null, "stage 1: P + (−P) = O");
check(dbl(null) == null && add(null, null) == null, "stage 1: 2·O = O + O = O");

stage(2, "two sums by hand", "λ = (y₂ − y₁)·(x₂ − x₁)⁻¹, x₃ = λ² − x₁ − x₂, y₃ = λ·(x₁ − x₃) − y₁, all mod 43 and reduced into [0, 43)");
check(same(add(new long[] {0, 7}, new long[] {9, 41}), new long[] {35, 28}), "stage 2: (0, 7) + (9, 41) = (35, 28)");
check(same(add(new long[] {2, 33}, new long[] {16, 24}), new long[] {23, 2}), "stage 2: (2, 33) + (16, 24) = (23, 2)");

stage(3, "doubling", "λ = 3x²·(2y)⁻¹ (the tangent's slope: don't forget the 3), then x₃ = λ² − 2x, y₃ = λ·(x − x₃) − y");
check(same(dbl(G), new long[] {33, 34}), "stage 3: 2·(13, 15) = (33, 34)");
for (long[] P : points) if (!same(dbl(P), add(P, P))) throw new AssertionError("check failed: stage 3: dbl" + show(P) + " = " + show(dbl(P)) + " but " + show(P) + " + " + show(P) + " = " + show(add(P, P)));
check(true, "stage 3: dbl(P) = P + P for all 38 points");

stage(4, "the group laws", "every sum must land on the curve; look again at the formulas for x₃ and y₃ and at the reduction mod 43");
for (long[] P : points) for (long[] Q : points) {
    long[] S = add(P, Q);
    if (!onCurve(S) || !same(S, add(Q, P))) throw new AssertionError("check failed: stage 4: " + show(P) + " + " + show(Q) + " = " + show(S) + " is off the curve or not commutative");
}
Random random = new Random(4);
for (int i = 0; i < 2000; i++) {
    long[] P = points.get(random.nextInt(38)), Q = points.get(random.nextInt(38)), R = points.get(random.nextInt(38));
    if (!same(add(add(P, Q), R), add(P, add(Q, R)))) throw new AssertionError("check failed: stage 4: (P + Q) + R ≠ P + (Q + R) for " + show(P) + ", " + show(Q) + ", " + show(R));
}
check(true, "stage 4: closed, commutative and associative");
for (long[] P : points) { long[] S = null; for (int k = 0; k < 39; k++) S = add(S, P); if (S != null) throw new AssertionError("check failed: stage 4: 39·" + show(P) + " = " + show(S) + ", not O"); }
long[] S = null; int order = 0; do { S = add(S, G); order++; } while (S != null);
check(order == 13, "stage 4: 39·P = O for every point, and (13, 15) has order 13");
