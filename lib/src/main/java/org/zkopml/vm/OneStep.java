package org.zkopml.vm;

import java.util.Arrays;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;

/**
 * The one-step verifier: from a pre-state hash and a witness, the post-state hash — the check a referee
 * (later, a contract) runs at the end of a bisection. It is written apart from the interpreter
 * {@link Vm}, reading only the witness bytes, as the Solidity version will; tests require both to agree
 * on every step. Witness layout and semantics: {@code package-info}.
 */
public final class OneStep {
    private OneStep() {}

    /** The post-state hash of one step from the state with hash {@code preHash}, or why the witness is invalid. */
    public static Verdict<Bytes32> verify(Bytes32 preHash, byte[] witness) {
        if (preHash == null) return Verdict.reject("the pre-state hash is missing");
        if (witness == null || witness.length < VmState.BYTES) return Verdict.reject("witness shorter than a state (" + VmState.BYTES + " bytes)");
        byte[] stateBytes = Arrays.copyOfRange(witness, 0, VmState.BYTES);
        if (!Bytes32.of(org.zkopml.hash.Keccak256.hash(stateBytes)).equals(preHash)) return Verdict.reject("keccak256(preState) differs from the pre-state hash");
        int statusByte = stateBytes[48] & 0xff;
        if (statusByte >= Status.values().length) return Verdict.reject("unknown status byte " + statusByte);
        VmState pre = VmState.decode(stateBytes, 0);
        int off = VmState.BYTES;
        if (pre.status() != Status.RUNNING) {
            return off == witness.length ? Verdict.accept(preHash, "a stopped machine does not change") : Verdict.reject("trailing bytes after the state of a stopped machine");
        }
        long[] r = pre.registers();
        Bytes32 root = pre.memRoot();
        long pc = pre.pc();
        long step = pre.step() + 1;
        if (pc < 0 || pc >= Memory.WORDS) {
            if (off != witness.length) return Verdict.reject("trailing bytes after a state whose pc is out of range");
            return post(pc, r, root, step, Status.FAULT_PC);
        }
        if (witness.length < off + MemoryProof.BYTES) return Verdict.reject("missing the fetch proof for pc " + pc);
        MemoryProof fetch = MemoryProof.decode(pc, witness, off);
        off += MemoryProof.BYTES;
        if (!fetch.computeRoot().equals(root)) return Verdict.reject("fetch proof for pc " + pc + " does not match memRoot");
        Instruction in = Instruction.decode(fetch.value());
        int op = in.op(), rd = in.rd(), ra = in.ra(), rb = in.rb();
        long imm = in.imm();
        Status st = Status.RUNNING;
        long next = pc + 1;
        MemoryProof data = null;
        if (!Isa.isDefined(op)) {
            st = Status.FAULT_OPCODE;
        } else if (rd >= Isa.REGISTERS || ra >= Isa.REGISTERS || rb >= Isa.REGISTERS) {
            st = Status.FAULT_REGISTER;
        } else if (op == Isa.LD || op == Isa.ST || op == Isa.LDB) {
            long addr = r[ra] + imm;
            if (op == Isa.LDB) addr = addr < 0 || addr >>> Memory.BYTE_ADDRESS_BITS != 0 ? -1 : addr >>> 5;
            if (addr < 0 || addr >= Memory.WORDS) {
                st = Status.FAULT_ADDRESS;
            } else {
                if (witness.length < off + MemoryProof.BYTES) return Verdict.reject("missing the data proof for address " + addr);
                data = MemoryProof.decode(addr, witness, off);
                off += MemoryProof.BYTES;
                if (!data.computeRoot().equals(root)) return Verdict.reject("data proof for address " + addr + " does not match memRoot");
            }
        }
        if (off != witness.length) return Verdict.reject("witness has " + (witness.length - off) + " trailing bytes");
        if (st != Status.RUNNING) return post(pc, r, root, step, st);
        switch (op) {
            case Isa.HALT -> { st = Status.HALTED; next = pc; }
            case Isa.LI -> r[rd] = imm;
            case Isa.MOV -> r[rd] = r[ra];
            case Isa.ADD -> r[rd] = r[ra] + r[rb];
            case Isa.SUB -> r[rd] = r[ra] - r[rb];
            case Isa.MUL -> r[rd] = r[ra] * r[rb];
            case Isa.MAC -> r[rd] = r[rd] + r[ra] * r[rb];
            case Isa.ADDI -> r[rd] = r[ra] + imm;
            case Isa.SAR -> r[rd] = r[ra] >> (imm & 63);
            case Isa.SHL -> r[rd] = r[ra] << (imm & 63);
            case Isa.MAX -> r[rd] = Math.max(r[ra], r[rb]);
            case Isa.MIN -> r[rd] = Math.min(r[ra], r[rb]);
            case Isa.SLT -> r[rd] = r[ra] < r[rb] ? 1 : 0;
            case Isa.DIV -> r[rd] = r[rb] == 0 ? 0 : r[ra] / r[rb];
            case Isa.LD -> r[rd] = data.value();
            case Isa.LDB -> r[rd] = data.word().bytes()[(int) ((r[ra] + imm) & 31)];
            case Isa.ST -> root = data.rootWith(Bytes32.of(Word.of(r[rd])));
            case Isa.JMP -> next = imm;
            case Isa.BEQ -> next = r[ra] == r[rb] ? imm : pc + 1;
            case Isa.BNE -> next = r[ra] != r[rb] ? imm : pc + 1;
            case Isa.BLT -> next = r[ra] < r[rb] ? imm : pc + 1;
            case Isa.BGE -> next = r[ra] >= r[rb] ? imm : pc + 1;
            default -> throw new AssertionError("opcode table and verifier disagree on " + op);
        }
        return post(next, r, root, step, st);
    }

    private static Verdict<Bytes32> post(long pc, long[] r, Bytes32 root, long step, Status st) {
        return Verdict.accept(new VmState(pc, r, root, step, st).hash(), "re-executed one step");
    }
}
