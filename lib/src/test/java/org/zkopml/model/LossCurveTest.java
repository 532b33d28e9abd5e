package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A loss curve is a value: equal by its numbers, and changing an array it was made from or gave out changes nothing. */
class LossCurveTest {
    @Test
    void equalByItsNumbersAndImmutable() {
        double[] v = {2.3, 1.1, 0.4};
        LossCurve c = new LossCurve(v);
        v[0] = 99;
        c.values()[1] = 99;
        assertEquals(new LossCurve(new double[] {2.3, 1.1, 0.4}), c);
        assertEquals(new LossCurve(new double[] {2.3, 1.1, 0.4}).hashCode(), c.hashCode());
        assertNotEquals(new LossCurve(new double[] {2.3, 1.1}), c);
        assertEquals(2.3, c.values()[0]);
        assertEquals(0.4, c.last());
        assertEquals(3, c.size());
        assertEquals(0, LossCurve.NONE.size());
    }
}
