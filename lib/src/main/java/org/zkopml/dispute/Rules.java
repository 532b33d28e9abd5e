package org.zkopml.dispute;

/**
 * The parameters of a game.
 *
 * @param k               points per bisection round (1 = binary; Truebit's c, Arbitrum's up to 40-way dissection)
 * @param phases          1 = instruction phase only; 2 = layer phase, then instruction phase inside one layer
 * @param challengeWindow time after the claim during which a challenge is accepted
 * @param responseWindow  time each move may take before the mover loses by timeout
 * @param submitterBond   bond locked with the claim
 * @param challengerBond  bond locked with the challenge
 */
public record Rules(int k, int phases, long challengeWindow, long responseWindow, long submitterBond, long challengerBond) {
    public Rules {
        if (k < 1) throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        if (phases != 1 && phases != 2) throw new IllegalArgumentException("phases must be 1 or 2, got " + phases);
        if (challengeWindow < 1 || responseWindow < 1) throw new IllegalArgumentException("windows must be ≥ 1");
        if (submitterBond < 0 || challengerBond < 0) throw new IllegalArgumentException("bonds must be ≥ 0");
    }

    /** k-ary, with windows of 100 and 10 time units and bonds of 1,000 each. */
    public static Rules of(int k, int phases) {
        return new Rules(k, phases, 100, 10, 1_000, 1_000);
    }
}
