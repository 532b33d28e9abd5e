package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Seeded synthetic MLPs: the parameter count asked for, reproducible from the seed, inputs within 8 bits. */
class RandomMlpTest {
    @Test
    void parametersAreCloseToTheTargetAndTheSeedFixesTheModel() {
        for (long p : new long[] {100, 1_000, 10_000, 100_000, 1_000_000}) {
            QuantizedModel q = RandomMlp.withParameters(3, p);
            int n = q.inputWidth();
            assertEquals((long) n * n + n + 10L * n + 10, q.parameters(), "n² + n weights and biases, then 10n + 10");
            assertTrue(Math.abs(q.parameters() - p) <= 2L * n + 12, q.parameters() + " vs " + p);
        }
        assertEquals(RandomMlp.of(5, 6, 4, 3), RandomMlp.of(5, 6, 4, 3));
        assertNotEquals(RandomMlp.of(5, 6, 4, 3), RandomMlp.of(6, 6, 4, 3));
        long[] x = RandomMlp.input(1, 10_000);
        for (long v : x) assertTrue(v >= -127 && v <= 127);
        QuantizedModel q = RandomMlp.of(5, 6, 4, 3);
        assertTrue(IntegerInference.predict(q, RandomMlp.input(2, 6)) < 3);
    }
}
