package org.zkopml.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zkopml.compare.Models;
import org.zkopml.lab.Measurement;
import org.zkopml.lab.Stopwatch;
import org.zkopml.model.Evaluation;
import org.zkopml.model.GptEvaluation;
import org.zkopml.model.Gpts;
import org.zkopml.model.SortingTask;
import org.zkopml.model.TrainedGpt;
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
    static final class ListModels extends ResultCommand {
        @Override
        CommandResult result() {
            return new Listed(Recipes.names().stream().map(Recipes::get).toList());
        }
    }

    /** What {@code model list} prints: every recipe. */
    record Listed(List<Recipe> recipes) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            List<Object> all = new ArrayList<>();
            for (Recipe r : recipes) {
                all.add(Json.object("name", r.name(), "dataset", r.dataset(), "family", r.family(), "seed", r.seed(), "description", r.describe()));
            }
            List<Object> gpts = new ArrayList<>();
            gpts.add(Json.object("name", Gpts.TINY, "family", "gpt", "seed", Gpts.TINY_RECIPE.seed(), "parameters",
                    Gpts.TINY_RECIPE.config().parameters(), "description", Gpts.TINY_RECIPE.describe()));
            for (var g : org.zkopml.model.RandomGpt.builtIn()) {
                gpts.add(Json.object("name", g.name(), "family", "gpt", "seed", org.zkopml.model.RandomGpt.SEED, "parameters",
                        g.config().parameters(), "description", g.description()));
            }
            return Json.object("models", all, "gpts", gpts);
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder();
            for (Recipe recipe : recipes) s.append(recipe.describe()).append('\n');
            s.append(Gpts.TINY_RECIPE.describe()).append('\n');
            for (var g : org.zkopml.model.RandomGpt.builtIn()) {
                s.append(g.name()).append(": synthetic, seed ").append(org.zkopml.model.RandomGpt.SEED).append(", ")
                        .append(String.format("%,d", g.config().parameters())).append(" parameters, ").append(g.config()).append(" — ")
                        .append(g.description()).append('\n');
            }
            return s.toString();
        }
    }

    /** {@code model eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Accuracy of the float and the fixed-point model on the test rows, their agreement and inference times.")
    static final class Eval extends ResultCommand.OnModel {
        @CommandLine.Mixin
        Scale scale;

        @Override
        CommandResult result() {
            if (Gpts.isGpt(model.name())) return evaluateGpt(model.name(), progress());
            TrainedModel trained = Models.train(model.name(), progress());
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
            return new Evaluated(e, q, f.nanosPerOperation() / floats.length, i.nanosPerOperation() / ints.length, trained.recipe().seed());
        }
    }

    /** gpt-tiny on its test prompts; a synthetic GPT has no float model to compare with. */
    static CommandResult evaluateGpt(String name, org.zkopml.compare.Progress progress) {
        if (!name.equals(Gpts.TINY)) {
            throw new IllegalArgumentException(name + " is a synthetic GPT (random weights, no float model, nothing to predict): model eval takes gpt-tiny");
        }
        Models.gpt(name, progress);
        TrainedGpt tiny = Gpts.train();
        QuantizedModel q = tiny.quantized();
        GptEvaluation e = tiny.evaluate();
        List<SortingTask.Example> prompts = tiny.testPrompts();
        Measurement f = Stopwatch.measure("float", () -> {
            int s = 0;
            for (SortingTask.Example x : prompts) s += tiny.model().predict(x.ids());
            return s;
        });
        Measurement i = Stopwatch.measure("fixed", () -> {
            int s = 0;
            for (SortingTask.Example x : prompts) s += q.predict(x.input());
            return s;
        });
        return new GptEvaluated(e, q, f.nanosPerOperation() / prompts.size(), i.nanosPerOperation() / prompts.size(),
                Gpts.TINY_RECIPE.seed(), prompts.get(0));
    }

    /**
     * What {@code model eval --model gpt-tiny} prints: next-token accuracy float vs fixed point on the test prompts.
     *
     * @param e       the evaluation
     * @param q       the integer model
     * @param nsFloat nanoseconds per float forward pass
     * @param nsFixed nanoseconds per integer forward pass
     * @param seed    the training seed
     * @param example the first test prompt, shown with its prediction
     */
    record GptEvaluated(GptEvaluation e, QuantizedModel q, double nsFloat, double nsFixed, long seed, SortingTask.Example example)
            implements CommandResult {
        @Override
        public Map<String, Object> json() {
            return Json.object("model", e.model(), "parameters", e.parameters(), "macs", e.macs(), "testPrompts", e.prompts(),
                    "floatAccuracy", e.floatAccuracy(), "fixedAccuracy", e.fixedAccuracy(), "agreement", e.agreement(),
                    "meanAbsLogitError", e.meanAbsLogitError(), "nsPerInferenceFloat", nsFloat, "nsPerInferenceFixed", nsFixed,
                    "commitment", q.commitmentHex(), "seed", seed, "dataset", SortingTask.FILE);
        }

        @Override
        public String text() {
            String next = q.labels().get(q.predict(example.input()));
            return q.summary() + "\n" + Json.lines("task", "sort five distinct digits (" + SortingTask.FILE + "), next token after a prompt",
                    "example", "'" + example.text() + "' → '" + next + "' (expected '" + SortingTask.VOCABULARY.charAt(example.target()) + "')",
                    "test prompts", e.prompts(), "float accuracy", String.format("%.4f", e.floatAccuracy()),
                    "fixed accuracy", String.format("%.4f (int8 weights, activations at 2^%d)", e.fixedAccuracy(), q.scaleBits()),
                    "agreement", String.format("%.4f", e.agreement()), "mean |Δ logit|", String.format("%.4f", e.meanAbsLogitError()),
                    "float inference", Stopwatch.format(nsFloat), "fixed inference", Stopwatch.format(nsFixed), "commitment", q.commitmentHex());
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
            return Json.object("model", e.model(), "parameters", e.parameters(), "macs", e.macs(), "scaleBits", e.scaleBits(),
                    "accumulatorBits", e.accumulatorBits(), "testRows", e.testRows(),
                    "floatAccuracy", e.floatAccuracy(), "fixedAccuracy", e.fixedAccuracy(), "agreement", e.agreement(),
                    "nsPerInferenceFloat", nsFloat, "nsPerInferenceFixed", nsFixed, "commitment", q.commitmentHex(), "seed", seed);
        }

        @Override
        public String text() {
            return q.summary() + "\n" + Json.lines("test rows", e.testRows(), "float accuracy", String.format("%.4f", e.floatAccuracy()),
                    "fixed accuracy", String.format("%.4f (scale 2^%d)", e.fixedAccuracy(), e.scaleBits()),
                    "agreement", String.format("%.4f", e.agreement()),
                    "float inference", Stopwatch.format(nsFloat), "fixed inference", Stopwatch.format(nsFixed), "commitment", q.commitmentHex());
        }
    }

    /** {@code model predict}. */
    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "The integer logits and class of one test row (the reference the VM and the circuits reproduce).")
    static final class Predict extends ResultCommand.OnModelRow {
        @Option(names = "--values", paramLabel = "X", split = ",",
                description = "An integer input vector instead of a test row, e.g. --values -137,371,-336,-339.")
        long[] values;

        @CommandLine.Mixin
        Scale scale;

        @Override
        CommandResult result() {
            String name = model.name();
            if (row.given() == (values != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --input ROW or --values X,...");
            }
            Integer r = values == null ? row() : null;   // a wrong row is rejected before any training
            TrainedModel trained = Models.train(name, progress());
            QuantizedModel q = trained.quantize(scale.bits);
            if (r == null) return new Predicted(q, null, values, q.infer(values), null, null);
            long[] x = trained.testInput(r, scale.bits);
            return new Predicted(q, r, x, q.infer(x), trained.testLabels()[r], trained.model().predict(trained.testFeatures(r)));
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
            Map<String, Object> m = Json.object("model", q.name());
            if (row != null) m.put("row", row);
            m.putAll(Json.object("scaleBits", q.scaleBits(), "input", input, "logits", trace.logits(),
                    "class", trace.predicted(), "label", q.labels().get(trace.predicted())));
            if (row != null) m.putAll(Json.object("trueClass", trueClass, "floatClass", floatClass));
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
