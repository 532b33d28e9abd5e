package org.zkopml.dispute;

/**
 * A Monte Carlo estimate of a probability: {@code hits} successes in {@code trials} independent trials, with
 * the binomial standard error √(q(1 − q)/trials) of the estimate q = hits / trials.
 *
 * @param hits   trials in which the event happened
 * @param trials trials run
 */
public record Estimate(long hits, long trials) {
    public Estimate {
        if (trials < 1 || hits < 0 || hits > trials) throw new IllegalArgumentException("need 0 ≤ hits ≤ trials and trials ≥ 1, got " + hits + " of " + trials);
    }

    /** The estimate q = hits / trials. */
    public double mean() {
        return (double) hits / trials;
    }

    /** The standard error of q for a true probability {@code p}: √(p(1 − p)/trials). */
    public double standardError(double p) {
        return Math.sqrt(p * (1 - p) / trials);
    }

    /**
     * Whether q is within {@code z} standard errors of the exact probability {@code p} (the error computed at
     * {@code p}, plus half a trial's width so that p = 0 or 1 is not asked for an exact hit of a rounding).
     */
    public boolean agreesWith(double p, double z) {
        return Math.abs(mean() - p) <= z * standardError(p) + 0.5 / trials;
    }
}
