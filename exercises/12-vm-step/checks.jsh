// Exercise 12 · staged checks: expected post-states are computed here from the documented semantics.

long instr(int op, int rd, int ra, int rb) { return ((long) op << 56) | ((long) rd << 48) | ((long) ra << 40) | ((long) rb << 32); }
byte[] ROOT = Keccak256.hash("exercise 12".getBytes(java.nio.charset.StandardCharsets.UTF_8));
long[] regs(long... first) { long[] r = new long[16]; System.arraycopy(first, 0, r, 0, first.length); return r; }
State start(long pc, long... first) { return new State(ROOT, pc, 41, 0, regs(first)); }
boolean same(State a, State b) { return a != null && Arrays.equals(a.memRoot(), b.memRoot()) && a.pc() == b.pc() && a.step() == b.step() && a.status() == b.status() && Arrays.equals(a.regs(), b.regs()); }
State with(State s, int reg, long value, long pc, int status) { long[] r = s.regs().clone(); if (reg >= 0) r[reg] = value; return new State(s.memRoot(), pc, s.step() + 1, status, r); }
String show(State s) { return s == null ? "null" : "pc=" + s.pc() + " step=" + s.step() + " status=" + s.status() + " regs=" + Arrays.toString(s.regs()); }
void expect(State got, State want, String what) { if (!same(got, want)) throw new AssertionError("check failed: " + what + ": got " + show(got) + ", want " + show(want)); }

stage(1, "encode: 177 bytes, big-endian", "memRoot at 0..31, pc at 32..39, step at 40..47, status at 48, r_i at 49 + 8i, each long big-endian (java.nio.ByteBuffer is big-endian by default)");
forbid("VmState|\\bVm\\b|OneStep|Replay|Instruction\\.decode", "write the step yourself");
{
    State s = new State(ROOT, 0x0102030405060708L, 0x1112131415161718L, 3, regs(-1, 2, Long.MIN_VALUE));
    byte[] want = java.nio.ByteBuffer.allocate(177).put(ROOT).putLong(s.pc()).putLong(s.step()).put((byte) 3).putLong(-1).putLong(2).putLong(Long.MIN_VALUE).array();
    byte[] got = encode(s);
    check(got != null && got.length == 177, "stage 1: 177 bytes");
    check(Arrays.equals(got, want), "stage 1: the fields in order, big-endian");
}

stage(2, "ADD rd, ra, rb", "decode op = (int) (w >>> 56), rd = (int) (w >>> 48) & 0xff, ra = … >>> 40, rb = … >>> 32; rd := ra + rb with plain + (it wraps, as the VM does), pc + 1, step + 1");
{
    State s = start(7, 0, 5, -7);
    expect(step(s, instr(0x03, 3, 1, 2)), with(s, 3, -2, 8, 0), "stage 2: ADD r3, r1, r2 (5 + −7)");
    State w = start(7, 0, Long.MAX_VALUE, 1);
    expect(step(w, instr(0x03, 1, 1, 2)), with(w, 1, Long.MIN_VALUE, 8, 0), "stage 2: ADD wraps: 2^63 − 1 + 1 = −2^63");
    check(true, "stage 2: ADD, with wrap-around");
}

stage(3, "MAC rd, ra, rb", "rd := rd + ra·rb: read the old rd before writing it (MAC r1, r1, r1 is r1 + r1²), with wrap-around");
{
    State s = start(0, 0, 3, 4, 10);
    expect(step(s, instr(0x06, 3, 1, 2)), with(s, 3, 22, 1, 0), "stage 3: MAC r3, r1, r2 (10 + 3·4)");
    expect(step(s, instr(0x06, 1, 1, 1)), with(s, 1, 12, 1, 0), "stage 3: MAC r1, r1, r1 (3 + 3·3)");
    State w = start(0, 0, 1L << 62, 4, 5);
    expect(step(w, instr(0x06, 3, 1, 2)), with(w, 3, 5, 1, 0), "stage 3: MAC wraps: 5 + 2^62·4 = 5 mod 2^64");
    check(true, "stage 3: MAC, with wrap-around and rd as a source");
}

stage(4, "faults and halted states", "not RUNNING: return s itself, step unchanged; otherwise step + 1 and check pc, then op, then rd/ra/rb < 16 — a fault changes only step and status");
{
    State s = start(3, 0, 1, 2);
    expect(step(s, instr(0x03, 16, 1, 2)), with(s, -1, 0, 3, 3), "stage 4: rd = 16 is FAULT_REGISTER");
    expect(step(s, instr(0x03, 1, 1, 200)), with(s, -1, 0, 3, 3), "stage 4: rb = 200 is FAULT_REGISTER");
    expect(step(s, instr(0x04, 1, 1, 2)), with(s, -1, 0, 3, 2), "stage 4: an op outside this machine (0x04) is FAULT_OPCODE");
    expect(step(s, instr(0x07, 99, 1, 2)), with(s, -1, 0, 3, 2), "stage 4: the opcode is checked before the registers");
    State far = start(1L << 27, 0, 1, 2);
    expect(step(far, instr(0x03, 99, 1, 2)), with(far, -1, 0, 1L << 27, 5), "stage 4: pc = 2^27 is FAULT_PC, checked first");
    State neg = start(-1, 0, 1, 2);
    expect(step(neg, instr(0x03, 1, 1, 2)), with(neg, -1, 0, -1, 5), "stage 4: pc = −1 is FAULT_PC");
    State halted = new State(ROOT, 3, 41, 1, regs(0, 1, 2));
    expect(step(halted, instr(0x03, 1, 1, 2)), halted, "stage 4: a HALTED state does not change");
    check(true, "stage 4: faults change only step and status; finished states stay put");
}

stage(5, "a six-step run, judged by its state hash", "the hash is Keccak256.hash(encode(s)); if stages 1–4 pass, check that step returns a NEW State and never changes the old one's registers");
{
    State s = new State(ROOT, 0, 0, 0, regs(0, 5, -7, Long.MAX_VALUE));
    State before = s;
    long[] program = {instr(0x06, 4, 1, 2), instr(0x03, 5, 3, 1), instr(0x06, 4, 4, 4), instr(0x03, 0, 4, 5), instr(0x03, 1, 1, 17), instr(0x03, 1, 1, 1)};
    for (long w : program) s = step(s, w);
    check(before.regs()[4] == 0 && before.step() == 0, "stage 5: the start state was not modified");
    check(hex(Keccak256.hash(encode(s))).equals("1e93cf6adad18e92701280139e42e6c857febde1e112fe913011135dac4f49f8"), "stage 5: the final state hash matches the one computed with the kit's VmState");
}
