// Exercise 20 · reference solution.

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
    for (long m = 0; ; m++) {
        if (1 - Math.pow(1 - p * inTime(60.0 * m, c, d), n) >= target) return m;
    }
}
