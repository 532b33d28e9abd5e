package org.zkopml.model;

/**
 * Per-feature standardisation {@code z_i = (x_i − μ_i) / σ_i}, with μ and σ (population standard
 * deviation, 1 when a column is constant) fitted on the training rows only. It runs before
 * quantization, outside the integer path: the integer model's inputs are {@code round(z · 2^s)}.
 *
 * @param mean  μ per feature
 * @param scale σ per feature
 */
public record Standardizer(double[] mean, double[] scale) {
    /** Copies the arrays. */
    public Standardizer {
        if (mean.length != scale.length) throw new IllegalArgumentException("mean and scale differ in length");
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Fits μ and σ on a table's rows (summed in row order, so the result is deterministic). */
    public static Standardizer fit(Table table) {
        int w = table.width();
        double[] mean = new double[w];
        double[] scale = new double[w];
        for (int r = 0; r < table.rows(); r++) {
            double[] x = table.row(r);
            for (int i = 0; i < w; i++) mean[i] += x[i];
        }
        for (int i = 0; i < w; i++) mean[i] /= table.rows();
        for (int r = 0; r < table.rows(); r++) {
            double[] x = table.row(r);
            for (int i = 0; i < w; i++) scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]);
        }
        for (int i = 0; i < w; i++) {
            double sd = Math.sqrt(scale[i] / table.rows());
            scale[i] = sd > 1e-12 ? sd : 1.0;
        }
        return new Standardizer(mean, scale);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** The standardised vector z of one row. */
    public double[] apply(double[] x) {
        if (x.length != mean.length) throw new IllegalArgumentException("row has width " + x.length + ", expected " + mean.length);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) z[i] = (x[i] - mean[i]) / scale[i];
        return z;
    }

    /** The table with every row standardised. */
    public Table apply(Table table) {
        double[][] f = new double[table.rows()][];
        for (int r = 0; r < f.length; r++) f[r] = apply(table.row(r));
        return new Table(table.name(), table.featureNames(), table.classNames(), f, table.labels());
    }
}
