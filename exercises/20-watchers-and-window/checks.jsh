// Exercise 20 · staged checks, against exact fractions (BigInteger) and a window scanned here.

boolean sameFraction20(BigInteger[] f, long num, long den) { return f[0].multiply(BigInteger.valueOf(den)).equals(BigInteger.valueOf(num).multiply(f[1])); }
BigInteger b20(long v) { return BigInteger.valueOf(v); }

stage(1, "1 − (1 − p)^N, exactly", "(1 − p)^N is the chance that no watcher is online: compute it as (den − num)^N / den^N and subtract from 1");
forbid("\\bWatchModel\\b|\\bWatchers\\b", "compute the probabilities yourself");
check(sameFraction20(caught(1, b20(1), b20(2)), 1, 2), "stage 1: one watcher online half the time: 1/2");
check(sameFraction20(caught(8, b20(1), b20(2)), 255, 256), "stage 1: eight watchers at p = 1/2: 255/256");
check(sameFraction20(caught(2, b20(9), b20(10)), 99, 100), "stage 1: two watchers at p = 9/10: 99/100");
check(sameFraction20(caught(0, b20(9), b20(10)), 0, 1), "stage 1: no watcher: 0");
check(sameFraction20(caught(3, b20(3), b20(10)), 657, 1000), "stage 1: three at p = 3/10: 1 − 0.343 = 657/1000");

stage(2, "the fewest watchers for a target", "grow n from 0 until caught(n) ≥ t, comparing a/b ≥ c/d as a·d ≥ c·b — never with logarithms");
check(fewestWatchers(b20(1), b20(2), b20(3), b20(4)) == 2, "stage 2: p = 1/2, target 3/4: exactly 2 watchers");
check(fewestWatchers(b20(1), b20(10), b20(271), b20(1000)) == 3, "stage 2: p = 1/10, target 271/1000 = 1 − 0.9³: exactly 3 watchers (a floating-point logarithm says 4)");
check(fewestWatchers(b20(1), b20(2), b20(999), b20(1000)) == 10, "stage 2: p = 1/2, target 0.999: 10 watchers (2^10 = 1024)");
check(fewestWatchers(b20(7), b20(10), b20(0), b20(1)) == 0, "stage 2: target 0: no watcher needed");
check(fewestWatchers(b20(1), b20(1), b20(1), b20(2)) == 1, "stage 2: always online, target 1/2: one watcher");

stage(3, "one watcher in time", "noticed after a delay uniform in [0, c), then d more seconds: in time with probability (w − d)/c, clamped to [0, 1]");
check(inTime(300, 600, 300) == 0, "stage 3: a window no longer than the response time: never in time");
check(Math.abs(inTime(600, 600, 300) - 0.5) < 1e-12, "stage 3: w = 600 s, polling every 600 s, 300 s to respond: 1/2");
check(inTime(900, 600, 300) == 1 && inTime(5000, 600, 300) == 1, "stage 3: from w = c + d on, always in time");
check(inTime(0, 600, 300) == 0, "stage 3: a zero window: never");

stage(4, "the shortest window", "scan whole minutes m = 0, 1, 2 … and test the window 60·m seconds");
// scanned here, minute by minute, with the closed form written out
long expected20(int n, double p, double c, double d, double target) { for (long m = 0; ; m++) { double q = Math.max(0, Math.min(1, (60.0 * m - d) / c)); if (1 - Math.pow(1 - p * q, n) >= target) return m; } }
check(shortestWindowMinutes(3, 0.7, 600, 300, 0.9) == expected20(3, 0.7, 600, 300, 0.9), "stage 4: three watchers online 70 % of the time, polling every 10 min, 5 min to respond, 90 %: " + expected20(3, 0.7, 600, 300, 0.9) + " minutes");
check(shortestWindowMinutes(1, 1.0, 3600, 300, 0.99) == expected20(1, 1.0, 3600, 300, 0.99), "stage 4: one always-online watcher polling hourly, 99 %: " + expected20(1, 1.0, 3600, 300, 0.99) + " minutes");
check(shortestWindowMinutes(2, 0.5, 60, 30, 0.5) == expected20(2, 0.5, 60, 30, 0.5), "stage 4: two watchers at p = 1/2, polling every minute, 30 s to respond, 50 %: " + expected20(2, 0.5, 60, 30, 0.5) + " minutes");
