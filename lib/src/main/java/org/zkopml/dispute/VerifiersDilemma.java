package org.zkopml.dispute;

import java.util.SplittableRandom;

/**
 * The verifier's dilemma of optimistic systems (Luu, Teutsch, Kulkarni and Saxena, "Demystifying Incentives in
 * the Consensus Computer", CCS 2015; Teutsch and Reitwießner, "A scalable verification solution for
 * blockchains" — the Truebit paper, §3 and §4.2 "forced errors"), as a seeded Monte Carlo. Checking a claim
 * costs a watcher a re-execution and pays only when the claim is wrong; when the bonds work and nobody
 * cheats, checking never pays, rational watchers check less — and then cheating pays again.
 *
 * <p>The model, per round one claim: the claim is a cheat with probability {@code cheatRate}; otherwise, with
 * probability {@code forcedErrorRate}, the protocol itself posts a deliberately wrong result (Truebit's forced
 * error: a jackpot for whoever finds it, never finalised) — else it is correct. Each of the {@code watchers}
 * re-executes the claim when it is <i>alert</i> — it found a wrong result (a cheat or a forced error) within
 * its last {@code memory} rounds — and otherwise only spot-checks, with probability {@code spotCheck}; a
 * check of a wrong result finds it and makes the watcher alert again. A cheat is caught when at least one
 * watcher checks it. With no forced errors, rare cheats find the watchers asleep; forced errors keep them
 * alert at the price of more checks, which the jackpot pays for. (Arbitrum's "attention challenges" aim at the
 * same thing by making each validator prove it did the work.)
 *
 * @param watchers        the number of watchers, at least 1
 * @param memory          rounds a watcher stays alert after finding a wrong result
 * @param spotCheck       probability a non-alert watcher checks anyway
 * @param cheatRate       probability a round's claim is a cheat
 * @param forcedErrorRate probability a round's claim is a forced error (when it is not a cheat)
 */
public record VerifiersDilemma(int watchers, int memory, double spotCheck, double cheatRate, double forcedErrorRate) {
    public VerifiersDilemma {
        if (watchers < 1) throw new IllegalArgumentException("at least one watcher, got " + watchers);
        if (memory < 0) throw new IllegalArgumentException("memory must be ≥ 0, got " + memory);
        for (double p : new double[] {spotCheck, cheatRate, forcedErrorRate}) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probabilities are in [0, 1], got " + p);
        }
    }

    /**
     * What a run of the model showed.
     *
     * @param rounds       claims simulated
     * @param cheats       claims that were cheats
     * @param caught       cheats at least one watcher checked
     * @param forcedErrors forced errors posted
     * @param checks       re-executions done by all watchers together
     */
    public record Outcome(long rounds, long cheats, long caught, long forcedErrors, long checks) {
        /** The share of cheats caught, with its standard error (an {@link Estimate} of caught over cheats). */
        public Estimate caughtShare() {
            return new Estimate(caught, Math.max(1, cheats));
        }

        /** Re-executions per claim, over all watchers: what watching cost. */
        public double checksPerRound() {
            return (double) checks / rounds;
        }
    }

    /** Simulates {@code rounds} claims from {@code seed}; all watchers start alert. */
    public Outcome simulate(long rounds, long seed) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be ≥ 1, got " + rounds);
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] sinceFound = new long[watchers];
        long cheats = 0, caught = 0, forced = 0, checks = 0;
        for (long t = 0; t < rounds; t++) {
            double u = rnd.nextDouble();
            boolean cheat = u < cheatRate;
            boolean forcedError = !cheat && rnd.nextDouble() < forcedErrorRate;
            boolean wrong = cheat || forcedError;
            boolean checked = false;
            for (int w = 0; w < watchers; w++) {
                boolean looks = sinceFound[w] < memory || rnd.nextDouble() < spotCheck;
                if (looks) {
                    checks++;
                    checked = true;
                }
                sinceFound[w] = looks && wrong ? 0 : sinceFound[w] + 1;
            }
            if (cheat) {
                cheats++;
                if (checked) caught++;
            }
            if (forcedError) forced++;
        }
        return new Outcome(rounds, cheats, caught, forced, checks);
    }
}
