package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zkopml.curve.Msm;

class GroupOperationsTest {
    @Test
    void doubleAndAddCostsAboutOneAndAHalfOperationsPerBitAndPippengerLambdaNOverLogN() {
        int n = 1 << 10;
        GroupOperations naive = GroupOperations.separateMultiplications(n, 1);
        // 254-bit scalars: ≈ 253 doublings and ≈ 126 additions each, plus the n additions of the sum
        assertEquals(253.0 * n, naive.doublings(), 2.0 * n);
        assertEquals(127.0 * n + n, naive.additions(), 6.0 * n);
        GroupOperations pip = GroupOperations.pippenger(n, 1);
        int c = Math.max(2, Msm.windowBits(n) - 1), windows = (255 + c - 1) / c;
        // per window: one addition per point (a few digits are 0) and two per bucket; c doublings per window
        assertTrue(pip.additions() <= (long) windows * (n + 2 * (1 << (c - 1)) + 1), pip.toString());
        assertTrue(pip.additions() >= (long) windows * (n * 0.9 + 2 * (1 << (c - 1))), pip.toString());
        assertEquals((long) windows * c, pip.doublings());
        assertTrue(naive.total() > 8 * pip.total());
    }
}
