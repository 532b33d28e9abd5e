package org.zkopml.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zkopml.model.FloatModel;
import org.zkopml.model.QuantizedModel;
import org.zkopml.model.Recipes;
import org.zkopml.model.TrainedModel;

/**
 * Float versus fixed-point inference, per built-in model: one test row per call (cycling through the
 * test set). The fixed-point path is the integer reference (exact, overflow-checked) that zkML and
 * opML reproduce; the float path is the trained model on standardised inputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelInferenceBenchmark {
    @Param({"iris-linear", "iris-tree", "wine-linear", "digits-linear", "digits-mlp", "breast_cancer-linear"})
    String model;

    FloatModel floatModel;
    QuantizedModel fixedModel;
    double[][] floatInputs;
    long[][] fixedInputs;
    int next;

    @Setup
    public void setUp() {
        TrainedModel trained = Recipes.train(model);
        floatModel = trained.model();
        fixedModel = trained.quantized();
        floatInputs = new double[trained.testRows()][];
        for (int r = 0; r < floatInputs.length; r++) floatInputs[r] = trained.testFeatures(r);
        fixedInputs = trained.testInputs(fixedModel.scaleBits());
    }

    @Benchmark
    public int floatInference() {
        next = next + 1 == floatInputs.length ? 0 : next + 1;
        return floatModel.predict(floatInputs[next]);
    }

    @Benchmark
    public int fixedInference() {
        next = next + 1 == fixedInputs.length ? 0 : next + 1;
        return fixedModel.predict(fixedInputs[next]);
    }
}
