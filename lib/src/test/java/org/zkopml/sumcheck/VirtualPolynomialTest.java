package org.zkopml.sumcheck;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pieces of the transformer proof below {@link GptProof}: sums of products, the eq shortcut, the sum of fractions
 * (logUp-GKR), many claims reduced to one opening, and openings of many commitments checked at once.
 */
class VirtualPolynomialTest {

    static Fr[] random(int v, SplittableRandom rnd) {
        Fr[] t = new Fr[1 << v];
        for (int i = 0; i < t.length; i++) t[i] = Fr.of(rnd.nextLong());
        return t;
    }

    static List<Fr> point(int v, SplittableRandom rnd) {
        List<Fr> p = new ArrayList<>();
        for (int i = 0; i < v; i++) p.add(Fr.of(rnd.nextLong()));
        return p;
    }

    @Test
    void aSumOfProductsIsProvenAndItsSubClaimIsTheSumOfProductsAtThePoint() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int v = 1; v <= 6; v++) {
            Fr[][] t = {random(v, rnd), random(v, rnd), random(v, rnd)};
            int[][] terms = {{0, 1}, {2}, {0, 1, 2}, {1, 1}};
            Fr[] c = {Fr.of(3), Fr.of(-5), Fr.ONE, Fr.of(7)};
            Verdict<SubClaim> out = Sumcheck.interact(SumcheckProver.ofTerms(t, terms, c), rnd);
            assertTrue(out.accepted(), out.reason());
            List<Fr> r = out.value().point();
            Fr a = Packing.evaluateFr(t[0], r), b = Packing.evaluateFr(t[1], r), d = Packing.evaluateFr(t[2], r);
            Fr expected = Fr.of(3).mul(a).mul(b).add(Fr.of(-5).mul(d)).add(a.mul(b).mul(d)).add(Fr.of(7).mul(b).mul(b));
            assertEquals(expected, out.value().value(), "v=" + v);
        }
    }

    @Test
    void theEqShortcutSendsTheSameMessagesAsAnEqTable() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (int v = 1; v <= 7; v++) {
            List<Fr> r = point(v, rnd);
            Fr[][] t = {random(v, rnd), random(v, rnd), random(v, rnd)};
            Fr lambda = Fr.of(rnd.nextLong());
            SumcheckProver plain = SumcheckProver.ofTerms(new Fr[][] {Hyrax.eqTable(r), t[0], t[1], t[2]},
                    new int[][] {{0, 1, 3}, {0, 2}, {0, 1, 2}}, new Fr[] {Fr.ONE, Fr.ONE, lambda});
            SumcheckProver fast = SumcheckProver.withEq(r, t, new int[][] {{0, 2}, {1}, {0, 1}}, new Fr[] {Fr.ONE, Fr.ONE, lambda},
                    plain.claim().sum());
            assertEquals(plain.claim(), fast.claim());
            while (plain.roundsLeft() > 0) {
                assertEquals(plain.message(), fast.message(), "v=" + v + " round " + (v - plain.roundsLeft() + 1));
                Fr c = Fr.of(rnd.nextLong());
                plain.receive(c);
                fast.receive(c);
            }
            assertEquals(plain.finalEvaluations().subList(1, 4), fast.finalEvaluations());
        }
    }

    @Test
    void aSumOfFractionsIsProvenWithoutCommittingToTheInversesAndAWrongSumIsRejected() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n = 1; n <= 8; n++) {
            Fr[] p = rnd.nextBoolean() ? null : random(n, rnd), q = random(n, rnd);
            Fr sum = Fr.ZERO;
            for (int i = 0; i < q.length; i++) sum = sum.add((p == null ? Fr.ONE : p[i]).mul(q[i].inverse()));
            FractionSumcheck.Proven proven = FractionSumcheck.prove(Coins.fiatShamir(Transcript.start("t")), p, q);
            Verdict<FractionSumcheck.LeafClaim> ok = FractionSumcheck.verify(Coins.fiatShamir(Transcript.start("t")), n, sum, proven.proof());
            assertTrue(ok.accepted(), ok.reason());
            List<Fr> r = ok.value().point();
            assertEquals(p == null ? Fr.ONE : Packing.evaluateFr(p, r), ok.value().numerator(), "n=" + n);
            assertEquals(Packing.evaluateFr(q, r), ok.value().denominator(), "n=" + n);
            Verdict<FractionSumcheck.LeafClaim> bad = FractionSumcheck.verify(Coins.fiatShamir(Transcript.start("t")), n, sum.add(Fr.ONE), proven.proof());
            assertTrue(bad.rejected());
            assertEquals("layer 1: p(0)/q(0) + p(1)/q(1) differs from the table side", bad.reason());
        }
    }

    @Test
    void claimsOnAVectorAreProvenByOneOpeningAndAFalseClaimIsRejected() {
        SplittableRandom rnd = new SplittableRandom(6);
        long[] v = new long[1 << 8];
        for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(-1000, 1000);
        HyraxCommitment c = Hyrax.commit(v, 5);
        List<Packing.Claim> claims = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            int bits = 1 + rnd.nextInt(8);
            int offset = rnd.nextInt(1 << (8 - bits)) << bits;
            List<Fr> y = point(bits, rnd);
            long[] slice = java.util.Arrays.copyOfRange(v, offset, offset + (1 << bits));
            claims.add(new Packing.Claim(offset, bits, y, Packing.evaluate(slice, y)));
        }
        ReductionProof proof = OpeningReduction.prove(Coins.fiatShamir(Transcript.start("r")), v, 5, claims);
        Verdict<Void> ok = OpeningReduction.verify(Coins.fiatShamir(Transcript.start("r")), c, claims, proof);
        assertTrue(ok.accepted(), ok.reason());
        List<Packing.Claim> wrong = new ArrayList<>(claims);
        Packing.Claim w = wrong.get(3);
        wrong.set(3, new Packing.Claim(w.offset(), w.variables(), w.point(), w.value().add(Fr.ONE)));
        Verdict<Void> bad = OpeningReduction.verify(Coins.fiatShamir(Transcript.start("r")), c, wrong, proof);
        assertTrue(bad.rejected());
    }

    @Test
    void openingsOfManyCommitmentsAreCheckedTogetherAndOneBadRowIsCaught() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Hyrax.RowCheck> checks = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int v = 3 + k, col = 1 + k % 3;
            long[] t = new long[1 << v];
            for (int i = 0; i < t.length; i++) t[i] = rnd.nextInt(-128, 128);
            List<Fr> p = point(v, rnd);
            HyraxOpening o = Hyrax.open(IntegerEmbedding.of(t), col, p);
            assertEquals(Packing.evaluate(t, p), Hyrax.evaluate(o, p.subList(v - col, v)));
            checks.add(new Hyrax.RowCheck(Hyrax.commit(t, col), p, o));
        }
        List<Fr> gammas = point(checks.size(), rnd);
        assertTrue(Hyrax.verifyAll(checks, gammas).accepted());
        Hyrax.RowCheck c = checks.get(2);
        List<Fr> u = new ArrayList<>(c.opening().combinedRow());
        u.set(0, u.get(0).add(Fr.ONE));
        checks.set(2, new Hyrax.RowCheck(c.commitment(), c.point(), new HyraxOpening(u)));
        assertTrue(Hyrax.verifyAll(checks, gammas).rejected());
    }

    @Test
    void logUpTableSumsAgreeForTheByteTableAndAnyTable() {
        SplittableRandom rnd = new SplittableRandom(8);
        long[] m = new long[256];
        for (int i = 0; i < m.length; i++) m[i] = rnd.nextInt(5);
        Fr alpha = Fr.of(rnd.nextLong());
        Fr[] bytes = new Fr[256];
        for (int i = 0; i < 256; i++) bytes[i] = Fr.of(i);
        assertEquals(LogUp.tableSum(m, alpha), LogUp.tableSum(m, bytes, alpha));
        assertEquals(3, LogUp.multiplicities(new int[] {2, 0, 2, 2}, 3)[2]);
    }
}
