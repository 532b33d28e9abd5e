package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeriesTest {
    private static Series.Point point(double x, long nanos) {
        return new Series.Point(Double.toString(x), x, new Measurement("p", 1, nanos), null);
    }

    @Test
    void slopeIsTheExponentOfAPowerLaw() {
        Series linear = new Series("linear", List.of(point(10, 1_000), point(100, 10_000), point(1000, 100_000)));
        Series flat = new Series("flat", List.of(point(16, 5_000), point(1024, 5_000)));
        Series quadratic = new Series("quadratic", List.of(point(2, 400), point(4, 1_600), point(8, 6_400)));
        assertEquals(1.0, linear.slope(), 1e-9);
        assertEquals(0.0, flat.slope(), 1e-9);
        assertEquals(2.0, quadratic.slope(), 1e-9);
        assertEquals(100.0, linear.growth(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Series("one x", List.of(point(3, 1), point(3, 2))).slope());
    }

    @Test
    void measurePreparesEachItemOnceAndKeepsTheOrder() {
        List<Integer> prepared = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        Series s = Series.measure("count", List.of(3, 1, 2), size -> {
            prepared.add(size);
            return runs::incrementAndGet;
        }, 0, 1);
        assertEquals(List.of(3, 1, 2), prepared);
        assertEquals(List.of(3.0, 1.0, 2.0), s.xs());
        assertEquals(3, s.nanos().size());
        assertTrue(s.points().stream().allMatch(p -> p.measurement().operations() >= 1));
        assertNull(s.points().get(0).value());
        assertTrue(s.table().startsWith("count\n"));
    }

    @Test
    void timeOnceWarmsUpOnTheFirstItemAndKeepsEachResult() {
        List<String> calls = new ArrayList<>();
        Series s = Series.timeOnce("once", List.of("a", "bb", "ccc"), String::length, item -> () -> {
            calls.add(item);
            return item.toUpperCase();
        }, 2);
        assertEquals(List.of("a", "a", "a", "bb", "ccc"), calls);
        assertEquals(List.of("A", "BB", "CCC"), s.values(String.class));
        assertEquals(List.of(1.0, 2.0, 3.0), s.xs());
        assertTrue(s.points().stream().allMatch(p -> p.measurement().operations() == 1));
        assertThrows(IllegalArgumentException.class, () -> Series.timeOnce("bad", List.of(1), i -> i, i -> () -> i, -1));
    }

    @Test
    void interleavedPreparesOnceAndRunsEveryItemInEveryRound() {
        List<Integer> prepared = new ArrayList<>();
        int[] runs = new int[3];
        Series s = Series.measureInterleaved("rounds", List.of(0, 1, 2), i -> {
            prepared.add(i);
            return () -> ++runs[i];
        }, 0, 1, 3);
        assertEquals(List.of(0, 1, 2), prepared);
        assertTrue(runs[0] >= 4 && runs[1] >= 4 && runs[2] >= 4, "a warm-up and three rounds each");
        assertEquals(List.of(0.0, 1.0, 2.0), s.xs());
        assertThrows(IllegalArgumentException.class, () -> Series.measureInterleaved("bad", List.of(1), i -> () -> i, 0, 1, 0));
    }

    @Test
    void refusesAnEmptySeries() {
        assertThrows(IllegalArgumentException.class, () -> new Series("empty", List.of()));
    }
}
