package org.zkopml.lab;

import java.util.List;

/**
 * A growth law y = c · x^b fitted by least squares on log-log axes (ln y = ln c + b · ln x), the way the notebooks
 * read "how does this cost grow" off measurements, and extrapolate it — with the fit's own residual spread, so
 * that an extrapolation can say how well the line matched the points it was drawn through.
 *
 * @param exponent    b, the slope on log-log axes (1 = linear growth)
 * @param coefficient c, the value at x = 1
 * @param rmsLog      root-mean-square residual of ln y around the line (0 for an exact fit)
 * @param points      how many points the fit used
 */
public record PowerLaw(double exponent, double coefficient, double rmsLog, int points) {

    /** Least squares of ln y on ln x over the pairs (xs[i], ys[i]); every value must be positive, at least two distinct xs. */
    public static PowerLaw fit(List<? extends Number> xs, List<? extends Number> ys) {
        if (xs.size() != ys.size()) throw new IllegalArgumentException(xs.size() + " xs but " + ys.size() + " ys");
        int n = xs.size();
        if (n < 2) throw new IllegalArgumentException("a fit needs at least two points, got " + n);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        double[] lx = new double[n], ly = new double[n];
        for (int i = 0; i < n; i++) {
            double x = xs.get(i).doubleValue(), y = ys.get(i).doubleValue();
            if (!(x > 0) || !(y > 0)) throw new IllegalArgumentException("log-log fit needs positive values, got (" + x + ", " + y + ") at " + i);
            lx[i] = Math.log(x);
            ly[i] = Math.log(y);
            sx += lx[i];
            sy += ly[i];
            sxx += lx[i] * lx[i];
            sxy += lx[i] * ly[i];
        }
        double den = n * sxx - sx * sx;
        if (!(Math.abs(den) > 1e-12 * Math.max(1, n * sxx))) throw new IllegalArgumentException("a fit needs at least two distinct x values");
        double b = (n * sxy - sx * sy) / den;
        double a = (sy - b * sx) / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = ly[i] - (a + b * lx[i]);
            ss += r * r;
        }
        return new PowerLaw(b, Math.exp(a), Math.sqrt(ss / n), n);
    }

    /**
     * The law with exponent {@code exponent} through the point (x, y): c = y / x^b. For extrapolating from the
     * largest measurement with a stated exponent (e.g. at least linear, when fixed costs flatten a fit at small sizes).
     */
    public static PowerLaw through(double x, double y, double exponent) {
        if (!(x > 0) || !(y > 0)) throw new IllegalArgumentException("the point must be positive, got (" + x + ", " + y + ")");
        return new PowerLaw(exponent, y / Math.pow(x, exponent), 0, 1);
    }

    /** c · x^b. */
    public double at(double x) {
        return coefficient * Math.pow(x, exponent);
    }

    /** The x at which c · x^b reaches y: (y / c)^(1/b). */
    public double reaches(double y) {
        return Math.pow(y / coefficient, 1 / exponent);
    }

    @Override
    public String toString() {
        return String.format("y ≈ %.3g · x^%.2f (%d points, rms residual ×%.2f)", coefficient, exponent, points, Math.exp(rmsLog));
    }
}
