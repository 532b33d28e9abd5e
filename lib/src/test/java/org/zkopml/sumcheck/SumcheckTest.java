package org.zkopml.sumcheck;

import org.junit.jupiter.api.Test;
import org.zkopml.field.Fr;
import org.zkopml.poly.MultilinearExtension;
import org.zkopml.transcript.Transcript;
import org.zkopml.values.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sumcheck protocol: completeness, the sub-claim, round messages against a direct sum, and soundness against tampering. */
class SumcheckTest {

    static MultilinearExtension random(int v, SplittableRandom rnd) {
        List<Fr> t = new ArrayList<>();
        for (int i = 0; i < 1 << v; i++) t.add(Fr.of(rnd.nextLong()));
        return MultilinearExtension.of(t);
    }

    static Fr product(List<MultilinearExtension> fs, List<Fr> point) {
        Fr p = Fr.ONE;
        for (MultilinearExtension f : fs) p = p.mul(f.evaluate(point));
        return p;
    }

    @Test
    void honestProverIsAcceptedAndTheSubClaimIsTheProductAtThePoint() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int v = 1; v <= 6; v++) {
            for (int d = 1; d <= 4; d++) {
                List<MultilinearExtension> fs = new ArrayList<>();
                for (int k = 0; k < d; k++) fs.add(random(v, rnd));
                Verdict<SubClaim> out = Sumcheck.interact(SumcheckProver.of(fs), rnd);
                assertTrue(out.accepted(), out.reason());
                assertEquals(product(fs, out.value().point()), out.value().value(), "v=" + v + " d=" + d);
            }
        }
    }

    @Test
    void eachRoundMessageIsThePartialSumOverTheRemainingHypercube() {
        SplittableRandom rnd = new SplittableRandom(2);
        List<MultilinearExtension> fs = List.of(random(3, rnd), random(3, rnd), random(3, rnd));
        SumcheckProver p = SumcheckProver.of(fs);
        List<Fr> fixed = new ArrayList<>();
        while (p.roundsLeft() > 0) {
            RoundMessage m = p.message();
            int rest = p.roundsLeft() - 1;
            for (int t = 0; t <= 3; t++) {
                Fr direct = Fr.ZERO;
                for (int b = 0; b < 1 << rest; b++) {
                    List<Fr> point = new ArrayList<>(fixed);
                    point.add(Fr.of(t));
                    for (int i = rest - 1; i >= 0; i--) point.add(Fr.of((b >> i) & 1));
                    direct = direct.add(product(fs, point));
                }
                assertEquals(direct, m.evaluations().get(t));
            }
            Fr r = Fr.random(rnd);
            fixed.add(r);
            p.receive(r);
        }
    }

    @Test
    void aWrongClaimIsRejectedInRoundOne() {
        SplittableRandom rnd = new SplittableRandom(3);
        SumcheckProver p = SumcheckProver.of(List.of(random(4, rnd), random(4, rnd)));
        SumcheckClaim wrong = new SumcheckClaim(4, 2, p.claim().sum().add(Fr.ONE));
        Verdict<SumcheckVerifier> v = SumcheckVerifier.start(wrong).receive(p.message(), Fr.random(rnd));
        assertFalse(v.accepted());
        assertTrue(v.reason().startsWith("round 1:"), v.reason());
    }

    @Test
    void fiatShamirProofVerifiesAndEveryTamperedRoundValueIsRejected() {
        SplittableRandom rnd = new SplittableRandom(4);
        int mutations = 0;
        for (int trial = 0; trial < 40; trial++) {
            int v = 1 + rnd.nextInt(6);
            int d = 1 + rnd.nextInt(3);
            List<MultilinearExtension> fs = new ArrayList<>();
            for (int k = 0; k < d; k++) fs.add(random(v, rnd));
            FiatShamirSumcheck.Proven proven = FiatShamirSumcheck.prove(Transcript.start("test"), SumcheckProver.of(fs));
            Verdict<SubClaim> ok = FiatShamirSumcheck.verify(Transcript.start("test"), proven.claim(), proven.proof());
            assertTrue(ok.accepted(), ok.reason());
            assertEquals(product(fs, ok.value().point()), ok.value().value());
            for (int m = 0; m < 10; m++) {
                List<RoundMessage> rounds = new ArrayList<>(proven.proof().rounds());
                int j = rnd.nextInt(rounds.size());
                List<Fr> g = new ArrayList<>(rounds.get(j).evaluations());
                int t = rnd.nextInt(g.size());
                g.set(t, g.get(t).add(Fr.of(1 + rnd.nextInt(1000))));
                rounds.set(j, new RoundMessage(g));
                Verdict<SubClaim> bad = FiatShamirSumcheck.verify(Transcript.start("test"), proven.claim(), new SumcheckProof(rounds));
                // a changed message is either inconsistent in some round or moves the point: then the sub-claim is false
                boolean caught = bad.rejected() || !product(fs, bad.value().point()).equals(bad.value().value());
                assertTrue(caught, "round " + (j + 1) + " value " + t);
                mutations++;
            }
        }
        assertEquals(400, mutations);
    }
}
