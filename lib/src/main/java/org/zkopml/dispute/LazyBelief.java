package org.zkopml.dispute;

import java.util.SplittableRandom;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.zkopml.vm.Isa;
import org.zkopml.vm.Memory;
import org.zkopml.vm.MemoryProof;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Status;
import org.zkopml.vm.VmState;

/**
 * A lazy submitter: skips the computation. It claims a guessed output and step count with a fabricated
 * final state (the initial memory plus the guessed output, marked halted) and commits to garbage for
 * every intermediate state and layer. Only the initial state and the input root, which it can compute
 * without running anything, are right.
 */
public final class LazyBelief implements Belief {
    private final Task task;
    private final long guessedSteps;
    private final long seed;
    private final Claim claim;

    /** A lazy submitter guessing {@code guessedSteps} steps and a seeded random output. */
    public LazyBelief(Task task, long guessedSteps, long seed) {
        this(task, guess(task, seed), guessedSteps, seed);
    }

    private static long[] guess(Task task, long seed) {
        long[] output = new long[task.outputLength()];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < output.length; i++) output[i] = rnd.nextInt(0, 10);
        return output;
    }

    /**
     * A lazy submitter claiming {@code output} (which may even be the true one) after {@code guessedSteps}
     * steps (any number: the referee bounds it) with a fabricated, self-consistent final state.
     */
    public LazyBelief(Task task, long[] output, long guessedSteps, long seed) {
        this.task = task;
        this.guessedSteps = guessedSteps;
        this.seed = seed;
        Program w = task.model().whole();
        if (output.length != w.outputLength()) throw new IllegalArgumentException("the program has " + w.outputLength() + " output words, got " + output.length);
        // A fabricated "final" state: run nothing, write the guess into memory and call it halted.
        Memory memory = w.memory(task.input());
        for (int i = 0; i < output.length; i++) memory.write(w.outputAddress() + i, output[i]);
        VmState fake = new VmState(0, new long[Isa.REGISTERS], memory.root(), guessedSteps, Status.HALTED);
        List<MemoryProof> proofs = new ArrayList<>();
        for (int i = 0; i < output.length; i++) proofs.add(memory.proof(w.outputAddress() + i));
        this.claim = new Claim(task.modelCommitment(), task.inputRoot(), output, fake.hash(), guessedSteps,
                new OutputOpening(fake.encode(), proofs));
    }

    @Override
    public Claim claim() {
        return claim;
    }

    @Override
    public Bytes32 stepHash(long i) {
        if (i == 0) return task.initialStateHash();
        if (i >= guessedSteps) return claim.finalStateHash();
        return Bytes32.of(Keccak256.hash(("lazy " + seed + " " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public byte[] stepWitness(long i) {
        return new byte[0];
    }

    @Override
    public Bytes32 layerRoot(long p) {
        if (p == 0) return task.inputRoot();
        if (p == task.layers()) return Task.tensorRoot(claim.output());
        if (p > task.layers()) return claim.finalStateHash();
        return Bytes32.of(Keccak256.hash(("lazy layer " + seed + " " + p).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public Move.OpenLayer layerOpening(int layer) {
        return new Move.OpenLayer(new long[0], guessedSteps, claim.finalStateHash(), claim.opening());
    }

    @Override
    public Bytes32 layerStepHash(int layer, long i) {
        return stepHash(i);
    }

    @Override
    public byte[] layerStepWitness(int layer, long i) {
        return new byte[0];
    }
}
