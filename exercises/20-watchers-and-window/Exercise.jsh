// Exercise 20 · One honest watcher, and a window long enough for it. See README.md for the task.
// Run: ./kit exercise 20-watchers-and-window

BigInteger[] caught(int n, BigInteger pNum, BigInteger pDen) {
    // TODO: 1 − (1 − p)^n as {numerator, denominator}
    throw new UnsupportedOperationException("TODO: write caught(n, pNum, pDen)");
}

int fewestWatchers(BigInteger pNum, BigInteger pDen, BigInteger tNum, BigInteger tDen) {
    // TODO: the least n with 1 − (1 − p)^n ≥ t, comparing fractions by cross-multiplying
    throw new UnsupportedOperationException("TODO: write fewestWatchers(pNum, pDen, tNum, tDen)");
}

double inTime(double w, double c, double d) {
    // TODO: (w − d)/c, clamped to [0, 1]
    throw new UnsupportedOperationException("TODO: write inTime(w, c, d)");
}

long shortestWindowMinutes(int n, double p, double c, double d, double target) {
    // TODO: the least whole number of minutes m with 1 − (1 − p·inTime(60m, c, d))^n ≥ target
    throw new UnsupportedOperationException("TODO: write shortestWindowMinutes(n, p, c, d, target)");
}
