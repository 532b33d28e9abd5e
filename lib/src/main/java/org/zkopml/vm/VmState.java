package org.zkopml.vm;

import java.util.Arrays;
import java.util.HexFormat;
import org.zkopml.hash.Keccak256;

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
public record VmState(long pc, long[] registers, byte[] memRoot, long step, Status status) {
    /** Length of the canonical encoding in bytes. */
    public static final int BYTES = 32 + 8 + 8 + 1 + 8 * Isa.REGISTERS;

    public VmState {
        if (registers.length != Isa.REGISTERS) throw new IllegalArgumentException("a state has 16 registers, got " + registers.length);
        if (memRoot.length != 32) throw new IllegalArgumentException("memRoot must be 32 bytes");
        registers = registers.clone();
        memRoot = memRoot.clone();
    }

    @Override
    public long[] registers() {
        return registers.clone();
    }

    @Override
    public byte[] memRoot() {
        return memRoot.clone();
    }

    /** Register {@code i}. */
    public long register(int i) {
        return registers[i];
    }

    /** memRoot ‖ pc ‖ step ‖ status ‖ r0..r15, big-endian. */
    public byte[] encode() {
        byte[] out = new byte[BYTES];
        System.arraycopy(memRoot, 0, out, 0, 32);
        Word.putLong(out, 32, pc);
        Word.putLong(out, 40, step);
        out[48] = (byte) status.code();
        for (int i = 0; i < Isa.REGISTERS; i++) Word.putLong(out, 49 + 8 * i, registers[i]);
        return out;
    }

    /** The state hash keccak256(encode()). */
    public byte[] hash() {
        return Keccak256.hash(encode());
    }

    /** Decodes a 177-byte encoding; a status byte ≥ 6 is rejected. */
    public static VmState decode(byte[] in, int off) {
        if (in.length - off < BYTES) throw new IllegalArgumentException("a state encoding is " + BYTES + " bytes, got " + (in.length - off));
        long[] r = new long[Isa.REGISTERS];
        for (int i = 0; i < r.length; i++) r[i] = Word.getLong(in, off + 49 + 8 * i);
        return new VmState(Word.getLong(in, off + 32), r, Arrays.copyOfRange(in, off, off + 32),
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
                + HexFormat.of().formatHex(memRoot, 0, 4) + "…, r=" + Arrays.toString(registers) + "]";
    }
}
