package org.zkopml.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Fast replay of a trace: the trace is never stored. One run records a checkpoint (a copy of the
 * machine) every {@code interval} steps; "state at step i" restores the checkpoint at or before i and
 * re-executes at most {@code interval} steps (or continues from the last answer when that is closer).
 * Steps past the end repeat the final state (a stopped machine does not change), so the trace can be
 * padded to any length.
 */
public final class Replay {
    private final List<Vm> checkpoints = new ArrayList<>();
    private final long interval;
    private final long length;
    private final Vm end;
    private Vm cursor;

    private Replay(Vm start, long interval, long maxSteps, LongConsumer progress) {
        if (interval < 1) throw new IllegalArgumentException("checkpoint interval must be ≥ 1");
        this.interval = interval;
        Vm vm = start.copy();
        long base = vm.step();
        if (base != 0) throw new IllegalArgumentException("replay starts from step 0");
        vm.memory().root(); // hash the initial memory once: every checkpoint then shares the hashes of the pages it did not write
        while (true) {
            checkpoints.add(vm.copy());
            long n = vm.run(Math.min(interval, maxSteps - vm.step()));
            progress.accept(vm.step());
            if (!vm.running() || vm.step() >= maxSteps || n == 0) break;
        }
        this.length = vm.step();
        this.end = vm;
        this.cursor = checkpoints.get(0).copy();
    }

    /** Runs {@code start} (at step 0) to its end, at most {@code maxSteps}, with a checkpoint every {@code interval} steps. */
    public static Replay of(Vm start, long interval, long maxSteps) {
        return new Replay(start, interval, maxSteps, steps -> {});
    }

    /** {@link #of(Vm, long, long)} for a program and input, stopping after at most 2^40 steps. */
    public static Replay of(Program program, long[] input, long interval) {
        return of(program, input, interval, steps -> {});
    }

    /**
     * {@link #of(Program, long[], long)}, telling {@code progress} the number of steps executed so far
     * after every checkpoint interval and once at the end (on the calling thread; for progress bars). The
     * listener only observes: the replay is the same with or without it.
     */
    public static Replay of(Program program, long[] input, long interval, LongConsumer progress) {
        return new Replay(program.load(input), interval, 1L << 40, progress);
    }

    /** Number of steps until the machine stopped (or the step limit). */
    public long length() {
        return length;
    }

    /** Steps between checkpoints. */
    public long interval() {
        return interval;
    }

    /** Number of checkpoints kept. */
    public int checkpoints() {
        return checkpoints.size();
    }

    /** The final state. */
    public VmState finalState() {
        return end.state();
    }

    /** Final status. */
    public Status finalStatus() {
        return end.status();
    }

    /** Reads {@code n} words of the final memory. */
    public long[] finalWords(long address, int n) {
        return end.read(address, n);
    }

    /** A machine positioned at step {@code i} (i clipped to the length); a fresh copy the caller owns. */
    public Vm machineAt(long i) {
        return seek(i).copy();
    }

    /** The state at step {@code i} (the final state for i ≥ length). */
    public VmState stateAt(long i) {
        if (i >= length) return end.state();
        return seek(i).state();
    }

    /** The state hash at step {@code i}. */
    public org.zkopml.values.Bytes32 hashAt(long i) {
        return stateAt(i).hash();
    }

    /** The witness of the step i → i+1. */
    public StepWitness witnessAt(long i) {
        if (i >= length) return end.witness();
        return seek(i).witness();
    }

    private Vm seek(long i) {
        if (i < 0) throw new IllegalArgumentException("negative step " + i);
        long target = Math.min(i, length);
        int c = (int) Math.min(target / interval, checkpoints.size() - 1);
        Vm from = checkpoints.get(c);
        if (!(cursor.step() <= target && cursor.step() >= from.step())) cursor = from.copy();
        cursor.run(target - cursor.step());
        return cursor;
    }
}
