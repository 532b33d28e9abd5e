// Exercise 12 · One step of the opML VM: ADD and MAC. See README.md for the task.
// Run: ./kit exercise 12-vm-step

/** A VM state (see notebook 07): memRoot, pc, step, status (0 RUNNING, 2 FAULT_OPCODE, 3 FAULT_REGISTER, 5 FAULT_PC), r0..r15. */
record State(byte[] memRoot, long pc, long step, int status, long[] regs) {}

byte[] encode(State s) {
    // TODO: memRoot ‖ pc ‖ step ‖ status ‖ r0..r15, big-endian, 177 bytes
    throw new UnsupportedOperationException("TODO: write encode(s)");
}

State step(State s, long instruction) {
    // TODO: one step of ADD / MAC, with the faults
    throw new UnsupportedOperationException("TODO: write step(s, instruction)");
}
