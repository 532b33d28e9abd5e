package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zkopml.hash.Keccak256;

/**
 * Integer inference is bit-identical across runs, JVMs and machines: the logits of fixed models on
 * fixed inputs hash to the values pinned in {@code determinism-pins.txt}. The models are committed
 * JSON files, so these pins do not depend on floating-point training. A second test checks that the
 * recipes, trained afresh on this JVM, still produce exactly those committed models (true on OpenJDK 17
 * and Temurin 25 here: Tribuo's SGD and CART and the kit's MLP gave identical quantized weights).
 */
class ModelDeterminismTest {
    /** Keccak-256 over every input's logits (big-endian int64) and predicted class (big-endian int32). */
    static String logitsHash(QuantizedModel model, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long range = 4L << model.scaleBits();
        ByteBuffer buffer = ByteBuffer.allocate(count * (model.classes() * 8 + 4));
        for (int n = 0; n < count; n++) {
            long[] x = new long[model.inputWidth()];
            for (int i = 0; i < x.length; i++) x[i] = random.nextLong(-range, range + 1);
            Trace trace = IntegerInference.run(model, x);
            for (long v : trace.logits()) buffer.putLong(v);
            buffer.putInt(trace.predicted());
        }
        return "0x" + HexFormat.of().formatHex(Keccak256.hash(buffer.array()));
    }

    @Test
    void pinnedLogitsHashesHold() {
        List<String[]> pins = TestFiles.rows("determinism-pins.txt");
        assertEquals(3, pins.size());
        for (String[] pin : pins) {
            QuantizedModel model = TestFiles.model(pin[0]);
            assertEquals(pin[3], model.commitmentHex(), pin[0] + " commitment");
            assertEquals(pin[4], logitsHash(model, Long.parseLong(pin[1]), Integer.parseInt(pin[2])), pin[0] + " logits hash");
        }
    }

    @Test
    void recipesTrainedOnThisJvmReproduceTheCommittedModels() {
        for (String[] pin : TestFiles.rows("determinism-pins.txt")) {
            QuantizedModel committed = TestFiles.model(pin[0]);
            TrainedModel trained = Recipes.trainFresh(Recipes.get(committed.name()), step -> { });
            assertEquals(committed.commitmentHex(), trained.quantize(committed.scaleBits()).commitmentHex(),
                    committed.name() + ": float training on " + System.getProperty("java.vm.name") + " "
                            + Runtime.version() + " gave a different quantized model");
        }
    }
}
