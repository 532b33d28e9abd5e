package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The datasets load with their documented shapes; splits are stratified and seeded; bad lines are named. */
class DatasetsTest {
    @ParameterizedTest
    @CsvSource({"iris,150,4,3", "wine,178,13,3", "digits,1797,64,10", "breast_cancer,569,30,2"})
    void datasetsHaveTheirDocumentedShape(String name, int rows, int width, int classes) {
        Table t = Datasets.load(name);
        assertEquals(rows, t.rows());
        assertEquals(width, t.width());
        assertEquals(classes, t.classes());
    }

    @Test
    void splitIsStratifiedAndSeeded() {
        Table iris = Datasets.load("iris");
        Split a = iris.split(0.2, 7);
        Split b = iris.split(0.2, 7);
        Split c = iris.split(0.2, 8);
        assertArrayEquals(a.test().features(), b.test().features());
        assertTrue(!java.util.Arrays.deepEquals(a.test().features(), c.test().features()), "another seed gives another split");
        assertEquals(30, a.test().rows());
        assertEquals(120, a.train().rows());
        int[] perClass = new int[3];
        for (int label : a.test().labels()) perClass[label]++;
        assertArrayEquals(new int[] {10, 10, 10}, perClass);
    }

    @Test
    void aShortLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.parse("toy", "toy.csv",
                List.of("2,2,a,b", "1.0,2.0,0", "3.0,1"), true, -1, List.of()));
        assertEquals("toy.csv:3: expected 3 comma-separated values, found 2", e.getMessage());
    }

    @Test
    void aNonNumberIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.parse("toy", "toy.csv",
                List.of("2,2,a,b", "1.0,x,0", "3.0,1,1"), true, -1, List.of()));
        assertEquals("toy.csv:2: value 2 \"x\" is not a number", e.getMessage());
    }

    @Test
    void aClassOutOfRangeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.parse("toy", "toy.csv",
                List.of("1,2,a,b", "1.0,2.0,2"), true, -1, List.of()));
        assertEquals("toy.csv:2: class 2 is outside 0..1", e.getMessage());
    }

    @Test
    void aWrongRowCountIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.parse("toy", "toy.csv",
                List.of("3,2,a,b", "1.0,2.0,1"), true, -1, List.of()));
        assertTrue(e.getMessage().contains("announces 3 rows"), e.getMessage());
    }

    @Test
    void anUnknownDatasetIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Datasets.load("mnist"));
    }

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndUnitVariance() {
        Table wine = Datasets.load("wine");
        Table z = Standardizer.fit(wine).apply(wine);
        for (int i = 0; i < z.width(); i++) {
            double sum = 0;
            double sq = 0;
            for (int r = 0; r < z.rows(); r++) {
                sum += z.row(r)[i];
                sq += z.row(r)[i] * z.row(r)[i];
            }
            assertEquals(0, sum / z.rows(), 1e-9);
            assertEquals(1, sq / z.rows(), 1e-9);
        }
    }
}
