package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;

class BisectionTest {
    @Test
    void roundsAreTheCeilingOfLogBaseKPlusOne() {
        assertEquals(0, Bisection.rounds(1, 1));
        assertEquals(1, Bisection.rounds(2, 1));
        assertEquals(3, Bisection.rounds(5, 1));
        assertEquals(24, Bisection.rounds(1 << 24, 1));
        assertEquals(25, Bisection.rounds((1 << 24) + 1, 1));
        assertEquals(12, Bisection.rounds(1 << 24, 3));
        assertEquals(2, Bisection.rounds(16, 3));
        assertEquals(3, Bisection.rounds(17, 3));
        for (long n = 1; n < 5000; n += 37) {
            for (int k : new int[] {1, 2, 3, 7, 40}) {
                int r = Bisection.rounds(n, k);
                assertTrue(Math.pow(k + 1, r) >= n && (r == 0 || Math.pow(k + 1, r - 1) < n), n + " " + k);
                assertEquals((long) Math.pow(k + 1, r), Bisection.paddedLength(n, k));
            }
        }
    }

    @Test
    void pointsSplitIntoEqualPartsAndSelectNarrows() {
        Bytes32 a = Bytes32.ZERO, b = h(1);
        Bisection x = new Bisection(0, 64, a, b, 3);
        assertArrayEquals(new long[] {16, 32, 48}, x.points());
        Bytes32 h1 = h(11), h2 = h(12), h3 = h(13);
        Bisection y = x.select(2, List.of(h1, h2, h3));
        assertEquals(32, y.lo());
        assertEquals(48, y.hi());
        assertEquals(h2, y.loHash());
        assertEquals(h3, y.hiHash());
        Bisection z = x.select(3, List.of(h1, h2, h3));
        assertEquals(b, z.hiHash());
        assertEquals(48, z.lo());
        assertEquals(new Bisection(0, 64, h(0), h(1), 3), x, "intervals are values");
    }

    static Bytes32 h(int first) {
        byte[] b = new byte[32];
        b[0] = (byte) first;
        return Bytes32.of(b);
    }

    @Test
    void roundsNeverOverflowAndThePaddedLengthOfABoundedTraceFitsALong() {
        for (int k : new int[] {1, 2, 3, 7, 40, Rules.MAX_K}) {
            int r = Bisection.rounds(Long.MAX_VALUE, k);
            assertTrue(r >= 1 && r <= 63, "k=" + k + ": " + r);
            assertTrue(Bisection.paddedLength(Referee.MAX_STEPS, k) <= (long) (k + 1) * Referee.MAX_STEPS);
        }
        assertEquals(63, Bisection.rounds(Long.MAX_VALUE, 1));
        assertThrows(ArithmeticException.class, () -> Bisection.paddedLength(Long.MAX_VALUE, 1));
    }
}
