package org.zkopml.vm;

/**
 * One instruction, decoded: the 64-bit layout {@code op:8 | rd:8 | ra:8 | rb:8 | imm:32} of the ISA
 * table in {@code package-info}.
 *
 * @param op  opcode (0..255)
 * @param rd  destination (or stored) register field (0..255; ≥ 16 faults)
 * @param ra  first source register field
 * @param rb  second source register field
 * @param imm signed 32-bit immediate
 */
public record Instruction(int op, int rd, int ra, int rb, int imm) {
    public Instruction {
        if ((op | rd | ra | rb) >>> 8 != 0) throw new IllegalArgumentException("instruction fields op, rd, ra, rb must be bytes: " + op + "," + rd + "," + ra + "," + rb);
    }

    /** The 64-bit encoding. */
    public long encode() {
        return ((long) op << 56) | ((long) rd << 48) | ((long) ra << 40) | ((long) rb << 32) | (imm & 0xFFFFFFFFL);
    }

    /** Decodes any 64-bit word (every word decodes; unknown opcodes fault only when executed). */
    public static Instruction decode(long word) {
        return new Instruction((int) (word >>> 56) & 0xff, (int) (word >>> 48) & 0xff, (int) (word >>> 40) & 0xff,
                (int) (word >>> 32) & 0xff, (int) word);
    }

    @Override
    public String toString() {
        String m = Isa.mnemonic(op);
        return switch (op) {
            case Isa.HALT -> m;
            case Isa.LI -> m + " r" + rd + ", " + imm;
            case Isa.MOV -> m + " r" + rd + ", r" + ra;
            case Isa.ADDI, Isa.SAR, Isa.SHL -> m + " r" + rd + ", r" + ra + ", " + imm;
            case Isa.LD, Isa.ST, Isa.LDB -> m + " r" + rd + ", [r" + ra + (imm >= 0 ? " + " : " - ") + Math.abs((long) imm) + "]";
            case Isa.JMP -> m + " " + imm;
            case Isa.BEQ, Isa.BNE, Isa.BLT, Isa.BGE -> m + " r" + ra + ", r" + rb + ", " + imm;
            default -> m + " r" + rd + ", r" + ra + ", r" + rb + (Isa.isDefined(op) ? "" : " #" + imm);
        };
    }
}
