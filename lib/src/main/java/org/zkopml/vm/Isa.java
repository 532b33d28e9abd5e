package org.zkopml.vm;

/**
 * The instruction set as numbers: opcodes, register count and the mnemonic table (see the ISA table in
 * {@code package-info}). Kept as {@code int} constants so that the interpreter's switch compiles to a
 * jump table.
 */
public final class Isa {
    /** Number of registers r0..r15. */
    public static final int REGISTERS = 16;

    public static final int HALT = 0x00;
    public static final int LI = 0x01;
    public static final int MOV = 0x02;
    public static final int ADD = 0x03;
    public static final int SUB = 0x04;
    public static final int MUL = 0x05;
    public static final int MAC = 0x06;
    public static final int ADDI = 0x07;
    public static final int SAR = 0x08;
    public static final int SHL = 0x09;
    public static final int MAX = 0x0A;
    public static final int MIN = 0x0B;
    public static final int SLT = 0x0C;
    public static final int DIV = 0x0D;
    public static final int LD = 0x10;
    public static final int ST = 0x11;
    public static final int LDB = 0x12;
    public static final int JMP = 0x20;
    public static final int BEQ = 0x21;
    public static final int BNE = 0x22;
    public static final int BLT = 0x23;
    public static final int BGE = 0x24;

    private static final String[] MNEMONICS = new String[256];

    static {
        String[][] table = {
            {"HALT", "0"}, {"LI", "1"}, {"MOV", "2"}, {"ADD", "3"}, {"SUB", "4"}, {"MUL", "5"}, {"MAC", "6"},
            {"ADDI", "7"}, {"SAR", "8"}, {"SHL", "9"}, {"MAX", "10"}, {"MIN", "11"}, {"SLT", "12"}, {"DIV", "13"},
            {"LD", "16"}, {"ST", "17"}, {"LDB", "18"}, {"JMP", "32"}, {"BEQ", "33"}, {"BNE", "34"}, {"BLT", "35"}, {"BGE", "36"}};
        for (String[] row : table) MNEMONICS[Integer.parseInt(row[1])] = row[0];
    }

    private Isa() {}

    /** Whether {@code op} is a defined opcode. */
    public static boolean isDefined(int op) {
        return op >= 0 && op < 256 && MNEMONICS[op] != null;
    }

    /** The mnemonic of a defined opcode, or {@code "?0xNN"}. */
    public static String mnemonic(int op) {
        return isDefined(op) ? MNEMONICS[op] : String.format("?0x%02x", op & 0xff);
    }

    /** Every defined opcode, ascending. */
    public static int[] opcodes() {
        return java.util.stream.IntStream.range(0, 256).filter(Isa::isDefined).toArray();
    }
}
