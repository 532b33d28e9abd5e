package org.zkopml.dispute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Replay;
import org.zkopml.vm.Vm;

/**
 * The true computation: the whole program replayed with checkpoints, layer outputs computed natively,
 * and each layer's program replayed on demand (only the disputed one, in practice).
 */
public final class HonestBelief implements Belief {
    private final Task task;
    private final long interval;
    private final Replay whole;
    private final List<long[]> activations;
    private final Map<Integer, Replay> layerReplays = new HashMap<>();
    private final Map<Long, Bytes32> rootCache = new HashMap<>();
    /** State hashes already asked for, by (layer + 1) · 2^56 + step (layer −1 = the whole program): a game asks few, often twice. */
    private final Map<Long, Bytes32> hashCache = new HashMap<>();
    private final Map<Integer, Move.OpenLayer> openings = new HashMap<>();
    private Claim claim;

    /** Runs the task once, keeping a checkpoint every {@code interval} steps. */
    public HonestBelief(Task task, long interval) {
        this(task, interval, steps -> {});
    }

    /** {@link #HonestBelief(Task, long)}, telling {@code progress} the steps run so far (see {@link Replay#of(Program, long[], long, LongConsumer)}). */
    public HonestBelief(Task task, long interval, LongConsumer progress) {
        this.task = task;
        this.interval = interval;
        this.whole = Replay.of(task.model().whole(), task.input(), interval, progress);
        this.activations = task.model().nativeActivations(task.input());
    }

    /** The task this belief computes. */
    public Task task() {
        return task;
    }

    /** The whole-program replay. */
    public Replay replay() {
        return whole;
    }

    /** Native activations: 0 = input, ℓ = output of layer ℓ. */
    public long[] activation(int p) {
        return activations.get(p).clone();
    }

    /** The output the program computes. */
    public long[] output() {
        Program w = task.model().whole();
        return whole.finalWords(w.outputAddress(), w.outputLength());
    }

    @Override
    public synchronized Claim claim() {
        if (claim == null) {
            Program w = task.model().whole();
            Vm end = whole.machineAt(whole.length());
            claim = new Claim(task.modelCommitment(), task.inputRoot(), output(), whole.finalState().hash(), whole.length(),
                    OutputOpening.of(end, w.outputAddress(), w.outputLength()));
        }
        return claim;
    }

    @Override
    public synchronized Bytes32 stepHash(long i) {
        return hashCache.computeIfAbsent(Math.min(i, whole.length()), j -> whole.hashAt(j));
    }

    @Override
    public byte[] stepWitness(long i) {
        return whole.witnessAt(i).encode();
    }

    @Override
    public synchronized Bytes32 layerRoot(long p) {
        if (p >= activations.size()) return claim().finalStateHash();
        int q = (int) p;
        return rootCache.computeIfAbsent((long) q, x -> Task.tensorRoot(activations.get(q)));
    }

    /** The replay of layer ℓ's program on its (native) input. */
    public synchronized Replay layerReplay(int layer) {
        return layerReplays.computeIfAbsent(layer, l -> Replay.of(task.model().layers().get(l), activations.get(l), interval));
    }

    /** Steps of layer ℓ's program (including its HALT). */
    public long layerLength(int layer) {
        return layerReplay(layer).length();
    }

    @Override
    public synchronized Move.OpenLayer layerOpening(int layer) {
        return openings.computeIfAbsent(layer, l -> {
            Replay r = layerReplay(l);
            Program p = task.model().layers().get(l);
            Vm end = r.machineAt(r.length());
            return new Move.OpenLayer(activations.get(l + 1), r.length(), r.finalState().hash(),
                    OutputOpening.of(end, p.outputAddress(), p.outputLength()));
        });
    }

    @Override
    public synchronized Bytes32 layerStepHash(int layer, long i) {
        Replay r = layerReplay(layer);
        long step = Math.min(i, r.length()); // ≤ 2^40
        return hashCache.computeIfAbsent(((layer + 1L) << 56) + step, j -> r.hashAt(step));
    }

    @Override
    public byte[] layerStepWitness(int layer, long i) {
        return layerReplay(layer).witnessAt(i).encode();
    }

    LayeredProgram model() {
        return task.model();
    }
}
