package org.zkopml.lab;

import java.util.function.Supplier;

/**
 * Live timing for notebooks: warm the code up, then run it until a minimum time has passed and
 * report the mean. It is a quick, honest measurement for teaching; the JMH benchmarks in
 * {@code bench/} are the careful one. {@link Series} times one operation over a range of sizes.
 */
public final class Stopwatch {
    /** Results of timed work are written here so that the JIT cannot drop the work as dead code. */
    private static volatile Object sink;

    private Stopwatch() {}

    /**
     * Runs {@code work} for at least {@code warmupMillis}, then for at least {@code minMillis} more,
     * and returns the mean over the second window.
     */
    public static Measurement measure(String label, Supplier<?> work, long warmupMillis, long minMillis) {
        runFor(work, warmupMillis);
        long start = System.nanoTime();
        long ops = 0;
        long deadline = start + minMillis * 1_000_000L;
        long now;
        do {
            sink = work.get();
            ops++;
            now = System.nanoTime();
        } while (now < deadline);
        return new Measurement(label, ops, Math.max(1, now - start));
    }

    /** {@link #measure(String, Supplier, long, long)} with 200 ms of warm-up and 500 ms of timing. */
    public static Measurement measure(String label, Supplier<?> work) {
        return measure(label, work, 200, 500);
    }

    /** Times a single run of {@code work} (for long steps such as training or proving). */
    public static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - start);
    }

    /**
     * The CPU time this JVM spends per run of {@code work} (all its threads: a parallel computation counts
     * every core it uses): runs for {@code minCpuMillis} of CPU to warm up, then until the JVM has used
     * at least {@code minCpuMillis} more, and returns the mean. Unlike wall time it hardly grows when other
     * processes share the cores, so a check that compares two costs can rely on it on a busy machine; it
     * includes the JVM's own threads (JIT compiler, garbage collector) while they run. The JVM reports it in
     * clock ticks (10 ms on Linux), so a budget of 100 ms or more keeps the rounding small.
     *
     * @throws UnsupportedOperationException when the JVM does not report its CPU time
     */
    public static double cpuNanosPerRun(Supplier<?> work, long minCpuMillis) {
        if (!(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) || os.getProcessCpuTime() < 0) {
            throw new UnsupportedOperationException("this JVM does not report its CPU time");
        }
        long warm = os.getProcessCpuTime();
        do {
            sink = work.get();
        } while (os.getProcessCpuTime() - warm < minCpuMillis * 1_000_000L);
        long start = os.getProcessCpuTime();
        long runs = 0;
        long used;
        do {
            sink = work.get();
            runs++;
            used = os.getProcessCpuTime() - start;
        } while (used < minCpuMillis * 1_000_000L);
        return (double) used / runs;
    }

    /**
     * Formats a duration in nanoseconds with a readable unit: ns, µs, ms, s below two minutes, then minutes,
     * hours, days and (Julian, 365.25-day) years, for the extrapolations that reach them.
     */
    public static String format(double nanos) {
        if (nanos < 1e3) return String.format("%.0f ns", nanos);
        if (nanos < 1e6) return String.format("%.2f µs", nanos / 1e3);
        if (nanos < 1e9) return String.format("%.2f ms", nanos / 1e6);
        double s = nanos / 1e9;
        if (s < 120) return String.format("%.2f s", s);
        if (s < 2 * 3600) return String.format("%.0f min", s / 60);
        if (s < 2 * 86_400) return String.format("%.1f h", s / 3600);
        if (s < 2 * YEAR) return String.format("%.0f days", s / 86_400);
        return String.format("%,.0f years", s / YEAR);
    }

    private static final double YEAR = 365.25 * 86_400;

    private static void runFor(Supplier<?> work, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        do {
            sink = work.get();
        } while (System.nanoTime() < deadline);
    }

    /**
     * A value together with the time it took to compute.
     *
     * @param value the result
     * @param nanos wall-clock nanoseconds
     */
    public record Timed<T>(T value, long nanos) {
        @Override
        public String toString() {
            return value + " (" + format(nanos) + ")";
        }
    }
}
