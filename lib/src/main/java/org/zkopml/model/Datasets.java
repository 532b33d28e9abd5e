package org.zkopml.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The kit's four datasets ({@code datasets/} in the repository, packaged in the jar): iris, wine,
 * digits and breast_cancer, read from their CSV files. A malformed line is rejected with an error
 * naming the file and the line.
 */
public final class Datasets {
    /** The dataset names this class knows. */
    public static final List<String> NAMES = List.of("iris", "wine", "digits", "breast_cancer");

    private Datasets() {}

    /** The CSV file name of a dataset. */
    public static String fileName(String name) {
        switch (name) {
            case "iris": return "iris.csv";
            case "wine": return "wine_data.csv";
            case "digits": return "digits.csv";
            case "breast_cancer": return "breast_cancer.csv";
            default: throw new IllegalArgumentException("unknown dataset \"" + name + "\" (known: " + String.join(", ", NAMES) + ")");
        }
    }

    /** Loads a dataset by name from the jar. */
    public static Table load(String name) {
        String file = fileName(name);
        try (InputStream in = Datasets.class.getResourceAsStream("datasets/" + file)) {
            if (in == null) throw new IllegalStateException("dataset resource " + file + " is missing from the class path");
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.add(line);
            }
            if (name.equals("digits")) {
                List<String> classes = new ArrayList<>();
                for (int d = 0; d < 10; d++) classes.add(Integer.toString(d));
                return parse(name, file, lines, false, 64, classes);
            }
            return parse(name, file, lines, true, -1, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses CSV lines: with {@code header}, the first line is {@code rows,features,class names…}
     * (as in the scikit-learn files); otherwise {@code width} and {@code classNames} are given. Each data
     * line has the features then the class index. Blank lines are not allowed.
     *
     * @param source the file name used in error messages
     */
    public static Table parse(String name, String source, List<String> lines, boolean header, int width, List<String> classNames) {
        int first = 0;
        int expectedRows = -1;
        if (header) {
            if (lines.isEmpty()) throw new IllegalArgumentException(source + ":1: empty file, expected a header line");
            String[] h = lines.get(0).split(",", -1);
            try {
                expectedRows = Integer.parseInt(h[0].trim());
                width = Integer.parseInt(h[1].trim());
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(source + ":1: bad header \"" + lines.get(0) + "\", expected rows,features,class names");
            }
            List<String> names = new ArrayList<>();
            for (int i = 2; i < h.length; i++) names.add(h[i].trim());
            classNames = names;
            first = 1;
        }
        if (width < 1 || classNames.isEmpty()) throw new IllegalArgumentException(source + ": needs at least one feature and one class");
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int n = first; n < lines.size(); n++) {
            int lineNo = n + 1;
            String[] cells = lines.get(n).split(",", -1);
            if (cells.length != width + 1) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected " + (width + 1) + " comma-separated values, found " + cells.length);
            }
            double[] x = new double[width];
            for (int i = 0; i < width; i++) {
                try {
                    x[i] = Double.parseDouble(cells[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": value " + (i + 1) + " \"" + cells[i] + "\" is not a number");
                }
                if (!Double.isFinite(x[i])) throw new IllegalArgumentException(source + ":" + lineNo + ": value " + (i + 1) + " is not finite");
            }
            int label;
            try {
                label = Integer.parseInt(cells[width].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": class \"" + cells[width] + "\" is not an integer");
            }
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": class " + label + " is outside 0.." + (classNames.size() - 1));
            }
            rows.add(x);
            labels.add(label);
        }
        if (expectedRows >= 0 && rows.size() != expectedRows) {
            throw new IllegalArgumentException(source + ": header announces " + expectedRows + " rows but the file has " + rows.size());
        }
        List<String> featureNames = new ArrayList<>();
        for (int i = 0; i < width; i++) featureNames.add(String.format("f%02d", i));
        return new Table(name, featureNames, classNames, rows.toArray(new double[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
