package org.zkopml.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The interpreter: executes the ISA of {@code package-info} on a {@link Memory}. Mutable and fast —
 * {@link #run(long)} does no hashing and no allocation; the Merkle root is computed only when
 * {@link #state()} or {@link #witness()} asks for it. It never throws on a bad program: faults become
 * the status.
 */
public final class Vm {
    private final Memory memory;
    private final long[] regs = new long[Isa.REGISTERS];
    private long pc;
    private long step;
    private Status status = Status.RUNNING;

    /** A machine at pc 0, registers zero, step 0, running, over {@code memory} (taken, not copied). */
    public Vm(Memory memory) {
        this.memory = memory;
    }

    private Vm(Vm o) {
        memory = o.memory.copy();
        System.arraycopy(o.regs, 0, regs, 0, regs.length);
        pc = o.pc;
        step = o.step;
        status = o.status;
    }

    /** An independent copy (a checkpoint). */
    public Vm copy() {
        return new Vm(this);
    }

    /** The program counter (a word address). */
    public long pc() {
        return pc;
    }

    /** Steps executed so far. */
    public long step() {
        return step;
    }

    /** Running, halted, or the fault that stopped the machine. */
    public Status status() {
        return status;
    }

    /** Register {@code i}. */
    public long register(int i) {
        return regs[i];
    }

    /** The memory (live, not a copy). */
    public Memory memory() {
        return memory;
    }

    /** Whether the machine is still running. */
    public boolean running() {
        return status == Status.RUNNING;
    }

    /** The full state (hashes the memory lazily). */
    public VmState state() {
        return new VmState(pc, regs, memory.root(), step, status);
    }

    /** Reads {@code n} words from {@code address}. */
    public long[] read(long address, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = memory.read(address + i);
        return out;
    }

    /**
     * The one-step witness for the next step: the pre-state and the proofs of the words the next
     * instruction touches (encoding in {@code package-info}).
     */
    public StepWitness witness() {
        VmState pre = state();
        List<MemoryProof> proofs = new ArrayList<>(2);
        if (status == Status.RUNNING && pc >= 0 && pc < Memory.WORDS) {
            proofs.add(memory.proof(pc));
            long w = memory.read(pc);
            int op = (int) (w >>> 56) & 0xff;
            int rd = (int) (w >>> 48) & 0xff, ra = (int) (w >>> 40) & 0xff, rb = (int) (w >>> 32) & 0xff;
            if ((op == Isa.LD || op == Isa.ST) && (rd | ra | rb) < Isa.REGISTERS) {
                long addr = regs[ra] + (int) w;
                if (addr >= 0 && addr < Memory.WORDS) proofs.add(memory.proof(addr));
            } else if (op == Isa.LDB && (rd | ra | rb) < Isa.REGISTERS) {
                long b = regs[ra] + (int) w;
                if (b >= 0 && b >>> Memory.BYTE_ADDRESS_BITS == 0) proofs.add(memory.proof(b >>> 5));
            }
        }
        return new StepWitness(pre, proofs);
    }

    /** Executes one step. */
    public void stepOnce() {
        run(1);
    }

    /**
     * Runs until the machine stops or {@code maxSteps} more steps have executed; returns the steps executed.
     * The hot loop: no hashing, no allocation (except a page on its first write).
     */
    public long run(long maxSteps) {
        if (status != Status.RUNNING || maxSteps <= 0) return 0;
        final long[] r = regs;
        final long[][] pages = memory.pages;
        long pc = this.pc;
        long executed = 0;
        Status st = Status.RUNNING;
        loop:
        while (executed < maxSteps) {
            executed++;
            if ((pc >>> Memory.ADDRESS_BITS) != 0) { st = Status.FAULT_PC; break; }
            long[] codePage = pages[(int) (pc >>> Memory.PAGE_BITS)];
            long w = codePage == null ? 0 : codePage[(((int) pc & Memory.PAGE_MASK) << 2) | 3];
            int op = (int) (w >>> 56) & 0xff;
            int rd = (int) (w >>> 48) & 0xff, ra = (int) (w >>> 40) & 0xff, rb = (int) (w >>> 32) & 0xff;
            int imm = (int) w;
            if ((rd | ra | rb) >= Isa.REGISTERS) {
                st = Isa.isDefined(op) ? Status.FAULT_REGISTER : Status.FAULT_OPCODE;
                break;
            }
            switch (op) {
                case Isa.HALT -> { st = Status.HALTED; break loop; }
                case Isa.LI -> { r[rd] = imm; pc++; }
                case Isa.MOV -> { r[rd] = r[ra]; pc++; }
                case Isa.ADD -> { r[rd] = r[ra] + r[rb]; pc++; }
                case Isa.SUB -> { r[rd] = r[ra] - r[rb]; pc++; }
                case Isa.MUL -> { r[rd] = r[ra] * r[rb]; pc++; }
                case Isa.MAC -> { r[rd] += r[ra] * r[rb]; pc++; }
                case Isa.ADDI -> { r[rd] = r[ra] + imm; pc++; }
                case Isa.SAR -> { r[rd] = r[ra] >> (imm & 63); pc++; }
                case Isa.SHL -> { r[rd] = r[ra] << (imm & 63); pc++; }
                case Isa.MAX -> { r[rd] = Math.max(r[ra], r[rb]); pc++; }
                case Isa.MIN -> { r[rd] = Math.min(r[ra], r[rb]); pc++; }
                case Isa.SLT -> { r[rd] = r[ra] < r[rb] ? 1 : 0; pc++; }
                case Isa.DIV -> { r[rd] = r[rb] == 0 ? 0 : r[ra] / r[rb]; pc++; }
                case Isa.LD -> {
                    long a = r[ra] + imm;
                    if ((a >>> Memory.ADDRESS_BITS) != 0) { st = Status.FAULT_ADDRESS; break loop; }
                    long[] page = pages[(int) (a >>> Memory.PAGE_BITS)];
                    r[rd] = page == null ? 0 : page[(((int) a & Memory.PAGE_MASK) << 2) | 3];
                    pc++;
                }
                case Isa.LDB -> {
                    long b = r[ra] + imm;
                    if ((b >>> Memory.BYTE_ADDRESS_BITS) != 0) { st = Status.FAULT_ADDRESS; break loop; }
                    long a = b >>> 5;
                    long[] page = pages[(int) (a >>> Memory.PAGE_BITS)];
                    r[rd] = page == null ? 0 : (byte) (page[(((int) a & Memory.PAGE_MASK) << 2) | (int) ((b & 31) >>> 3)] >>> (56 - 8 * (b & 7)));
                    pc++;
                }
                case Isa.ST -> {
                    long a = r[ra] + imm;
                    if ((a >>> Memory.ADDRESS_BITS) != 0) { st = Status.FAULT_ADDRESS; break loop; }
                    memory.store((int) a, r[rd]);
                    pc++;
                }
                case Isa.JMP -> pc = imm;
                case Isa.BEQ -> pc = r[ra] == r[rb] ? imm : pc + 1;
                case Isa.BNE -> pc = r[ra] != r[rb] ? imm : pc + 1;
                case Isa.BLT -> pc = r[ra] < r[rb] ? imm : pc + 1;
                case Isa.BGE -> pc = r[ra] >= r[rb] ? imm : pc + 1;
                default -> { st = Status.FAULT_OPCODE; break loop; }
            }
        }
        this.pc = pc;
        this.step += executed;
        this.status = st;
        return executed;
    }
}
