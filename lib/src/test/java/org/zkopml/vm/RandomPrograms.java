package org.zkopml.vm;

import java.util.random.RandomGenerator;

/** Seeded random programs for property tests: mostly valid instructions on small values and addresses, some junk. */
final class RandomPrograms {
    private RandomPrograms() {}

    static long[] image(RandomGenerator rnd, int codeLength, int dataLength) {
        long[] image = new long[codeLength + dataLength];
        int[] ops = Isa.opcodes();
        for (int i = 0; i < codeLength; i++) {
            int roll = rnd.nextInt(100);
            if (roll < 2) {
                image[i] = rnd.nextLong(); // junk: usually an unknown opcode or bad register
                continue;
            }
            int op = ops[rnd.nextInt(ops.length)];
            if (op == Isa.HALT && rnd.nextInt(4) != 0) op = Isa.ADDI;
            int rd = rnd.nextInt(Isa.REGISTERS), ra = rnd.nextInt(Isa.REGISTERS), rb = rnd.nextInt(Isa.REGISTERS);
            if (roll < 4) rd = 16 + rnd.nextInt(240);
            int imm = switch (op) {
                case Isa.JMP, Isa.BEQ, Isa.BNE, Isa.BLT, Isa.BGE -> roll < 6 ? rnd.nextInt() : rnd.nextInt(codeLength + 1);
                case Isa.LD, Isa.ST -> roll < 8 ? rnd.nextInt() : rnd.nextInt(codeLength + dataLength + 300);
                case Isa.LI -> rnd.nextInt(10) == 0 ? rnd.nextInt() : rnd.nextInt(-50, 400);
                default -> rnd.nextInt(-100, 100);
            };
            image[i] = new Instruction(op, rd, ra, rb, imm).encode();
        }
        for (int i = codeLength; i < image.length; i++) image[i] = rnd.nextLong(-1000, 1000);
        return image;
    }
}
