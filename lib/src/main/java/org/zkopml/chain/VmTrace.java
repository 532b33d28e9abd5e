package org.zkopml.chain;

import org.zkopml.hash.Keccak256;
import org.zkopml.vm.MemoryProof;
import org.zkopml.vm.OutputOpening;
import org.zkopml.vm.Program;
import org.zkopml.vm.Replay;
import org.zkopml.vm.Status;
import org.zkopml.vm.Vm;
import org.zkopml.vm.Word;

import java.io.ByteArrayOutputStream;

/**
 * What one party of an on-chain game holds: a VM trace of a program on an input, either the true one or a
 * consistent lie from step K on. The lie is the true machine at every step i ≥ K with its first output word
 * replaced by a wrong value; it halts at the same step N in a state whose memory holds the wrong output, so
 * its claim passes the contract's output opening and only the bisection can expose it (a state differs
 * from the true one from step K, or from the first later step where the true memory does not already hold
 * the wrong value). The trace is never stored: {@link Replay} re-executes from checkpoints.
 */
public final class VmTrace {
    private final Program program;
    private final long[] input;
    private final Replay replay;
    private final long cheatFrom;
    private final long wrongValue;

    private VmTrace(Program program, long[] input, long cheatFrom) {
        this.program = program;
        this.input = input.clone();
        this.replay = Replay.of(program, input, 64);
        if (replay.finalStatus() != Status.HALTED) throw new IllegalArgumentException(program.name() + " does not halt on this input (" + replay.finalStatus() + ")");
        if (cheatFrom != -1 && (cheatFrom < 1 || cheatFrom > replay.length())) {
            throw new IllegalArgumentException("the first wrong step must be in [1, " + replay.length() + "], got " + cheatFrom);
        }
        this.cheatFrom = cheatFrom;
        this.wrongValue = replay.finalWords(program.outputAddress(), 1)[0] + 1;
    }

    /** The true trace of {@code program} on {@code input}. */
    public static VmTrace honest(Program program, long[] input) {
        return new VmTrace(program, input, -1);
    }

    /** A lie from step {@code k} (1 ≤ k ≤ N) on: a wrong first output word in every state from k. */
    public static VmTrace cheating(Program program, long[] input, long k) {
        return new VmTrace(program, input, k);
    }

    /** The same program and input, honest. */
    public VmTrace truth() {
        return cheatFrom == -1 ? this : honest(program, input);
    }

    /** Whether this is the true trace. */
    public boolean honest() {
        return cheatFrom == -1;
    }

    /** The first wrong step (-1 for the true trace). */
    public long cheatFrom() {
        return cheatFrom;
    }

    /** The program. */
    public Program program() {
        return program;
    }

    /** The input words. */
    public long[] input() {
        return input.clone();
    }

    /** N: steps until the machine halts. */
    public long length() {
        return replay.length();
    }

    /** The model commitment: keccak256 of the program image's words, each sign-extended to 32 bytes. */
    public byte[] modelCommitment() {
        return wordsHash(program.image());
    }

    /** keccak256 of words sign-extended to 32 bytes (Solidity's keccak256(abi.encodePacked(int64[]))). */
    public static byte[] wordsHash(long[] words) {
        byte[] all = new byte[words.length * Word.BYTES];
        for (int i = 0; i < words.length; i++) System.arraycopy(Word.of(words[i]), 0, all, i * Word.BYTES, Word.BYTES);
        return Keccak256.hash(all);
    }

    /** The hash of the state loaded with the program and input (both parties agree on it). */
    public byte[] initialStateHash() {
        return replay.hashAt(0).bytes();
    }

    /** This party's state hash at position i (the final state for i ≥ N: the trace is padded). */
    public byte[] hashAt(long i) {
        if (honest() || i < cheatFrom) return replay.hashAt(i).bytes();
        return lieAt(i).state().hash().bytes();
    }

    /** This party's final state hash. */
    public byte[] finalStateHash() {
        return hashAt(length());
    }

    /** The output this party claims. */
    public long[] output() {
        long[] out = replay.finalWords(program.outputAddress(), program.outputLength());
        if (!honest()) out[0] = wrongValue;
        return out;
    }

    /** The opening of this party's final state for the contract: the state's 177 bytes, then a proof per output word. */
    public byte[] opening() {
        Vm end = honest() ? replay.machineAt(length()) : lieAt(length());
        OutputOpening o = OutputOpening.of(end, program.outputAddress(), program.outputLength());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(o.state());
        for (MemoryProof p : o.proofs()) out.writeBytes(p.encode());
        return out.toByteArray();
    }

    /** The witness of the step i → i+1 of the true machine (the only one a verifier accepts from the true state at i). */
    public byte[] witnessAt(long i) {
        return replay.witnessAt(i).encode();
    }

    private Vm lieAt(long i) {
        Vm m = replay.machineAt(Math.min(i, length()));
        m.memory().write(program.outputAddress(), wrongValue);
        return m;
    }
}
