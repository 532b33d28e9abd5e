package org.zkopml.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.Memory;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.Replay;
import org.zkopml.vm.StepWitness;
import org.zkopml.vm.SyntheticModels;
import org.zkopml.vm.Vm;

/**
 * The opML VM: interpreted steps per second without hashing (the fast-replay target is ≥ 10 M steps/s),
 * one state hash after a replay from a checkpoint, and one {@code OneStep.verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VmBenchmark {
    static final int STEPS = 1_000_000;

    Memory memory;
    Replay replay;
    Bytes32 preHash;
    byte[] witness;
    long query;

    @Setup
    public void setUp() {
        LayeredProgram p = SyntheticModels.named("synthetic-20");
        long[] x = SyntheticModels.input(0, p.whole().inputLength());
        memory = p.whole().memory(x);
        if (new Vm(memory).run(Long.MAX_VALUE) < STEPS) throw new IllegalStateException("synthetic-20 runs fewer than " + STEPS + " steps");
        replay = Replay.of(p.whole(), x, 1 << 16);
        StepWitness w = replay.witnessAt(500_000);
        preHash = w.pre().hash();
        witness = w.encode();
    }

    /** Steps per second (each operation is one VM step). */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long steps() {
        return new Vm(memory).run(STEPS);
    }

    /** State hashes per second at scattered steps (replay from a checkpoint + lazy memory hashing). */
    @Benchmark
    public Bytes32 stateHashAt() {
        query = (query + 262_147) % replay.length();
        return replay.hashAt(query);
    }

    /** One-step verifications per second. */
    @Benchmark
    public Bytes32 oneStepVerify() {
        return OneStep.verify(preHash, witness).value();
    }
}
