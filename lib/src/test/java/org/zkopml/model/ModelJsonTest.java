package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.hash.Keccak256;

/** The versioned JSON format and the canonical encoding behind the model commitment. */
class ModelJsonTest {
    private static final List<String> FILES = List.of("iris-linear.model.json", "iris-tree.model.json", "digits-mlp.model.json");

    @Test
    void savedModelsLoadBackEqual(@TempDir Path dir) {
        for (String name : FILES) {
            QuantizedModel m = TestFiles.model(name);
            Path file = dir.resolve(name);
            ModelJson.save(m, file);
            QuantizedModel back = ModelJson.load(file);
            assertEquals(m, back, name);
            assertArrayEquals(m.canonicalBytes(), back.canonicalBytes(), name);
        }
    }

    @Test
    void commitmentIsKeccakOfTheCanonicalBytes() {
        QuantizedModel m = TestFiles.model("iris-linear.model.json");
        assertArrayEquals(Keccak256.hash(m.canonicalBytes()), m.commitment().bytes());
        assertTrue(new String(m.canonicalBytes(), 0, 12, java.nio.charset.StandardCharsets.US_ASCII).equals("zkopml.model"));
    }

    @Test
    void changingOneWeightChangesTheCommitment() {
        QuantizedModel m = TestFiles.model("iris-linear.model.json");
        Dense d = (Dense) m.layers().get(0);
        long[][] w = d.weights();
        w[1][2] += 1;
        List<Layer> layers = new ArrayList<>(m.layers());
        layers.set(0, new Dense(w, d.bias()));
        QuantizedModel changed = new QuantizedModel(m.name(), m.labels(), m.scaleBits(), m.inputWidth(), m.inputBits(), layers);
        assertNotEquals(m.commitmentHex(), changed.commitmentHex());
    }

    @Test
    void aWrongVersionIsRejected() {
        String json = TestFiles.text("iris-linear.model.json").replace("\"version\": 1", "\"version\": 2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.read(json, "v2.json"));
        assertTrue(e.getMessage().startsWith("v2.json: unsupported model format version 2"), e.getMessage());
    }

    @Test
    void aWrongFormatIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelJson.read("{\"format\": \"other\", \"version\": 1}", "other.json"));
        assertTrue(e.getMessage().contains("not a quantized model"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() {
        String json = TestFiles.text("iris-tree.model.json").replace("\"scaleBits\": 8,", "\"scaleBits\": 8,,");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.read(json, "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json:7:"), e.getMessage());
    }

    @Test
    void anUnknownLayerKindIsRejectedNamingTheKnownOnes() {
        String json = TestFiles.text("iris-linear.model.json").replace("\"kind\": \"argmax\"", "\"kind\": \"softmax\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.read(json, "soft.json"));
        assertTrue(e.getMessage().matches("soft\\.json: layer \\d+ has unknown kind \"softmax\", expected one of dense, relu, .*lmhead"),
                e.getMessage());
    }

    @Test
    void everyKindIsNamedOnceAndReadBack() {
        for (LayerKind k : LayerKind.values()) assertEquals(k, LayerKind.named(k.toString()));
        assertEquals(LayerKind.values().length, java.util.Arrays.stream(LayerKind.values()).map(LayerKind::toString).distinct().count());
    }

    @Test
    void fractionalWeightsAreRejected() {
        String json = TestFiles.text("iris-linear.model.json").replaceFirst("\"bias\": \\[", "\"bias\": [0.5, ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.read(json, "frac.json"));
        assertTrue(e.getMessage().contains("integers"), e.getMessage());
    }

    @Test
    void loadingAMissingFileSaysWhich(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        Exception e = assertThrows(RuntimeException.class, () -> ModelJson.load(missing));
        assertTrue(e.getMessage().contains("nope.json") && !Files.exists(missing));
    }
}
