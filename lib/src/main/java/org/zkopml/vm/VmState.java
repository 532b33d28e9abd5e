package org.zkopml.vm;

import java.util.Arrays;
import java.util.HexFormat;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;

/**
 * A machine state {@code (pc, registers, memRoot, step, status)} and its canonical 177-byte encoding
 * (layout in {@code package-info}); the state hash is {@code keccak256(encode())}.
 *
 * @param pc        program counter (a word address; any int64, checked at fetch)
 * @param registers r0..r15
 * @param memRoot   root of the memory tree
 * @param step      number of steps executed
 * @param status    running, halted or faulted
 */
public record VmState(long pc, long[] registers, Bytes32 memRoot, long step, Status status) {
    /** Length of the canonical encoding in bytes. */
    public static final int BYTES = 32 + 8 + 8 + 1 + 8 * Isa.REGISTERS;

    public VmState {
        if (registers.length != Isa.REGISTERS) throw new IllegalArgumentException("a state has 16 registers, got " + registers.length);
        if (memRoot == null) throw new IllegalArgumentException("a state needs its memRoot");
        if (status == null) throw new IllegalArgumentException("a state needs its status");
        registers = registers.clone();
    }

    @Override
    public long[] registers() {
        return registers.clone();
    }

    /** Register {@code i}. */
    public long register(int i) {
        return registers[i];
    }

    /**
     * The initial state of a task, derived from two roots: memory root node(imageRoot, inputRoot) — the
     * program's image in the lower half of memory, its input from {@link Memory#INPUT_BASE} — pc 0,
     * registers zero, step 0, running. It equals {@code program.load(input).state()} for
     * {@code imageRoot = program.imageRoot()} and {@code inputRoot = MemoryTree.regionRoot(input)};
     * a contract computes it from a registered image root and the task's input.
     */
    public static VmState initial(Bytes32 imageRoot, Bytes32 inputRoot) {
        return new VmState(0, new long[Isa.REGISTERS], Bytes32.of(MemoryTree.node(imageRoot.bytes(), inputRoot.bytes())), 0, Status.RUNNING);
    }

    /** memRoot ‖ pc ‖ step ‖ status ‖ r0..r15, big-endian. */
    public byte[] encode() {
        byte[] out = new byte[BYTES];
        memRoot.copyTo(out, 0);
        Word.putLong(out, 32, pc);
        Word.putLong(out, 40, step);
        out[48] = (byte) status.code();
        for (int i = 0; i < Isa.REGISTERS; i++) Word.putLong(out, 49 + 8 * i, registers[i]);
        return out;
    }

    /** The state hash keccak256(encode()). */
    public Bytes32 hash() {
        return Bytes32.of(Keccak256.hash(encode()));
    }

    /** Decodes a 177-byte encoding; a status byte ≥ 6 is rejected. */
    public static VmState decode(byte[] in, int off) {
        if (in.length - off < BYTES) throw new IllegalArgumentException("a state encoding is " + BYTES + " bytes, got " + (in.length - off));
        long[] r = new long[Isa.REGISTERS];
        for (int i = 0; i < r.length; i++) r[i] = Word.getLong(in, off + 49 + 8 * i);
        return new VmState(Word.getLong(in, off + 32), r, Bytes32.of(in, off),
                Word.getLong(in, off + 40), Status.of(in[off + 48] & 0xff));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmState s && Arrays.equals(encode(), s.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "VmState[step=" + step + ", pc=" + pc + ", status=" + status + ", memRoot=0x"
                + memRoot.shortHex() + ", r=" + Arrays.toString(registers) + "]";
    }
}
