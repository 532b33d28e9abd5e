package org.zkopml.sumcheck;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Thaler's matrix-product proof with a Hyrax commitment to W: completeness on odd shapes, and rejection of every mutation. */
class MatMulTest {

    static long[][] random(int rows, int cols, SplittableRandom rnd) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) for (int j = 0; j < cols; j++) row[j] = rnd.nextLong(-40000, 40000);
        return m;
    }

    static long[][] copy(long[][] m) {
        long[][] c = new long[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }

    @Test
    void integerCommitmentEqualsTheFieldCommitmentOfTheEmbeddedTable() {
        SplittableRandom rnd = new SplittableRandom(5);
        long[] t = new long[64];
        for (int i = 0; i < t.length; i++) t[i] = rnd.nextLong(-70000, 70000);
        t[3] = Long.MAX_VALUE;
        t[4] = -Long.MAX_VALUE;
        assertEquals(Hyrax.commit(IntegerEmbedding.of(t), 3), Hyrax.commit(t, 3));
        for (long x : new long[] {0, 1, -1, 65535, 65536, -65537, 1L << 40, -(1L << 50) + 7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(Fr.of(x), IntegerEmbedding.of(x), "embedding of " + x);
        }
    }

    @Test
    void hyraxOpeningGivesTheMultilinearExtensionAtThePoint() {
        SplittableRandom rnd = new SplittableRandom(6);
        Fr[] t = new Fr[32];
        for (int i = 0; i < t.length; i++) t[i] = Fr.random(rnd);
        HyraxCommitment c = Hyrax.commit(t, 2);
        List<Fr> point = new ArrayList<>();
        for (int i = 0; i < 5; i++) point.add(Fr.random(rnd));
        Verdict<Fr> v = Hyrax.verify(c, point, Hyrax.open(t, 2, point));
        assertTrue(v.accepted(), v.reason());
        assertEquals(org.zkopml.poly.MultilinearExtension.of(List.of(t)).evaluate(point), v.value());
    }

    @Test
    void productsOfEveryShapeVerify() {
        SplittableRandom rnd = new SplittableRandom(7);
        int[][] shapes = {{1, 1, 1}, {1, 5, 1}, {3, 5, 2}, {8, 8, 8}, {10, 64, 1}, {17, 3, 9}, {32, 64, 4}};
        for (int[] s : shapes) {
            long[][] w = random(s[0], s[1], rnd), x = random(s[1], s[2], rnd);
            long[][] y = MatMul.multiply(w, x);
            HyraxCommitment c = MatMul.commitWeights(w);
            Verdict<Void> v = MatMul.verify(c, x, y, MatMul.prove(c, w, x, y));
            assertTrue(v.accepted(), s[0] + "x" + s[1] + "x" + s[2] + ": " + v.reason());
        }
    }

    @Test
    void aWrongOutputAWrongWeightOrATamperedRoundIsRejected() {
        SplittableRandom rnd = new SplittableRandom(8);
        int mutations = 0;
        for (int trial = 0; trial < 25; trial++) {
            int m = 1 + rnd.nextInt(12), n = 1 + rnd.nextInt(12), p = 1 + rnd.nextInt(4);
            long[][] w = random(m, n, rnd), x = random(n, p, rnd);
            long[][] y = MatMul.multiply(w, x);
            HyraxCommitment c = MatMul.commitWeights(w);
            MatMulProof honest = MatMul.prove(c, w, x, y);
            assertTrue(MatMul.verify(c, x, y, honest).accepted());
            for (int k = 0; k < 8; k++) {
                // a wrong output: one entry of Y off by a random non-zero amount, proven as well as the prover can
                long[][] badY = copy(y);
                badY[rnd.nextInt(m)][rnd.nextInt(p)] += rnd.nextBoolean() ? 1 : -1 - rnd.nextInt(1000);
                assertTrue(MatMul.verify(c, x, badY, MatMul.prove(c, w, x, badY)).rejected(), "wrong output accepted");
                // a wrong weight: the prover uses W' ≠ W (and the true W'·X) against the commitment to W
                long[][] badW = copy(w);
                badW[rnd.nextInt(m)][rnd.nextInt(n)] += 1 + rnd.nextInt(100);
                long[][] yOfBad = MatMul.multiply(badW, x);
                assertTrue(MatMul.verify(c, x, yOfBad, MatMul.prove(c, badW, x, yOfBad)).rejected(), "wrong weight accepted");
                // a tampered round message, opening entry or claimed weight
                assertTrue(MatMul.verify(c, x, y, tamper(honest, rnd)).rejected(), "tampered proof accepted");
                mutations += 3;
            }
        }
        assertEquals(600, mutations);
    }

    static MatMulProof tamper(MatMulProof p, SplittableRandom rnd) {
        Fr delta = Fr.of(1 + rnd.nextInt(1 << 20));
        int what = rnd.nextInt(3);
        if (what == 0) {
            List<RoundMessage> rounds = new ArrayList<>(p.sumcheck().rounds());
            int j = rnd.nextInt(rounds.size());
            List<Fr> g = new ArrayList<>(rounds.get(j).evaluations());
            int t = rnd.nextInt(g.size());
            g.set(t, g.get(t).add(delta));
            rounds.set(j, new RoundMessage(g));
            return new MatMulProof(new SumcheckProof(rounds), p.weight(), p.opening());
        }
        if (what == 1) return new MatMulProof(p.sumcheck(), p.weight().add(delta), p.opening());
        List<Fr> u = new ArrayList<>(p.opening().combinedRow());
        int i = rnd.nextInt(u.size());
        u.set(i, u.get(i).add(delta));
        return new MatMulProof(p.sumcheck(), p.weight(), new HyraxOpening(u));
    }

    @Test
    void mismatchedShapesAreRefused() {
        long[][] w = new long[2][3], x = new long[4][1];
        assertThrows(IllegalArgumentException.class, () -> MatMul.multiply(w, x));
    }
}
