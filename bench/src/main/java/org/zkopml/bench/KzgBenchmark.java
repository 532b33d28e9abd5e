package org.zkopml.bench;

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
import org.zkopml.commit.Kzg;
import org.zkopml.commit.KzgCommitment;
import org.zkopml.commit.KzgOpening;
import org.zkopml.commit.KzgSetup;
import org.zkopml.commit.KzgVerifierKey;
import org.zkopml.values.Verdict;
import org.zkopml.field.Fr;
import org.zkopml.poly.Polynomial;

/** KZG over BN254 (insecure seeded setup): commit (an MSM), open (a division and an MSM), verify (two pairings). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KzgBenchmark {
    @Param({"1024", "4096"})
    int coefficients;

    KzgSetup setup;
    KzgVerifierKey key;
    Polynomial polynomial;
    KzgCommitment commitment;
    KzgOpening opening;
    Fr z;

    @Setup
    public void setUp() {
        setup = KzgSetup.insecure(coefficients - 1, 2024);
        key = setup.verifierKey();
        SplittableRandom random = new SplittableRandom(coefficients);
        polynomial = Polynomial.random(coefficients - 1, random);
        z = Fr.random(random);
        commitment = Kzg.commit(setup, polynomial);
        opening = Kzg.open(setup, polynomial, z);
    }

    @Benchmark
    public KzgCommitment commit() {
        return Kzg.commit(setup, polynomial);
    }

    @Benchmark
    public KzgOpening open() {
        return Kzg.open(setup, polynomial, z);
    }

    @Benchmark
    public Verdict<Void> verify() {
        return Kzg.verify(key, commitment, opening);
    }
}
