package org.zkopml.dispute;

import org.zkopml.values.Bytes32;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Replay;
import org.zkopml.vm.Vm;

/**
 * A liar whose every state is a real one: from step K on it holds the true machine with the first output word
 * replaced by a wrong value (the true output plus one). It halts at the true step N in a state whose memory
 * holds the wrong output, so its claim passes the final-state opening, and every hash it commits to is the
 * hash of an encodable state — only the bisection can expose it, at the first step from K on where the true
 * memory does not already hold the wrong value (where its one-step proof fails). In the layer phase the lie
 * touches only the output: the layer roots before it are true, and the last layer's program lies the same way
 * from the corresponding step (from its first step when K lies in an earlier layer). Compare
 * {@link CheatingBelief}, whose intermediate hashes are garbage.
 */
public final class ConsistentLieBelief implements Belief {
    private final HonestBelief honest;
    private final long cheatStep;
    private final long wrong;
    private final int lastLayer;
    private final long localCheatStep;
    private Claim claim;
    private Move.OpenLayer lastOpening;

    /** Lies from whole-program step {@code cheatStep} ∈ [1, N]. */
    public ConsistentLieBelief(HonestBelief honest, long cheatStep) {
        long n = honest.replay().length();
        if (cheatStep < 1 || cheatStep > n) throw new IllegalArgumentException("the first wrong step must be in [1, " + n + "], got " + cheatStep);
        this.honest = honest;
        this.cheatStep = cheatStep;
        this.wrong = honest.output()[0] + 1;
        this.lastLayer = honest.task().layers() - 1;
        long offset = 0;
        for (int l = 0; l < lastLayer; l++) offset += honest.layerLength(l) - 1; // the earlier layers' steps inside the whole trace
        this.localCheatStep = Math.min(Math.max(1, cheatStep - offset), honest.layerLength(lastLayer));
    }

    /** The first wrong whole-program step K. */
    public long cheatStep() {
        return cheatStep;
    }

    private Vm lieAt(Replay r, Program p, long i) {
        Vm m = r.machineAt(Math.min(i, r.length()));
        m.memory().write(p.outputAddress(), wrong);
        return m;
    }

    private long[] tamper(long[] v) {
        long[] w = v.clone();
        w[0] = wrong;
        return w;
    }

    @Override
    public synchronized Claim claim() {
        if (claim == null) {
            Program w = honest.task().model().whole();
            Replay r = honest.replay();
            Vm end = lieAt(r, w, r.length());
            claim = new Claim(honest.task().modelCommitment(), honest.task().inputRoot(), tamper(honest.output()), end.state().hash(), r.length(),
                    OutputOpening.of(end, w.outputAddress(), w.outputLength()));
        }
        return claim;
    }

    @Override
    public Bytes32 stepHash(long i) {
        if (i < cheatStep) return honest.stepHash(i);
        if (i >= honest.replay().length()) return claim().finalStateHash();
        return lieAt(honest.replay(), honest.task().model().whole(), i).state().hash();
    }

    @Override
    public byte[] stepWitness(long i) {
        return honest.stepWitness(i); // a liar has no valid witness for its lie; it posts the true one
    }

    @Override
    public Bytes32 layerRoot(long p) {
        int layers = honest.task().layers();
        if (p > layers) return claim().finalStateHash();
        return p == layers ? Task.tensorRoot(claim().output()) : honest.layerRoot(p);
    }

    @Override
    public synchronized Move.OpenLayer layerOpening(int layer) {
        if (layer != lastLayer) return honest.layerOpening(layer);
        if (lastOpening == null) {
            Replay r = honest.layerReplay(layer);
            Program p = honest.task().model().layers().get(layer);
            Vm end = lieAt(r, p, r.length());
            lastOpening = new Move.OpenLayer(tamper(honest.activation(layer + 1)), r.length(), end.state().hash(),
                    OutputOpening.of(end, p.outputAddress(), p.outputLength()));
        }
        return lastOpening;
    }

    @Override
    public Bytes32 layerStepHash(int layer, long i) {
        if (layer != lastLayer || i < localCheatStep) return honest.layerStepHash(layer, i);
        Replay r = honest.layerReplay(layer);
        if (i >= r.length()) return layerOpening(layer).finalStateHash();
        return lieAt(r, honest.task().model().layers().get(layer), i).state().hash();
    }

    @Override
    public byte[] layerStepWitness(int layer, long i) {
        return honest.layerStepWitness(layer, i);
    }
}
