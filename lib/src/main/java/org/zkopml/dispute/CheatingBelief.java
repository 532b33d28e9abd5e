package org.zkopml.dispute;

import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Replay;
import org.zkopml.vm.Vm;

/**
 * A cheater: computes honestly, then claims a wrong state from step K on. Its states agree with the
 * truth before K; from K to N−1 it commits to garbage hashes; its final state is the true final state
 * with the first output word increased by one (a real, openable state), so its claimed output is wrong.
 * In the layer phase the same cheat shows as wrong roots from the layer that executes step K on, and
 * inside that layer as wrong states from the corresponding local step.
 */
public final class CheatingBelief implements Belief {
    private final HonestBelief honest;
    private final long cheatStep;
    private final long seed;
    /** The layer containing step K and K as a step of that layer's program: found on first use (layer phase only). */
    private long[] located;
    private Claim claim;
    private Move.OpenLayer fakeOpening;

    /** Cheats from whole-program step {@code cheatStep} ∈ [1, N]. */
    public CheatingBelief(HonestBelief honest, long cheatStep, long seed) {
        long n = honest.replay().length();
        if (cheatStep < 1 || cheatStep > n) throw new IllegalArgumentException("cheat step must be in [1, " + n + "], got " + cheatStep);
        this.honest = honest;
        this.cheatStep = cheatStep;
        this.seed = seed;
    }

    /**
     * Which layer executes step K and at which local step: replays the layers' programs (only the layer phase of a
     * two-phase game needs it, so a single-phase dispute never pays for it).
     */
    private synchronized long[] locate() {
        if (located != null) return located;
        int layers = honest.model().layers().size();
        int layer = layers - 1;
        long offset = 0;
        long local = -1;
        for (int l = 0; l < layers; l++) {
            long body = honest.layerLength(l) - 1; // steps of the layer inside the whole trace (its HALT excluded)
            if (cheatStep <= offset + body) {
                layer = l;
                local = cheatStep - offset;
                break;
            }
            offset += body;
        }
        if (local < 0) local = honest.layerLength(layers - 1); // the final HALT ↔ the last layer's own HALT step
        located = new long[] {layer, local};
        return located;
    }

    /** The first wrong whole-program step K. */
    public long cheatStep() {
        return cheatStep;
    }

    /** The layer whose execution contains step K. */
    public int cheatLayer() {
        return (int) locate()[0];
    }

    /** K expressed as a step of the cheat layer's own program. */
    public long localCheatStep() {
        return locate()[1];
    }

    private Bytes32 garbage(String what, long i) {
        return Bytes32.of(Keccak256.hash(("cheat " + what + " " + seed + " " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static long[] tamper(long[] v) {
        long[] w = v.clone();
        w[0] += 1;
        return w;
    }

    /** A copy of the replay's final machine with its first output word increased by one. */
    private static Vm fakeEnd(Replay r, Program p) {
        Vm end = r.machineAt(r.length());
        end.memory().write(p.outputAddress(), end.memory().read(p.outputAddress()) + 1);
        return end;
    }

    @Override
    public synchronized Claim claim() {
        if (claim == null) {
            Program w = honest.model().whole();
            Vm end = fakeEnd(honest.replay(), w);
            claim = new Claim(honest.task().modelCommitment(), honest.task().inputRoot(), tamper(honest.output()), end.state().hash(),
                    honest.replay().length(), OutputOpening.of(end, w.outputAddress(), w.outputLength()));
        }
        return claim;
    }

    @Override
    public Bytes32 stepHash(long i) {
        if (i < cheatStep) return honest.stepHash(i);
        if (i >= honest.replay().length()) return claim().finalStateHash();
        return garbage("step", i);
    }

    @Override
    public byte[] stepWitness(long i) {
        return honest.stepWitness(i); // a cheater has no valid witness for its own lie; it posts the true one
    }

    @Override
    public Bytes32 layerRoot(long p) {
        int layers = honest.model().layers().size();
        if (p > layers) return claim().finalStateHash();
        return p <= cheatLayer() ? honest.layerRoot(p) : Task.tensorRoot(tamper(honest.activation((int) p)));
    }

    @Override
    public synchronized Move.OpenLayer layerOpening(int layer) {
        if (layer != cheatLayer()) return honest.layerOpening(layer);
        if (fakeOpening == null) {
            Replay r = honest.layerReplay(layer);
            Program p = honest.model().layers().get(layer);
            Vm end = fakeEnd(r, p);
            fakeOpening = new Move.OpenLayer(tamper(honest.activation(layer + 1)), r.length(), end.state().hash(),
                    OutputOpening.of(end, p.outputAddress(), p.outputLength()));
        }
        return fakeOpening;
    }

    @Override
    public Bytes32 layerStepHash(int layer, long i) {
        if (layer != cheatLayer() || i < localCheatStep()) return honest.layerStepHash(layer, i);
        Replay r = honest.layerReplay(layer);
        if (i >= r.length()) return layerOpening(layer).finalStateHash();
        return garbage("layer " + layer, i);
    }

    @Override
    public byte[] layerStepWitness(int layer, long i) {
        return honest.layerStepWitness(layer, i);
    }
}
