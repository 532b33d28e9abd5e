package org.zkopml.vm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Fast replay of a trace: the trace is never stored. One run records a checkpoint (a copy of the machine,
 * pages shared until written) every {@code interval} steps, at most {@value #MAX_CHECKPOINTS} of them: a longer
 * trace thins them and doubles the interval, so a 10^10-step trace costs the same few hundred megabytes as a
 * short one. "State at step i" restores the closest machine at or before i — a checkpoint, one kept at a recently
 * asked step, or the last answer — and re-executes from there; memory is Merkle-hashed only at the asked steps,
 * and only the pages written since (as Cannon does between its snapshots).
 * Steps past the end repeat the final state (a stopped machine does not change), so the trace can be
 * padded to any length.
 */
public final class Replay {
    /** At most this many regular checkpoints: past it, every other one is dropped and the interval doubles. */
    public static final int MAX_CHECKPOINTS = 64;
    /** Machines kept at recently asked steps (a bisection asks nested intervals: the next answer starts close by). */
    private static final int RECENT = 12;
    private final TreeMap<Long, Vm> checkpoints = new TreeMap<>();
    private final Map<Long, Vm> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Vm> eldest) {
            return size() > RECENT;
        }
    };
    private long interval;
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
            if (vm.step() % this.interval == 0) checkpoints.put(vm.step(), vm.copy());
            if (checkpoints.size() > MAX_CHECKPOINTS) thin();
            long n = vm.run(Math.min(this.interval - vm.step() % this.interval, maxSteps - vm.step()));
            progress.accept(vm.step());
            if (!vm.running() || vm.step() >= maxSteps || n == 0) break;
        }
        this.length = vm.step();
        this.end = vm;
        this.cursor = checkpoints.firstEntry().getValue().copy();
    }

    /** Keeps the checkpoints at multiples of twice the interval (step 0 among them) and doubles the interval. */
    private void thin() {
        long doubled = 2 * interval;
        checkpoints.keySet().removeIf(step -> step % doubled != 0);
        interval = doubled;
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

    /** Steps between regular checkpoints (the requested interval, doubled as often as the trace needed). */
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

    /**
     * The machine at step i: from the closest machine at or before it — a checkpoint, a machine kept at a recently
     * asked step, or the cursor itself — run forward. A long run leaves a copy behind among the recent ones.
     */
    private Vm seek(long i) {
        if (i < 0) throw new IllegalArgumentException("negative step " + i);
        long target = Math.min(i, length);
        Vm from = checkpoints.floorEntry(target).getValue();
        for (Vm r : recent.values()) if (r.step() <= target && r.step() > from.step()) from = r;
        if (!(cursor.step() <= target && cursor.step() >= from.step())) cursor = from.copy();
        long ran = target - cursor.step();
        cursor.run(ran);
        if (ran > Math.max(1 << 16, interval / 256)) recent.put(target, cursor.copy());
        return cursor;
    }
}
