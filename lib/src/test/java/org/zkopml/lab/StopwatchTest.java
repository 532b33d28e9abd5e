package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StopwatchTest {
    @Test
    void countsEveryTimedRun() {
        AtomicLong calls = new AtomicLong();
        Measurement m = Stopwatch.measure("count", calls::incrementAndGet, 0, 5);
        // warm-up of 0 ms still runs once; every timed run is counted
        assertEquals(calls.get() - 1, m.operations());
        assertTrue(m.nanosPerOperation() > 0);
        assertEquals(m.operations() * 1e9 / m.nanos(), m.operationsPerSecond(), 1e-6);
    }

    @Test
    void rejectsEmptyMeasurement() {
        assertThrows(IllegalArgumentException.class, () -> new Measurement("x", 0, 10));
    }

    @Test
    void formatsUnits() {
        assertEquals("12 ns", Stopwatch.format(12));
        assertEquals("1.50 µs", Stopwatch.format(1500));
        assertEquals("2.00 ms", Stopwatch.format(2e6));
        assertEquals("3.00 s", Stopwatch.format(3e9));
        assertEquals("5 min", Stopwatch.format(300e9));
        assertEquals("3.0 h", Stopwatch.format(3 * 3600e9));
        assertEquals("10 days", Stopwatch.format(10 * 86_400e9));
        assertEquals("1,000 years", Stopwatch.format(1000 * 365.25 * 86_400e9));
    }

    @Test
    void theLoadIsReadAndABusyMachineIsNamedSo() {
        Machine.Load now = Machine.load();
        assertTrue(now.cores() >= 1);
        assertTrue(new Machine.Load(5.0, 2).busy() && new Machine.Load(5.0, 2).toString().contains("busy"));
        assertTrue(!new Machine.Load(0.5, 2).busy() && new Machine.Load(0.5, 2).toString().startsWith("load average 0.5 on 2 cores"));
    }

    @Test
    void cpuTimePerRunGrowsWithTheWorkNotWithTheWait() {
        // a loop of 16n steps costs about 16× one of n in CPU time; sleeping 2 ms per run costs (almost) none. The
        // measure is the process's CPU time, so other threads count too: the JIT's, the GC's after an earlier test's
        // garbage. They only ever add, so each size is measured three times, interleaved, and the least is kept
        // (a single pair came out at 3.6× for a 16× spread once, in a full test run)
        java.util.function.LongFunction<java.util.function.Supplier<Long>> loop = n -> () -> {
            long s = 0;
            for (long i = 0; i < n; i++) s += i ^ (s >>> 3);
            return s;
        };
        java.util.function.Supplier<Long> sleepy = () -> {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return loop.apply(1_600_000).get();
        };
        double small = Double.MAX_VALUE, large = Double.MAX_VALUE, sleeping = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            small = Math.min(small, Stopwatch.cpuNanosPerRun(loop.apply(100_000), 50));
            large = Math.min(large, Stopwatch.cpuNanosPerRun(loop.apply(1_600_000), 50));
            sleeping = Math.min(sleeping, Stopwatch.cpuNanosPerRun(sleepy, 50));
        }
        assertTrue(large / small > 4 && large / small < 64, "×" + large / small);
        assertTrue(sleeping < 2 * large, Stopwatch.format(sleeping) + " against " + Stopwatch.format(large));
    }

    @Test
    void timesOneRun() {
        Stopwatch.Timed<String> t = Stopwatch.time(() -> "done");
        assertEquals("done", t.value());
        assertTrue(t.nanos() >= 0);
    }

    @Test
    void machineIsDescribed() {
        Machine m = Machine.current();
        assertTrue(m.cores() >= 1);
        assertTrue(m.summary().contains(m.cpuModel()));
    }

    @Test
    void chartsRejectMismatchedSeries() {
        var chart = Charts.lineChart("t", "x", "y");
        assertThrows(IllegalArgumentException.class,
                () -> Charts.addSeries(chart, "s", java.util.List.of(1, 2), java.util.List.of(1)));
        Charts.addSeries(chart, "s", java.util.List.of(1, 2), java.util.List.of(3, 4));
        assertEquals(640, Charts.image(chart).getWidth());
    }
}
