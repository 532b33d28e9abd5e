package org.zkopml.dispute;

/**
 * The parameters of a game, within the {@link Bounds} the contracts share: 1 ≤ k ≤ {@value Bounds#MAX_K},
 * windows in [1, {@value Bounds#MAX_WINDOW}], bonds in [1, {@value Bounds#MAX_BOND}].
 *
 * @param k               points per bisection round (1 = binary; Truebit's c, Arbitrum's up to 40-way dissection)
 * @param phases          1 = instruction phase only; 2 = layer phase, then instruction phase inside one layer
 * @param challengeWindow time after the claim during which a challenge is accepted
 * @param responseWindow  time each move may take before the mover loses by timeout
 * @param submitterBond   bond locked with the claim
 * @param challengerBond  bond locked with the challenge
 */
public record Rules(int k, int phases, long challengeWindow, long responseWindow, long submitterBond, long challengerBond) {
    /** {@link Bounds#MAX_K}. */
    public static final int MAX_K = Bounds.MAX_K;
    /** {@link Bounds#MAX_WINDOW}. */
    public static final long MAX_WINDOW = Bounds.MAX_WINDOW;
    /** {@link Bounds#MAX_BOND}. */
    public static final long MAX_BOND = Bounds.MAX_BOND;

    public Rules {
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be in [1, " + MAX_K + "], got " + k);
        if (phases != 1 && phases != 2) throw new IllegalArgumentException("phases must be 1 or 2, got " + phases);
        if (challengeWindow < 1 || responseWindow < 1 || challengeWindow > MAX_WINDOW || responseWindow > MAX_WINDOW) {
            throw new IllegalArgumentException("windows must be in [1, 2^32], got " + challengeWindow + " and " + responseWindow);
        }
        if (submitterBond < 1 || challengerBond < 1 || submitterBond > MAX_BOND || challengerBond > MAX_BOND) {
            throw new IllegalArgumentException("bonds must be in [1, 2^60], got " + submitterBond + " and " + challengerBond);
        }
    }

    /** k-ary, with windows of 100 and 10 time units and bonds of 1,000 each. */
    public static Rules of(int k, int phases) {
        return new Rules(k, phases, 100, 10, 1_000, 1_000);
    }
}
