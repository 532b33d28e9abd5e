package org.zkopml.bench;

import java.util.Random;
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
import org.zkopml.hash.Keccak256;

/** Keccak-256 throughput for growing inputs: the hash behind model commitments and Merkle trees. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Keccak256Benchmark {
    @Param({"32", "64", "1024"})
    int bytes;

    byte[] input;

    @Setup
    public void setUp() {
        input = new byte[bytes];
        new Random(1).nextBytes(input);
    }

    @Benchmark
    public byte[] hash() {
        return Keccak256.hash(input);
    }
}
