package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.SyntheticModels;

/**
 * The 1-of-N watchers: seeded Monte Carlo estimates against the closed forms (within 4 binomial standard errors,
 * a bound a correct sampler crosses about once in 16,000 runs, and a fixed seed makes it deterministic), the
 * closed form against a numerical integral, and real games in which a cheat finalises when nobody watches.
 */
class WatchersTest {
    static final LayeredProgram MODEL = SyntheticModels.mlp(5, 6, 5, 4, 3);
    static final Task TASK = Task.of(MODEL, SyntheticModels.input(8, 6));
    static final HonestBelief TRUTH = new HonestBelief(TASK, 64);

    @ParameterizedTest(name = "N={0}, p={1}")
    @CsvSource({"0,0.5", "1,0.0", "1,0.3", "2,0.5", "5,0.1", "10,0.2", "20,0.05", "3,1.0", "50,0.01"})
    void monteCarloOfInstantWatchersMatchesOneMinusOneMinusPToTheN(int n, double p) {
        Estimate e = Watchers.caught(WatchModel.instant(n, p), 1.0, 20_000, 7 * n + 1);
        double exact = WatchModel.atLeastOneOnline(n, p);
        assertEquals(exact, WatchModel.instant(n, p).caughtProbability(1.0), 1e-12);
        assertTrue(e.agreesWith(exact, 4), e + " vs " + exact + " ± " + e.standardError(exact));
    }

    @ParameterizedTest(name = "window={0}")
    @CsvSource({"0.5", "5", "30", "60", "120", "600", "3600"})
    void monteCarloWithLatencyMatchesTheClosedForm(double window) {
        WatchModel m = new WatchModel(4, 0.6, 60, 20);
        Estimate e = Watchers.caught(m, window, 20_000, 11);
        assertTrue(e.agreesWith(m.caughtProbability(window), 4), e + " vs " + m.caughtProbability(window));
    }

    @Test
    void closedFormForOneWatcherEqualsANumericalIntegral() {
        for (double c : new double[] {1, 60, 600}) {
            for (double r : new double[] {0.5, 20, 300}) {
                WatchModel m = new WatchModel(1, 1, c, r);
                for (double w : new double[] {0.1 * c, c, 2.5 * c, 10 * c}) {
                    // P(U·c + E ≤ w) = (1/c) ∫_0^c P(E ≤ w − u) du, by the midpoint rule
                    int steps = 100_000;
                    double sum = 0;
                    for (int i = 0; i < steps; i++) {
                        double u = (i + 0.5) * c / steps;
                        sum += w - u <= 0 ? 0 : 1 - Math.exp(-(w - u) / r);
                    }
                    assertEquals(sum / steps, m.singleWatcher(w), 1e-6, "c=" + c + " r=" + r + " w=" + w);
                }
            }
        }
    }

    @Test
    void caughtProbabilityGrowsWithTheWindowAndTheWatchersAndTendsToOneMinusOneMinusP() {
        for (int n = 0; n < 6; n++) {
            WatchModel m = new WatchModel(n, 0.4, 60, 30), more = new WatchModel(n + 1, 0.4, 60, 30);
            double last = -1;
            for (double w = 0; w <= 4_000; w += 50) {
                double q = m.caughtProbability(w);
                assertTrue(q >= last - 1e-15, "monotone in w");
                assertTrue(more.caughtProbability(w) >= q - 1e-15, "monotone in N");
                last = q;
            }
            assertEquals(WatchModel.atLeastOneOnline(n, 0.4), m.caughtProbability(1e6), 1e-9);
        }
    }

    @Test
    void aSeedFixesTheEstimateAndADifferentSeedCanDiffer() {
        WatchModel m = new WatchModel(3, 0.3, 60, 20);
        assertEquals(Watchers.caught(m, 100, 5_000, 3), Watchers.caught(m, 100, 5_000, 3));
        assertNotEquals(Watchers.caught(m, 100, 5_000, 3), Watchers.caught(m, 100, 5_000, 4));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WatchModel(-1, 0.5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new WatchModel(1, 1.5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new WatchModel(1, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new WatchModel(1, 0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Watchers.caught(WatchModel.instant(1, 0.5), 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Estimate(3, 2));
    }

    private static Ledger funded() {
        Ledger l = new Ledger();
        l.deposit(Party.SUBMITTER, 5_000).orElseThrow();
        l.deposit(Party.CHALLENGER, 5_000).orElseThrow();
        return l;
    }

    @Test
    void whenNobodyWatchesTheCheatFinalisesAndAWatcherInTimeCatchesIt() {
        Referee referee = new Referee(Rules.of(1, 1), TASK);
        long window = referee.rules().challengeWindow();
        SubmitterActor cheater = new SubmitterActor("mallory", new CheatingBelief(TRUTH, 10, 1));
        Ledger nobody = funded();
        GameRecord unwatched = Watchers.play(referee, cheater, TRUTH, Double.POSITIVE_INFINITY, nobody);
        assertEquals(Party.SUBMITTER, unwatched.winner(), "the false claim is final");
        assertEquals(5_000, nobody.balance(Party.SUBMITTER), "the cheater keeps its bond");
        assertTrue(unwatched.log().stream().allMatch(e -> e.time() > window), "settled only after the window");

        GameRecord late = Watchers.play(referee, new SubmitterActor("mallory", new CheatingBelief(TRUTH, 10, 1)), TRUTH, window + 1, funded());
        assertEquals(Party.SUBMITTER, late.winner(), "a challenge after the window is too late");

        Ledger watched = funded();
        GameRecord caught = Watchers.play(referee, new SubmitterActor("mallory", new CheatingBelief(TRUTH, 10, 1)), TRUTH, window / 2.0, watched);
        assertEquals(Party.CHALLENGER, caught.winner());
        assertEquals(5_000 + referee.rules().submitterBond(), watched.balance(Party.CHALLENGER), "the watcher wins the cheater's bond");
    }

    @Test
    void realGamesAgreeWithTheSamplerDrawByDraw() {
        Referee referee = new Referee(Rules.of(1, 1), TASK);
        WatchModel m = new WatchModel(3, 0.3, 60, 40);
        SplittableRandom rnd = new SplittableRandom(5);
        int caught = 0, trials = 200;
        for (int t = 0; t < trials; t++) {
            double at = m.firstChallenge(rnd);
            GameRecord g = Watchers.play(referee, new SubmitterActor("mallory", new CheatingBelief(TRUTH, 1 + t % 50, t)), TRUTH, at, funded());
            assertEquals(at <= referee.rules().challengeWindow() ? Party.CHALLENGER : Party.SUBMITTER, g.winner(), "draw " + t);
            if (g.winner() == Party.CHALLENGER) caught++;
        }
        assertEquals(Watchers.caught(m, referee.rules().challengeWindow(), trials, 5).hits(), caught, "the same seed, the same draws");
    }
}
