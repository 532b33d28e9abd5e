// fails at stage: 2 — takes n = ⌈log(1 − t)/log(1 − p)⌉ in floating point: one too many at exact boundaries

BigInteger[] caught(int n, BigInteger pNum, BigInteger pDen) {
    BigInteger missNum = pDen.subtract(pNum).pow(n), den = pDen.pow(n);
    return new BigInteger[] {den.subtract(missNum), den};
}

int fewestWatchers(BigInteger pNum, BigInteger pDen, BigInteger tNum, BigInteger tDen) {
    double p = pNum.doubleValue() / pDen.doubleValue(), t = tNum.doubleValue() / tDen.doubleValue();
    if (t <= 0) return 0;
    return (int) Math.ceil(Math.log(1 - t) / Math.log(1 - p));
}

double inTime(double w, double c, double d) {
    return Math.max(0, Math.min(1, (w - d) / c));
}

long shortestWindowMinutes(int n, double p, double c, double d, double target) {
    for (long m = 0; ; m++) {
        if (1 - Math.pow(1 - p * inTime(60.0 * m, c, d), n) >= target) return m;
    }
}
