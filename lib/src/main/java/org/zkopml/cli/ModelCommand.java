package org.zkopml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zkopml.compare.Models;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Evaluation;
import org.zkopml.model.ModelJson;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipe;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;
import org.zkopml.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kit model list|eval|predict|export}: the built-in model recipes, float versus fixed-point
 * evaluation with live timings, and the integer logits of one test row. Training (once, then cached)
 * shows a progress bar and its duration on stderr.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Train, quantize and evaluate the built-in models (float vs fixed point).",
        subcommands = {ModelCommand.ListModels.class, ModelCommand.Eval.class, ModelCommand.Predict.class, ModelCommand.Export.class})
final class ModelCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, eval, predict or export");
    }

    /** The fixed-point scale of eval, predict and export. */
    static final class Scale {
        @Option(names = "--scale-bits", paramLabel = "S", description = "Fixed-point scale 2^S (default: ${DEFAULT-VALUE}).")
        int bits = TrainedModel.DEFAULT_SCALE_BITS;
    }

    /** {@code model list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in recipes.")
    static final class ListModels implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() {
            return output.print(spec, new Listed(Recipes.names().stream().map(Recipes::get).toList()));
        }
    }

    /** What {@code model list} prints: every recipe. */
    record Listed(List<Recipe> recipes) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            List<Object> all = new ArrayList<>();
            for (Recipe recipe : recipes) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", recipe.name());
                r.put("dataset", recipe.dataset());
                r.put("family", recipe.family());
                r.put("seed", recipe.seed());
                r.put("description", recipe.describe());
                all.add(r);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("models", all);
            return m;
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            for (Recipe recipe : recipes) s.append(recipe.describe()).append('\n');
            return s.toString();
        }
    }

    /** {@code model eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Accuracy of the float and the fixed-point model on the test rows, their agreement and inference times.")
    static final class Eval implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelChoice model;

        @CommandLine.Mixin
        Scale scale;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() {
            TrainedModel trained = Models.train(model.name(), new BarProgress(spec.commandLine().getErr()));
            QuantizedModel q = trained.quantize(scale.bits);
            Evaluation e = trained.evaluate(scale.bits);
            double[][] floats = new double[trained.testRows()][];
            for (int r = 0; r < floats.length; r++) floats[r] = trained.testFeatures(r);
            long[][] ints = trained.testInputs(scale.bits);
            Measurement f = Stopwatch.measure("float", () -> {
                int s = 0;
                for (double[] x : floats) s += trained.model().predict(x);
                return s;
            });
            Measurement i = Stopwatch.measure("fixed", () -> {
                int s = 0;
                for (long[] x : ints) s += q.predict(x);
                return s;
            });
            return output.print(spec, new Evaluated(e, q, f.nanosPerOperation() / floats.length, i.nanosPerOperation() / ints.length,
                    trained.recipe().seed()));
        }
    }

    /**
     * What {@code model eval} prints.
     *
     * @param e       the evaluation on the test rows
     * @param q       the quantized model
     * @param nsFloat nanoseconds per float inference
     * @param nsFixed nanoseconds per fixed-point inference
     * @param seed    the recipe's seed
     */
    record Evaluated(Evaluation e, QuantizedModel q, double nsFloat, double nsFixed, long seed) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", e.model());
            m.put("parameters", e.parameters());
            m.put("macs", e.macs());
            m.put("scaleBits", e.scaleBits());
            m.put("accumulatorBits", e.accumulatorBits());
            m.put("testRows", e.testRows());
            m.put("floatAccuracy", e.floatAccuracy());
            m.put("fixedAccuracy", e.fixedAccuracy());
            m.put("agreement", e.agreement());
            m.put("nsPerInferenceFloat", nsFloat);
            m.put("nsPerInferenceFixed", nsFixed);
            m.put("commitment", q.commitmentHex());
            m.put("seed", seed);
            return m;
        }

        @Override
        public String text() {
            return q.summary() + "\n"
                    + String.format("test rows        %d%n", e.testRows())
                    + String.format("float accuracy   %.4f%n", e.floatAccuracy())
                    + String.format("fixed accuracy   %.4f (scale 2^%d)%n", e.fixedAccuracy(), e.scaleBits())
                    + String.format("agreement        %.4f%n", e.agreement())
                    + String.format("float inference  %s%n", Stopwatch.format(nsFloat))
                    + String.format("fixed inference  %s%n", Stopwatch.format(nsFixed))
                    + String.format("commitment       %s%n", q.commitmentHex());
        }
    }

    /** {@code model predict}. */
    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "The integer logits and class of one test row (the reference the VM and the circuits reproduce).")
    static final class Predict implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelChoice model;

        @CommandLine.Mixin
        RowChoice row;

        @Option(names = "--values", paramLabel = "X", split = ",",
                description = "An integer input vector instead of a test row, e.g. --values -137,371,-336,-339.")
        long[] values;

        @CommandLine.Mixin
        Scale scale;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() {
            String name = model.name();
            if (row.given() == (values != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --input ROW or --values X,...");
            }
            Integer r = values == null ? row.of(name) : null;   // a wrong row is rejected before any training
            TrainedModel trained = Models.train(name, new BarProgress(spec.commandLine().getErr()));
            QuantizedModel q = trained.quantize(scale.bits);
            if (r == null) return output.print(spec, new Predicted(q, null, values, q.infer(values), null, null));
            long[] x = trained.testInput(r, scale.bits);
            return output.print(spec, new Predicted(q, r, x, q.infer(x), trained.testLabels()[r], trained.model().predict(trained.testFeatures(r))));
        }
    }

    /**
     * What {@code model predict} prints: the integer inference of a test row (with its true class and the float model's)
     * or of given values (row, trueClass and floatClass null).
     *
     * @param q          the quantized model
     * @param row        the test row, or null for given values
     * @param input      the integer input
     * @param trace      the integer inference
     * @param trueClass  the row's label, or null
     * @param floatClass the float model's class, or null
     */
    record Predicted(QuantizedModel q, Integer row, long[] input, Trace trace, Integer trueClass, Integer floatClass) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", q.name());
            if (row != null) m.put("row", row);
            m.put("scaleBits", q.scaleBits());
            m.put("input", input);
            m.put("logits", trace.logits());
            m.put("class", trace.predicted());
            m.put("label", q.labels().get(trace.predicted()));
            if (row != null) {
                m.put("trueClass", trueClass);
                m.put("floatClass", floatClass);
            }
            m.put("commitment", q.commitmentHex());
            return m;
        }

        @Override
        public String text() {
            String predicted = trace.predicted() + " (" + q.labels().get(trace.predicted()) + ")";
            return q.name() + (row == null ? " on the given input" : " test row " + row) + " at scale 2^" + q.scaleBits() + "\n"
                    + "input   " + Arrays.toString(input) + "\n"
                    + "logits  " + Arrays.toString(trace.logits()) + "\n"
                    + "class   " + predicted + (row == null ? "" : "; true class " + trueClass + " (" + q.labels().get(trueClass)
                    + "); float model says " + floatClass) + "\n";
        }
    }

    /** {@code model export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the quantized model as versioned JSON (to stdout, or to --out FILE) and print its commitment.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelChoice model;

        @CommandLine.Mixin
        Scale scale;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to this file instead of stdout.")
        Path out;

        @Override
        public Integer call() {
            QuantizedModel q = Models.train(model.name(), new BarProgress(spec.commandLine().getErr())).quantize(scale.bits);
            PrintWriter stdout = spec.commandLine().getOut();
            if (out == null) {
                stdout.print(ModelJson.write(q));
            } else {
                ModelJson.save(q, out);
                stdout.println("wrote " + out + " (" + q.name() + ", commitment " + q.commitmentHex() + ")");
            }
            stdout.flush();
            return 0;
        }
    }
}
