package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProverCostTest {
    @Test
    void vgg16OnCifar10Has313MillionMacsAndZkcnnsFigureIsAboutSixMicrosecondsPerParameter() {
        // the 13 convolutions (313,196,544 MACs) and the dense layers 512·512 + 512·512 + 512·10
        assertEquals(313_196_544L + 529_408L, ProverCost.vgg16Cifar10Macs());
        ProverCost zkcnn = ProverCost.PUBLISHED.get(0);
        assertEquals(5.89e3, zkcnn.nanosPerParameter(), 10);
        assertEquals(281, zkcnn.nanosPerMac(), 1);
        assertEquals(20.9, zkcnn.reuse(), 0.1);
        assertTrue(Double.isNaN(ProverCost.PUBLISHED.get(1).nanosPerMac()));
        assertThrows(IllegalArgumentException.class, () -> new ProverCost("x", 0, 1, 1, "h", "s"));
    }
}
