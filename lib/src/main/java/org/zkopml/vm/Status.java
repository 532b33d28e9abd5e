package org.zkopml.vm;

/** The status byte of a {@link VmState}: running, halted, or the fault that stopped the machine. */
public enum Status {
    /** Executing. */
    RUNNING,
    /** Executed HALT. */
    HALTED,
    /** Fetched an undefined opcode. */
    FAULT_OPCODE,
    /** An instruction named a register field ≥ 16. */
    FAULT_REGISTER,
    /** A load or store address outside [0, 2^24). */
    FAULT_ADDRESS,
    /** The pc left [0, 2^24) (a jump or falling off the end). */
    FAULT_PC;

    private static final Status[] VALUES = values();

    /** The status byte in the state encoding. */
    public int code() {
        return ordinal();
    }

    /** Whether the machine stopped on a fault. */
    public boolean isFault() {
        return ordinal() >= FAULT_OPCODE.ordinal();
    }

    /** The status with this code. */
    public static Status of(int code) {
        if (code < 0 || code >= VALUES.length) throw new IllegalArgumentException("unknown status byte " + code);
        return VALUES[code];
    }
}
