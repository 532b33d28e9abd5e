package org.zkopml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A labelled dataset in memory: one row of real features per sample and its class index.
 * Immutable: accessors return copies.
 *
 * @param name         dataset name, e.g. {@code iris}
 * @param featureNames one name per column
 * @param classNames   class names; labels index this list
 * @param features     rows × columns
 * @param labels       one class index per row
 */
public record Table(String name, List<String> featureNames, List<String> classNames, double[][] features, int[] labels) {
    /** Validates shapes and labels and copies the arrays. */
    public Table {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        if (features.length != labels.length) {
            throw new IllegalArgumentException(name + ": " + features.length + " rows but " + labels.length + " labels");
        }
        double[][] copy = new double[features.length][];
        for (int r = 0; r < features.length; r++) {
            if (features[r].length != featureNames.size()) {
                throw new IllegalArgumentException(name + ": row " + r + " has " + features[r].length + " features, expected " + featureNames.size());
            }
            if (labels[r] < 0 || labels[r] >= classNames.size()) {
                throw new IllegalArgumentException(name + ": row " + r + " has class " + labels[r] + ", expected 0.." + (classNames.size() - 1));
            }
            copy[r] = features[r].clone();
        }
        features = copy;
        labels = labels.clone();
    }

    /** Number of rows. */
    public int rows() {
        return labels.length;
    }

    /** Number of feature columns. */
    public int width() {
        return featureNames.size();
    }

    /** Number of classes. */
    public int classes() {
        return classNames.size();
    }

    /** Row r (a copy). */
    public double[] row(int r) {
        return features[r].clone();
    }

    /** Class index of row r. */
    public int label(int r) {
        return labels[r];
    }

    @Override
    public double[][] features() {
        double[][] copy = new double[features.length][];
        for (int r = 0; r < features.length; r++) copy[r] = features[r].clone();
        return copy;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The rows with the given indices, in that order. */
    public Table select(int[] rows, String newName) {
        double[][] f = new double[rows.length][];
        int[] l = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            f[i] = features[rows[i]];
            l[i] = labels[rows[i]];
        }
        return new Table(newName, featureNames, classNames, f, l);
    }

    /**
     * A stratified split: within each class the rows are shuffled with {@code new Random(seed)}
     * (Fisher–Yates, classes in index order) and the first {@code round(n·testFraction)} go to the test
     * set. Both parts keep the original row order.
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        Random random = new Random(seed);
        boolean[] test = new boolean[rows()];
        for (int c = 0; c < classes(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int r = 0; r < rows(); r++) if (labels[r] == c) members.add(r);
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = members.get(i);
                members.set(i, members.get(j));
                members.set(j, t);
            }
            long n = Math.round(members.size() * testFraction);
            for (int i = 0; i < n; i++) test[members.get(i)] = true;
        }
        int testRows = 0;
        for (boolean t : test) if (t) testRows++;
        int[] trainIdx = new int[rows() - testRows];
        int[] testIdx = new int[testRows];
        int a = 0;
        int b = 0;
        for (int r = 0; r < rows(); r++) {
            if (test[r]) testIdx[b++] = r;
            else trainIdx[a++] = r;
        }
        return new Split(select(trainIdx, name + "-train"), select(testIdx, name + "-test"), testFraction, seed);
    }
}
