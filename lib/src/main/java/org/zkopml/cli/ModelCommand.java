package org.zkopml.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Evaluation;
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

    /** Options shared by eval and predict. */
    static class ModelOptions {
        @Option(names = "--model", required = true, paramLabel = "NAME", description = "Recipe name, e.g. iris-linear (see: model list).")
        String model;

        @Option(names = "--scale-bits", paramLabel = "S", description = "Fixed-point scale 2^S (default: ${DEFAULT-VALUE}).")
        int scaleBits = TrainedModel.DEFAULT_SCALE_BITS;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
    }

    /** The trained recipe, with a progress bar and the training time on stderr. */
    static TrainedModel train(String name, PrintWriter err) {
        Recipe recipe = Recipes.get(name);
        long start = System.nanoTime();
        TrainedModel trained;
        try (ProgressBar bar = ProgressBars.of("train " + name, recipe.steps())) {
            trained = Recipes.train(name, bar::stepTo);
        }
        long nanos = System.nanoTime() - start;
        err.println(trained.trainNanos() > 0
                ? "trained " + name + " in " + Stopwatch.format(trained.trainNanos()) + " (" + recipe.describe() + ")"
                : "loaded " + name + " in " + Stopwatch.format(nanos) + " (cached; " + recipe.describe() + ")");
        err.flush();
        return trained;
    }

    /** {@code model list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in recipes.")
    static final class ListModels implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Object> recipes = new ArrayList<>();
                for (String name : Recipes.names()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    Recipe recipe = Recipes.get(name);
                    r.put("name", name);
                    r.put("dataset", recipe.dataset());
                    r.put("family", recipe.family());
                    r.put("seed", recipe.seed());
                    r.put("description", recipe.describe());
                    recipes.add(r);
                }
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("models", recipes);
                out.println(Json.write(all));
            } else {
                for (String name : Recipes.names()) out.println(Recipes.get(name).describe());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code model eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Accuracy of the float and the fixed-point model on the test rows, their agreement and inference times.")
    static final class Eval implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelOptions options = new ModelOptions();

        @Override
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> {
                PrintWriter err = spec.commandLine().getErr();
                TrainedModel trained = train(options.model, err);
                QuantizedModel q = trained.quantize(options.scaleBits);
                Evaluation e = trained.evaluate(options.scaleBits);
                double[][] floats = new double[trained.testRows()][];
                for (int r = 0; r < floats.length; r++) floats[r] = trained.testFeatures(r);
                long[][] ints = trained.testInputs(options.scaleBits);
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
                double nsFloat = f.nanosPerOperation() / floats.length;
                double nsFixed = i.nanosPerOperation() / ints.length;
                PrintWriter out = spec.commandLine().getOut();
                if (options.json) {
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
                    m.put("seed", trained.recipe().seed());
                    out.println(Json.write(m));
                } else {
                    out.println(q.summary());
                    out.printf("test rows        %d%n", e.testRows());
                    out.printf("float accuracy   %.4f%n", e.floatAccuracy());
                    out.printf("fixed accuracy   %.4f (scale 2^%d)%n", e.fixedAccuracy(), e.scaleBits());
                    out.printf("agreement        %.4f%n", e.agreement());
                    out.printf("float inference  %s%n", Stopwatch.format(nsFloat));
                    out.printf("fixed inference  %s%n", Stopwatch.format(nsFixed));
                    out.printf("commitment       %s%n", q.commitmentHex());
                }
                out.flush();
                return 0;
            });
        }
    }

    /** {@code model predict}. */
    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "The integer logits and class of one test row (the reference the VM and the circuits reproduce).")
    static final class Predict implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ModelOptions options = new ModelOptions();

        @Option(names = "--input", paramLabel = "ROW", description = "Index of the test row.")
        Integer row;

        @Option(names = "--values", paramLabel = "X", split = ",",
                description = "An integer input vector instead of a test row, e.g. --values -137,371,-336,-339.")
        long[] values;

        @Override
        public Integer call() throws Exception {
            if ((row == null) == (values == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --input ROW or --values X,...");
            }
            return Guarded.run(spec, () -> {
                TrainedModel trained = train(options.model, spec.commandLine().getErr());
                QuantizedModel q = trained.quantize(options.scaleBits);
                if (values != null) return printValues(q, values);
                if (row < 0 || row >= trained.testRows()) {
                    throw new IllegalArgumentException("--input " + row + " is not a test row of " + options.model
                            + " (0.." + (trained.testRows() - 1) + ")");
                }
                long[] x = trained.testInput(row, options.scaleBits);
                Trace trace = q.infer(x);
                int truth = trained.testLabels()[row];
                int floatClass = trained.model().predict(trained.testFeatures(row));
                PrintWriter out = spec.commandLine().getOut();
                if (options.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("model", q.name());
                    m.put("row", row);
                    m.put("scaleBits", q.scaleBits());
                    m.put("input", x);
                    m.put("logits", trace.logits());
                    m.put("class", trace.predicted());
                    m.put("label", q.labels().get(trace.predicted()));
                    m.put("trueClass", truth);
                    m.put("floatClass", floatClass);
                    m.put("commitment", q.commitmentHex());
                    out.println(Json.write(m));
                } else {
                    out.println(q.name() + " test row " + row + " at scale 2^" + q.scaleBits());
                    out.println("input   " + Arrays.toString(x));
                    out.println("logits  " + Arrays.toString(trace.logits()));
                    out.println("class   " + trace.predicted() + " (" + q.labels().get(trace.predicted()) + "); true class " + truth
                            + " (" + q.labels().get(truth) + "); float model says " + floatClass);
                }
                out.flush();
                return 0;
            });
        }

        /** Integer inference on a vector given on the command line (no float model to compare with). */
        private int printValues(QuantizedModel q, long[] x) {
            Trace trace = q.infer(x);
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", q.name());
                m.put("scaleBits", q.scaleBits());
                m.put("input", x);
                m.put("logits", trace.logits());
                m.put("class", trace.predicted());
                m.put("label", q.labels().get(trace.predicted()));
                m.put("commitment", q.commitmentHex());
                out.println(Json.write(m));
            } else {
                out.println(q.name() + " on the given input at scale 2^" + q.scaleBits());
                out.println("input   " + Arrays.toString(x));
                out.println("logits  " + Arrays.toString(trace.logits()));
                out.println("class   " + trace.predicted() + " (" + q.labels().get(trace.predicted()) + ")");
            }
            out.flush();
            return 0;
        }
    }

    /** {@code model export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the quantized model as versioned JSON (to stdout, or to --out FILE) and print its commitment.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "NAME", description = "Recipe name, e.g. iris-linear.")
        String model;

        @Option(names = "--scale-bits", paramLabel = "S", description = "Fixed-point scale 2^S (default: ${DEFAULT-VALUE}).")
        int scaleBits = TrainedModel.DEFAULT_SCALE_BITS;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to this file instead of stdout.")
        java.nio.file.Path out;

        @Override
        public Integer call() throws Exception {
            return Guarded.run(spec, () -> {
                QuantizedModel q = train(model, spec.commandLine().getErr()).quantize(scaleBits);
                PrintWriter stdout = spec.commandLine().getOut();
                if (out == null) {
                    stdout.print(org.zkopml.model.ModelJson.write(q));
                } else {
                    org.zkopml.model.ModelJson.save(q, out);
                    stdout.println("wrote " + out + " (" + q.name() + ", commitment " + q.commitmentHex() + ")");
                }
                stdout.flush();
                return 0;
            });
        }
    }
}
