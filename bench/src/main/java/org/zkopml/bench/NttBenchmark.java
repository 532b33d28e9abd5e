package org.zkopml.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.zkopml.field.Fr;
import org.zkopml.poly.EvaluationDomain;

/** The number-theoretic transform over BN254's F_r for domains of 2^10 to 2^16 points (forward, inverse, coset). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NttBenchmark {
    @Param({"10", "12", "14", "16"})
    int log2n;

    EvaluationDomain domain;
    List<Fr> values;

    @Setup
    public void setUp() {
        domain = EvaluationDomain.ofSize(1 << log2n);
        SplittableRandom random = new SplittableRandom(log2n);
        values = new ArrayList<>(domain.size());
        for (int i = 0; i < domain.size(); i++) values.add(Fr.random(random));
    }

    @Benchmark
    public List<Fr> fft() {
        return domain.fft(values);
    }

    @Benchmark
    public List<Fr> ifft() {
        return domain.ifft(values);
    }

    @Benchmark
    public List<Fr> cosetFft() {
        return domain.cosetFft(values);
    }
}
