package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiersDilemmaTest {
    @Test
    void diligentWatchersCatchEveryCheatAndLazyOnesMissMostUnlessForcedErrorsKeepThemAlert() {
        VerifiersDilemma.Outcome diligent = new VerifiersDilemma(2, 0, 1.0, 0.01, 0).simulate(20_000, 1);
        assertEquals(diligent.cheats(), diligent.caught());
        assertEquals(2.0, diligent.checksPerRound(), 1e-12);
        VerifiersDilemma.Outcome lazy = new VerifiersDilemma(2, 50, 0.05, 0.002, 0).simulate(200_000, 2);
        VerifiersDilemma.Outcome forced = new VerifiersDilemma(2, 50, 0.05, 0.002, 0.1).simulate(200_000, 3);
        assertTrue(lazy.caughtShare().mean() < 0.4, lazy.toString());
        assertTrue(forced.caughtShare().mean() > 0.9, forced.toString());
        assertTrue(forced.checksPerRound() > lazy.checksPerRound());
    }

    @Test
    void oneWatcherMatchesItsMarkovChain() {
        // one watcher, memory 3, spot 0.2, error rate e: caught share = P(alert) + P(asleep)·0.2
        VerifiersDilemma m = new VerifiersDilemma(1, 3, 0.2, 0.05, 0.1);
        double e = 0.05 + 0.95 * 0.1;
        double[] pi = new double[4];
        pi[3] = 1;
        for (int it = 0; it < 10_000; it++) {
            double[] next = new double[4];
            for (int s = 0; s < 4; s++) {
                double look = s < 3 ? 1 : 0.2;
                next[0] += pi[s] * look * e;
                next[Math.min(3, s + 1)] += pi[s] * (s < 3 ? 1 - e : 0);
                if (s == 3) next[3] += pi[s] * (1 - look * e);
            }
            pi = next;
        }
        double expected = pi[0] + pi[1] + pi[2] + pi[3] * 0.2;
        Estimate got = m.simulate(400_000, 4).caughtShare();
        assertTrue(got.agreesWith(expected, 4), got + " vs " + expected);
    }
}
