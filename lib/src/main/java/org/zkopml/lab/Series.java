package org.zkopml.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One operation timed live over a range of sizes (or over models, each placed at an x such as its
 * multiply-accumulates): the notebooks' "time versus size" measurement in one call instead of a loop per
 * cell. For every item, {@code work.apply(item)} prepares the input untimed and returns the operation;
 * {@link #measure} then times it with {@link Stopwatch#measure} (warm-up, then the mean over a window), and
 * {@link #timeOnce} times one run of a long operation (a proof, a training) after warming the JIT up on the
 * first item. {@link #slope()} is the exponent of the growth: about 1 for linear work, about 0 for a cost
 * that does not depend on the size.
 *
 * @param label  what was measured
 * @param points one point per item, in the order given
 */
public record Series(String label, List<Point> points) {

    /**
     * One measured item.
     *
     * @param name        the item, as text (a size, a model's name)
     * @param x           where the item sits on the x axis (its size)
     * @param measurement the timing at that size
     * @param value       the result of the timed run ({@link #timeOnce}), or {@code null} ({@link #measure})
     */
    public record Point(String name, double x, Measurement measurement, Object value) {
        public Point {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(measurement, "measurement");
        }

        /** Mean nanoseconds per operation at this point. */
        public double nanos() {
            return measurement.nanosPerOperation();
        }
    }

    public Series {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
        if (points.isEmpty()) throw new IllegalArgumentException("a series needs at least one point");
    }

    /**
     * Times the operation {@code work.apply(item)} for every item, after warm-up, with
     * {@link Stopwatch#measure(String, Supplier, long, long)}: {@code warmupMillis} of warm-up, then the mean
     * over at least {@code minMillis}. Preparing the operation ({@code work.apply}) is not timed.
     */
    public static <T> Series measure(String label, List<T> items, ToDoubleFunction<? super T> x,
            Function<? super T, ? extends Supplier<?>> work, long warmupMillis, long minMillis) {
        List<Point> points = new ArrayList<>();
        for (T item : items) {
            Supplier<?> operation = work.apply(item);
            Measurement m = Stopwatch.measure(label + " @ " + item, operation, warmupMillis, minMillis);
            points.add(new Point(String.valueOf(item), x.applyAsDouble(item), m, null));
        }
        return new Series(label, points);
    }

    /**
     * Like {@link #measure(String, List, ToDoubleFunction, Function, long, long)}, for claims that compare the
     * sizes with each other ("flat", "grows 8×"): every operation is prepared and warmed up first, then the
     * items are timed in turn, {@code rounds} times round-robin for at least {@code minMillis} each, and each
     * item keeps its best round. Interleaving spreads a change of the machine's load over all items, and the
     * best round discards the rounds that other processes slowed down.
     */
    public static <T> Series measureInterleaved(String label, List<T> items, ToDoubleFunction<? super T> x,
            Function<? super T, ? extends Supplier<?>> work, long warmupMillis, long minMillis, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be ≥ 1, got " + rounds);
        List<Supplier<?>> operations = new ArrayList<>();
        for (T item : items) operations.add(work.apply(item));
        for (Supplier<?> operation : operations) Stopwatch.measure(label, operation, warmupMillis, 0);
        Measurement[] best = new Measurement[items.size()];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < items.size(); i++) {
                Measurement m = Stopwatch.measure(label + " @ " + items.get(i), operations.get(i), 0, minMillis);
                if (best[i] == null || m.nanosPerOperation() < best[i].nanosPerOperation()) best[i] = m;
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            points.add(new Point(String.valueOf(items.get(i)), x.applyAsDouble(items.get(i)), best[i], null));
        }
        return new Series(label, points);
    }

    /** {@link #measureInterleaved(String, List, ToDoubleFunction, Function, long, long, int)} over sizes. */
    public static <T extends Number> Series measureInterleaved(String label, List<T> sizes,
            Function<? super T, ? extends Supplier<?>> work, long warmupMillis, long minMillis, int rounds) {
        return measureInterleaved(label, sizes, Number::doubleValue, work, warmupMillis, minMillis, rounds);
    }

    /** {@link #measure(String, List, ToDoubleFunction, Function, long, long)} over sizes, each its own x. */
    public static <T extends Number> Series measure(String label, List<T> sizes,
            Function<? super T, ? extends Supplier<?>> work, long warmupMillis, long minMillis) {
        return measure(label, sizes, Number::doubleValue, work, warmupMillis, minMillis);
    }

    /**
     * Times one run of a long operation per item (proving, training), keeping its result. Before anything
     * is timed, the first item's operation runs {@code warmupRuns} times untimed so that the JIT has
     * compiled the code paths; preparing each operation ({@code work.apply}) is not timed.
     */
    public static <T> Series timeOnce(String label, List<T> items, ToDoubleFunction<? super T> x,
            Function<? super T, ? extends Supplier<?>> work, int warmupRuns) {
        if (warmupRuns < 0) throw new IllegalArgumentException("warmupRuns must be ≥ 0, got " + warmupRuns);
        List<Point> points = new ArrayList<>();
        for (T item : items) {
            Supplier<?> operation = work.apply(item);
            if (points.isEmpty()) {
                for (int i = 0; i < warmupRuns; i++) operation.get();
            }
            Stopwatch.Timed<?> timed = Stopwatch.time(operation);
            points.add(new Point(String.valueOf(item), x.applyAsDouble(item),
                    new Measurement(label + " @ " + item, 1, Math.max(1, timed.nanos())), timed.value()));
        }
        return new Series(label, points);
    }

    /** The x of every point. */
    public List<Double> xs() {
        return points.stream().map(Point::x).toList();
    }

    /** Mean nanoseconds per operation at every point. */
    public List<Double> nanos() {
        return points.stream().map(Point::nanos).toList();
    }

    /** Mean milliseconds per operation at every point. */
    public List<Double> millis() {
        return points.stream().map(p -> p.nanos() / 1e6).toList();
    }

    /** The results of the timed runs ({@link #timeOnce}), as {@code type}. */
    public <R> List<R> values(Class<R> type) {
        return points.stream().map(p -> type.cast(p.value())).toList();
    }

    /** Mean nanoseconds per operation at point {@code i}. */
    public double nanosAt(int i) {
        return points.get(i).nanos();
    }

    /** Time at the last point divided by time at the first. */
    public double growth() {
        return nanosAt(points.size() - 1) / nanosAt(0);
    }

    /**
     * The least-squares slope of log(time) against log(x): time grows about as x^slope (1 for linear work,
     * 0 for a constant cost). Needs two points with different, positive x.
     */
    public double slope() {
        int n = points.size();
        double mx = 0, my = 0;
        for (Point p : points) {
            if (p.x() <= 0) throw new IllegalArgumentException("a log-log slope needs positive x, got " + p.x());
            mx += Math.log(p.x());
            my += Math.log(p.nanos());
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (Point p : points) {
            double dx = Math.log(p.x()) - mx;
            sxy += dx * (Math.log(p.nanos()) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) throw new IllegalArgumentException("a slope needs at least two different x");
        return sxy / sxx;
    }

    /** One line per point: the item, its x and its time per operation. */
    public String table() {
        StringBuilder out = new StringBuilder(label).append('\n');
        int width = points.stream().mapToInt(p -> p.name().length()).max().orElse(1);
        for (Point p : points) {
            out.append(String.format("  %-" + width + "s  %12s%n", p.name(), Stopwatch.format(p.nanos())));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return table();
    }
}
