package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zkopml.cli.Capture.json;
import static org.zkopml.cli.Capture.run;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zkopml.model.IntegerInference;
import org.zkopml.model.ModelJson;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;

/** {@code ./kit model …}: the JSON object's fields against the library, exit codes, and no output on rejected input. */
class ModelCommandTest {
    @Test
    void evalPrintsTheAccuraciesAndTheCommitment() {
        Capture.Ran r = run("model", "eval", "--model", "iris-tree", "--json");
        JsonObject j = r.json();
        TrainedModel t = Recipes.train("iris-tree");
        assertEquals("iris-tree", j.get("model").getAsString());
        assertEquals(t.testRows(), j.get("testRows").getAsInt());
        assertEquals(t.evaluate(TrainedModel.DEFAULT_SCALE_BITS).fixedAccuracy(), j.get("fixedAccuracy").getAsDouble());
        assertEquals(t.quantized().commitmentHex(), j.get("commitment").getAsString());
        assertTrue(j.get("nsPerInferenceFloat").getAsDouble() > 0 && j.get("nsPerInferenceFixed").getAsDouble() > 0, j.toString());
        assertTrue(r.err().contains("iris-tree"), "training or loading is reported on stderr");
    }

    @Test
    void predictPrintsTheReferenceInference() {
        JsonObject j = json("model", "predict", "--model", "iris-linear", "--input", "0");
        TrainedModel t = Recipes.train("iris-linear");
        QuantizedModel q = t.quantized();
        long[] x = t.testInput(0, q.scaleBits());
        assertEquals(IntegerInference.predict(q, x), j.get("class").getAsInt());
        assertEquals(q.logits(x).length, j.getAsJsonArray("logits").size());
        assertEquals(t.testLabels()[0], j.get("trueClass").getAsInt());
    }

    @Test
    void aRowOutsideTheTestSetIsRejectedWithoutOutputOrTraining() {
        Capture.Ran r = run("model", "predict", "--model", "digits-mlp", "--input", "-3");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("kit model predict: --input -3 is not a test row of digits-mlp (0..450)", r.err().strip(), "one line, no progress bar");
        Capture.Ran past = run("model", "predict", "--model", "iris-linear", "--input", "999");
        assertEquals(1, past.code());
        assertFalse(past.err().contains("train"), past.err());
    }

    @Test
    void anUnknownModelOrAnOverflowingScaleIsRejected() {
        Capture.Ran unknown = run("model", "eval", "--model", "iris-svm");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown model"), unknown.err());
        Capture.Ran overflow = run("model", "predict", "--model", "digits-mlp", "--input", "0", "--scale-bits", "30");
        assertEquals(1, overflow.code());
        assertTrue(overflow.lastError().contains("overflows"), overflow.err());
        assertEquals("", overflow.out());
    }

    @Test
    void missingOptionsAreWrongUsage() {
        assertEquals(2, run("model", "eval").code());
        assertEquals(2, run("model", "predict", "--model", "iris-linear").code());
    }

    @Test
    void exportWritesAModelThatLoadsBack(@TempDir Path dir) {
        Path file = dir.resolve("iris.json");
        Capture.Ran r = run("model", "export", "--model", "iris-linear", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        QuantizedModel m = ModelJson.load(file);
        assertTrue(r.out().contains(m.commitmentHex()), r.out());
        assertEquals(Recipes.train("iris-linear").quantized(), m);
    }

    @Test
    void predictOnGivenValuesChecksTheWidth() {
        assertEquals(0, json("model", "predict", "--model", "iris-linear", "--values", "-137,371,-336,-339").get("class").getAsInt());
        Capture.Ran narrow = run("model", "predict", "--model", "iris-linear", "--values", "1,2,3");
        assertEquals(1, narrow.code());
        assertTrue(narrow.lastError().contains("input has width 3, model iris-linear expects 4"), narrow.err());
        assertEquals("", narrow.out());
        assertEquals(2, run("model", "predict", "--model", "iris-linear", "--values", "1,2,3,4", "--input", "0").code());
    }
}
