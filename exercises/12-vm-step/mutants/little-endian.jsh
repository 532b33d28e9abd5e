// fails at stage: 1 — writes the longs little-endian

/** A VM state (see notebook 07): memRoot, pc, step, status (0 RUNNING, 2 FAULT_OPCODE, 3 FAULT_REGISTER, 5 FAULT_PC), r0..r15. */
record State(byte[] memRoot, long pc, long step, int status, long[] regs) {}

byte[] encode(State s) {
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(177).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    out.put(s.memRoot()).putLong(s.pc()).putLong(s.step()).put((byte) s.status());
    for (long r : s.regs()) out.putLong(r);
    return out.array();
}

State step(State s, long instruction) {
    if (s.status() != 0) return s;                                        // finished: unchanged
    long next = s.step() + 1;
    if (s.pc() < 0 || s.pc() >= (1L << 27)) return new State(s.memRoot(), s.pc(), next, 5, s.regs());
    int op = (int) (instruction >>> 56), rd = (int) (instruction >>> 48) & 0xff;
    int ra = (int) (instruction >>> 40) & 0xff, rb = (int) (instruction >>> 32) & 0xff;
    if (op != 0x03 && op != 0x06) return new State(s.memRoot(), s.pc(), next, 2, s.regs());
    if (rd >= 16 || ra >= 16 || rb >= 16) return new State(s.memRoot(), s.pc(), next, 3, s.regs());
    long[] r = s.regs().clone();
    r[rd] = op == 0x03 ? r[ra] + r[rb] : r[rd] + r[ra] * r[rb];          // wraps mod 2^64
    return new State(s.memRoot(), s.pc() + 1, next, 0, r);
}
