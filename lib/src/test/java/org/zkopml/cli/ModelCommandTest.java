package org.zkopml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./kit model …}: JSON fields, exit codes, and no output on rejected input. */
class ModelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ModelCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void evalPrintsOneJsonObjectWithTheRequiredFields() {
        assertEquals(0, run("eval", "--model", "iris-tree", "--json"), err.toString());
        String json = out.toString().trim();
        assertTrue(json.startsWith("{\"model\":\"iris-tree\"") && json.endsWith("}") && json.lines().count() == 1, json);
        for (String key : new String[] {"parameters", "macs", "scaleBits", "floatAccuracy", "fixedAccuracy", "agreement",
                "nsPerInferenceFloat", "nsPerInferenceFixed"}) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        assertTrue(err.toString().contains("iris-tree"), "training or loading is reported on stderr");
    }

    @Test
    void predictPrintsLogitsAndClass() {
        assertEquals(0, run("predict", "--model", "iris-linear", "--input", "0", "--json"), err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"logits\":[") && json.contains("\"class\":"), json);
    }

    @Test
    void aRowOutsideTheTestSetIsRejectedWithoutOutput() {
        assertEquals(1, run("predict", "--model", "iris-linear", "--input", "999"));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("--input 999 is not a test row"), err.toString());
    }

    @Test
    void anUnknownModelOrAnOverflowingScaleIsRejected() {
        assertEquals(1, run("eval", "--model", "iris-svm"));
        assertTrue(err.toString().contains("unknown model"), err.toString());
        assertEquals(1, run("predict", "--model", "digits-mlp", "--input", "0", "--scale-bits", "30"));
        assertTrue(err.toString().contains("overflows"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingOptionsAreWrongUsage() {
        assertEquals(2, run("eval"));
        assertEquals(2, run("predict", "--model", "iris-linear"));
    }

    @Test
    void exportWritesAModelThatLoadsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("iris.json");
        assertEquals(0, run("export", "--model", "iris-linear", "--out", file.toString()), err.toString());
        org.zkopml.model.QuantizedModel m = org.zkopml.model.ModelJson.load(file);
        assertTrue(out.toString().contains(m.commitmentHex()), out.toString());
        assertEquals("iris-linear", m.name());
    }

    @Test
    void predictOnGivenValuesChecksTheWidth() {
        assertEquals(0, run("predict", "--model", "iris-linear", "--values", "-137,371,-336,-339", "--json"), err.toString());
        assertTrue(out.toString().contains("\"class\":0"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(1, run("predict", "--model", "iris-linear", "--values", "1,2,3"));
        assertTrue(err.toString().contains("input has width 3, model iris-linear expects 4"), err.toString());
        assertEquals("", out.toString());
        assertEquals(2, run("predict", "--model", "iris-linear", "--values", "1,2,3,4", "--input", "0"));
    }
}
