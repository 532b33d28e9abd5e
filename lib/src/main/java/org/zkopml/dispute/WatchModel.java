package org.zkopml.dispute;

import java.util.SplittableRandom;

/**
 * Who watches a posted claim, as a model with every assumption stated (the 1-of-N, or AnyTrust, assumption made
 * measurable): N honest watchers, each independently online during the challenge window with probability p. An
 * online watcher polls the chain every {@code checkInterval} time units — the claim lands at a uniformly random
 * point of its polling cycle, so it notices the claim after U·c, U uniform on [0, 1) — then re-executes the
 * inference and sends its challenge, taking a response time drawn from an exponential distribution with mean
 * {@code meanResponse}. The cheat is caught when at least one watcher's challenge lands within the window w.
 *
 * <p>For one online watcher the chance is P₁(w) = P(U·c + E ≤ w), in closed form
 * (w − r(1 − e^{−w/r}))/c for w ≤ c and 1 − (r/c)·e^{−w/r}(e^{c/r} − 1) for w ≥ c; with N independent
 * watchers the cheat is caught with probability 1 − (1 − p·P₁(w))^N, which is 1 − (1 − p)^N as the window grows.
 *
 * @param watchers     N ≥ 0
 * @param online       p in [0, 1]
 * @param checkInterval c &gt; 0, time between two looks at the chain
 * @param meanResponse  r ≥ 0, mean time to re-execute and get the challenge mined (0: instant)
 */
public record WatchModel(int watchers, double online, double checkInterval, double meanResponse) {
    public WatchModel {
        if (watchers < 0) throw new IllegalArgumentException("watchers must be ≥ 0, got " + watchers);
        if (!(online >= 0 && online <= 1)) throw new IllegalArgumentException("online must be a probability, got " + online);
        if (!(checkInterval > 0)) throw new IllegalArgumentException("checkInterval must be > 0, got " + checkInterval);
        if (!(meanResponse >= 0)) throw new IllegalArgumentException("meanResponse must be ≥ 0, got " + meanResponse);
    }

    /** N watchers online with probability p who react at once (no latency: only being online counts). */
    public static WatchModel instant(int watchers, double online) {
        return new WatchModel(watchers, online, Double.MIN_NORMAL, 0);
    }

    /** 1 − (1 − p)^N: the chance that at least one of N independent watchers is online. */
    public static double atLeastOneOnline(int watchers, double online) {
        return 1 - Math.pow(1 - online, watchers);
    }

    /** One online watcher's response time: noticing the claim (U·c) plus re-executing and sending (exponential, mean r). */
    public double responseTime(SplittableRandom rnd) {
        double notice = rnd.nextDouble() * checkInterval;
        double respond = meanResponse == 0 ? 0 : -meanResponse * Math.log(1 - rnd.nextDouble());
        return notice + respond;
    }

    /**
     * One draw of the watchers: the earliest time at which an online watcher's challenge lands, or +∞ when
     * nobody is online.
     */
    public double firstChallenge(SplittableRandom rnd) {
        double first = Double.POSITIVE_INFINITY;
        for (int i = 0; i < watchers; i++) {
            if (rnd.nextDouble() < online) first = Math.min(first, responseTime(rnd));
        }
        return first;
    }

    /** The model's exact answer: 1 − (1 − p·P₁(w))^N (see the class comment). */
    public double caughtProbability(double window) {
        return 1 - Math.pow(1 - online * singleWatcher(window), watchers);
    }

    /** P₁(w): one online watcher's challenge lands within w. */
    public double singleWatcher(double w) {
        if (w <= 0) return 0;
        double c = checkInterval, r = meanResponse;
        if (r == 0) return Math.min(1, w / c);
        if (w <= c) return (w - r * (1 - Math.exp(-w / r))) / c;
        return 1 - (r / c) * Math.exp(-(w - c) / r) * -Math.expm1(-c / r);   // = 1 − (r/c)·e^{−w/r}(e^{c/r} − 1), without overflow
    }
}
