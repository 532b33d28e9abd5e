// fails at stage: 4 — searches the window in seconds and returns seconds, not minutes

BigInteger[] caught(int n, BigInteger pNum, BigInteger pDen) {
    BigInteger missNum = pDen.subtract(pNum).pow(n), den = pDen.pow(n);
    return new BigInteger[] {den.subtract(missNum), den};
}

int fewestWatchers(BigInteger pNum, BigInteger pDen, BigInteger tNum, BigInteger tDen) {
    for (int n = 0; ; n++) {
        BigInteger[] q = caught(n, pNum, pDen);
        if (q[0].multiply(tDen).compareTo(tNum.multiply(q[1])) >= 0) return n;
    }
}

double inTime(double w, double c, double d) {
    return Math.max(0, Math.min(1, (w - d) / c));
}

long shortestWindowMinutes(int n, double p, double c, double d, double target) {
    for (long s = 0; ; s++) {
        if (1 - Math.pow(1 - p * inTime(s, c, d), n) >= target) return s;
    }
}
