package org.zkopml.lab;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log-log least-squares fit: exact on exact power laws, the textbook slope on noisy ones, bad input refused. */
class PowerLawTest {
    @Test
    void anExactPowerLawIsRecovered() {
        for (double b : new double[] {0.5, 1, 1.7, 3}) {
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (double x = 10; x <= 1e6; x *= 10) {
                xs.add(x);
                ys.add(2.5e-3 * Math.pow(x, b));
            }
            PowerLaw f = PowerLaw.fit(xs, ys);
            assertEquals(b, f.exponent(), 1e-9);
            assertEquals(2.5e-3, f.coefficient(), 1e-9);
            assertEquals(0, f.rmsLog(), 1e-9);
            assertEquals(2.5e-3 * Math.pow(7e9, b), f.at(7e9), 1e-6 * f.at(7e9));
            assertEquals(1e5, f.reaches(f.at(1e5)), 1e-3);
        }
    }

    @Test
    void theSlopeIsTheCovarianceOverTheVarianceOfTheLogs() {
        SplittableRandom rnd = new SplittableRandom(1);
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = Math.pow(10, 1 + 5 * rnd.nextDouble());
            xs.add(x);
            ys.add(3 * Math.pow(x, 1.2) * Math.exp(0.3 * rnd.nextGaussian()));
        }
        double mx = xs.stream().mapToDouble(Math::log).average().orElseThrow(), my = ys.stream().mapToDouble(Math::log).average().orElseThrow();
        double cov = 0, var = 0;
        for (int i = 0; i < xs.size(); i++) {
            cov += (Math.log(xs.get(i)) - mx) * (Math.log(ys.get(i)) - my);
            var += (Math.log(xs.get(i)) - mx) * (Math.log(xs.get(i)) - mx);
        }
        PowerLaw f = PowerLaw.fit(xs, ys);
        assertEquals(cov / var, f.exponent(), 1e-9);
        assertEquals(Math.exp(my - f.exponent() * mx), f.coefficient(), 1e-9 * f.coefficient());
        assertTrue(f.rmsLog() > 0.1 && f.rmsLog() < 0.5, f.toString());
    }

    @Test
    void aLawThroughAPointPassesThroughIt() {
        PowerLaw l = PowerLaw.through(1e4, 250, 1);
        assertEquals(250, l.at(1e4), 1e-9);
        assertEquals(250 * 1.3e6, l.at(1.3e10), 1e-3);
        assertEquals(2.5e5, PowerLaw.through(10, 25, 2).at(1000), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.through(0, 1, 1));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(List.of(1.0), List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(List.of(1.0, 2.0), List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(List.of(1.0, 2.0), List.of(1.0, 0.0)));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.fit(List.of(3.0, 3.0), List.of(1.0, 2.0)));
    }
}
