package org.zkopml.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits instruction words with symbolic labels for jumps and branches (resolved by {@link #assemble()}).
 * Code starts at address 0; the address of the next instruction is {@link #here()}.
 */
public final class Assembler {
    private final List<Long> words = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<Integer, String> fixups = new HashMap<>();

    /** Address of the next instruction. */
    public int here() {
        return words.size();
    }

    /** Defines {@code name} as the address of the next instruction. */
    public Assembler label(String name) {
        if (labels.putIfAbsent(name, here()) != null) throw new IllegalArgumentException("label defined twice: " + name);
        return this;
    }

    /** Emits one instruction. */
    public Assembler emit(int op, int rd, int ra, int rb, int imm) {
        words.add(new Instruction(op, rd, ra, rb, imm).encode());
        return this;
    }

    private Assembler branch(int op, int ra, int rb, String target) {
        fixups.put(here(), target);
        return emit(op, 0, ra, rb, 0);
    }

    public Assembler halt() { return emit(Isa.HALT, 0, 0, 0, 0); }
    public Assembler li(int rd, int imm) { return emit(Isa.LI, rd, 0, 0, imm); }
    public Assembler mov(int rd, int ra) { return emit(Isa.MOV, rd, ra, 0, 0); }
    public Assembler add(int rd, int ra, int rb) { return emit(Isa.ADD, rd, ra, rb, 0); }
    public Assembler sub(int rd, int ra, int rb) { return emit(Isa.SUB, rd, ra, rb, 0); }
    public Assembler mul(int rd, int ra, int rb) { return emit(Isa.MUL, rd, ra, rb, 0); }
    public Assembler mac(int rd, int ra, int rb) { return emit(Isa.MAC, rd, ra, rb, 0); }
    public Assembler addi(int rd, int ra, int imm) { return emit(Isa.ADDI, rd, ra, 0, imm); }
    public Assembler sar(int rd, int ra, int shift) { return emit(Isa.SAR, rd, ra, 0, shift); }
    public Assembler shl(int rd, int ra, int shift) { return emit(Isa.SHL, rd, ra, 0, shift); }
    public Assembler max(int rd, int ra, int rb) { return emit(Isa.MAX, rd, ra, rb, 0); }
    public Assembler min(int rd, int ra, int rb) { return emit(Isa.MIN, rd, ra, rb, 0); }
    public Assembler slt(int rd, int ra, int rb) { return emit(Isa.SLT, rd, ra, rb, 0); }
    public Assembler div(int rd, int ra, int rb) { return emit(Isa.DIV, rd, ra, rb, 0); }
    public Assembler ldb(int rd, int ra, int offset) { return emit(Isa.LDB, rd, ra, 0, offset); }
    public Assembler ld(int rd, int ra, int offset) { return emit(Isa.LD, rd, ra, 0, offset); }
    public Assembler st(int rs, int ra, int offset) { return emit(Isa.ST, rs, ra, 0, offset); }
    public Assembler jmp(String target) { return branch(Isa.JMP, 0, 0, target); }
    public Assembler beq(int ra, int rb, String target) { return branch(Isa.BEQ, ra, rb, target); }
    public Assembler bne(int ra, int rb, String target) { return branch(Isa.BNE, ra, rb, target); }
    public Assembler blt(int ra, int rb, String target) { return branch(Isa.BLT, ra, rb, target); }
    public Assembler bge(int ra, int rb, String target) { return branch(Isa.BGE, ra, rb, target); }

    /** The code words with every label resolved. */
    public long[] assemble() {
        long[] out = new long[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = words.get(i);
        for (Map.Entry<Integer, String> f : fixups.entrySet()) {
            Integer target = labels.get(f.getValue());
            if (target == null) throw new IllegalArgumentException("undefined label: " + f.getValue());
            Instruction in = Instruction.decode(out[f.getKey()]);
            out[f.getKey()] = new Instruction(in.op(), in.rd(), in.ra(), in.rb(), target).encode();
        }
        return out;
    }
}
