package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's envelope: a value comes back bit for bit, and only for the format and recipe it was written for. */
class ModelCacheTest {
    /** A stand-in for what a cache keeps (Gpts keeps its parameters and loss curve the same way). */
    private record Kept(double[] parameters, LossCurve loss) {}

    @Test
    void aValueComesBackBitForBitOnlyForItsFormatAndRecipe(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve("x.json");
        double[] p = {0.1, -1e-300, Math.PI, Double.MIN_VALUE, -0.0, 12345.678901234567};
        ModelCache.write(file, "fmt-1", "recipe a", new Kept(p, new LossCurve(new double[] {2.5, 1.25})));
        Optional<double[]> back = ModelCache.read(file, "fmt-1", "recipe a", Kept.class, Kept::parameters);
        assertTrue(back.isPresent(), Files.readString(file));
        for (int i = 0; i < p.length; i++) assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(back.get()[i]), "parameter " + i);
        assertArrayEquals(new double[] {2.5, 1.25}, ModelCache.read(file, "fmt-1", "recipe a", Kept.class, k -> k.loss().values()).orElseThrow());
        assertTrue(ModelCache.read(file, "fmt-2", "recipe a", Kept.class, Kept::parameters).isEmpty(), "another format");
        assertTrue(ModelCache.read(file, "fmt-1", "recipe b", Kept.class, Kept::parameters).isEmpty(), "another recipe");
        assertTrue(ModelCache.read(file, "fmt-1", "recipe a", Kept.class, k -> {
            throw new IllegalArgumentException("cannot open");
        }).isEmpty(), "a value that cannot be opened");
        assertTrue(ModelCache.read(dir.resolve("none.json"), "fmt-1", "recipe a", Kept.class, Kept::parameters).isEmpty(), "no file");
        try (var listing = Files.list(file.getParent())) {
            assertEquals(1, listing.count(), "no temporary file left beside it");
        }
    }
}
