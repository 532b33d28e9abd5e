// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MemoryProofs} from "./MemoryProofs.sol";
import {VmStates} from "./VmStates.sol";

/// @title The one-step verifier of the zkopml VM
/// @notice Re-executes one instruction from a pre-state hash and its witness, exactly like
/// org.zkopml.vm.OneStep.verify: witness = preState (177 bytes) ‖ fetch proof (when running with pc in
/// range) ‖ data proof (for an in-range LD/ST/LDB with valid registers; LDB proves the word holding its byte),
/// nothing else. A stopped machine
/// does not change. An invalid witness reverts with the reason.
contract OneStep {
    using VmStates for VmStates.State;

    /// @notice The post-state hash of the step from the state hashing to `preHash`; reverts with a
    /// reason when the witness does not fit the pre-state hash or the encoding.
    /// @param preHash keccak256 of the pre-state's encoding
    /// @param witness the pre-state encoding and the Merkle proofs of the words the instruction touches
    /// @return postHash keccak256 of the post-state's encoding
    function verify(bytes32 preHash, bytes calldata witness) external pure returns (bytes32 postHash) {
        return step(preHash, witness);
    }

    /// @notice The hash of the initial state of a program on an input (org.zkopml.vm.Program.initialState):
    /// memory root node(imageRoot, root of the input region holding `input`), pc 0, step 0, running.
    /// @param imageRoot the root of the program image's region (the lower half of memory)
    /// @param input the input words, placed from the first word of the input region (2^26)
    /// @return the initial state hash, the agreed start of every dispute over this task
    function initialState(bytes32 imageRoot, int64[] calldata input) external pure returns (bytes32) {
        return VmStates.initial(imageRoot, MemoryProofs.regionRoot(input));
    }

    function step(bytes32 preHash, bytes calldata witness) internal pure returns (bytes32) {
        require(witness.length >= VmStates.BYTES, "witness shorter than a state (177 bytes)");
        require(keccak256(witness[0:VmStates.BYTES]) == preHash, "keccak256(preState) differs from the pre-state hash");
        require(uint8(witness[48]) < VmStates.STATUSES, "unknown status byte");
        VmStates.State memory s = VmStates.decode(witness[0:VmStates.BYTES]);
        uint256 off = VmStates.BYTES;
        if (s.status != VmStates.RUNNING) {
            require(witness.length == off, "trailing bytes after the state of a stopped machine");
            return preHash;
        }
        unchecked { s.step += 1; } // uint64 wraps like the reference's int64
        if (s.pc < 0 || s.pc >= MemoryProofs.WORDS) {
            require(witness.length == off, "trailing bytes after a state whose pc is out of range");
            s.status = VmStates.FAULT_PC;
            return s.hash();
        }
        require(witness.length >= off + MemoryProofs.BYTES, "missing the fetch proof");
        bytes calldata fetch = witness[off:off + MemoryProofs.BYTES];
        off += MemoryProofs.BYTES;
        require(MemoryProofs.root(uint64(s.pc), fetch) == s.memRoot, "fetch proof does not match memRoot");
        Instruction memory ins = decodeInstruction(uint64(uint256(bytes32(fetch[0:32]))));
        bytes calldata data = witness[0:0];
        if (!defined(ins.op)) {
            s.status = VmStates.FAULT_OPCODE;
        } else if (ins.rd >= 16 || ins.ra >= 16 || ins.rb >= 16) {
            s.status = VmStates.FAULT_REGISTER;
        } else if (ins.op == 0x10 || ins.op == 0x11 || ins.op == 0x12) {
            int64 addr;
            unchecked { addr = s.r[ins.ra] + ins.imm; } // int64 wraps like the reference's long
            if (ins.op == 0x12) addr = addr < 0 || addr >= MemoryProofs.BYTES_OF_MEMORY ? int64(-1) : addr >> 5; // LDB: the byte's word
            if (addr < 0 || addr >= MemoryProofs.WORDS) {
                s.status = VmStates.FAULT_ADDRESS;
            } else {
                require(witness.length >= off + MemoryProofs.BYTES, "missing the data proof");
                data = witness[off:off + MemoryProofs.BYTES];
                off += MemoryProofs.BYTES;
                require(MemoryProofs.root(uint64(addr), data) == s.memRoot, "data proof does not match memRoot");
            }
        }
        require(witness.length == off, "witness has trailing bytes");
        if (s.status != VmStates.RUNNING) return s.hash();
        execute(s, ins, data);
        return s.hash();
    }

    /// One decoded instruction: op:8 | rd:8 | ra:8 | rb:8 | imm:32 (signed) of the word's low 8 bytes.
    struct Instruction {
        uint8 op;
        uint256 rd;
        uint256 ra;
        uint256 rb;
        int64 imm;
    }

    /// Decodes any 64-bit word (unknown opcodes fault only when executed).
    function decodeInstruction(uint64 w) internal pure returns (Instruction memory) {
        return Instruction(uint8(w >> 56), uint8(w >> 48), uint8(w >> 40), uint8(w >> 32), int64(int32(uint32(w))));
    }

    /// Whether `op` is one of the 22 opcodes of the ISA.
    function defined(uint8 op) internal pure returns (bool) {
        return op <= 0x0D || (op >= 0x10 && op <= 0x12) || (op >= 0x20 && op <= 0x24);
    }

    /// The instruction's effect on a running state whose proofs were checked (int64 arithmetic mod 2^64).
    function execute(VmStates.State memory s, Instruction memory ins, bytes calldata data) internal pure {
        int64[16] memory r = s.r;
        (uint8 op, uint256 rd, uint256 ra, uint256 rb, int64 imm) = (ins.op, ins.rd, ins.ra, ins.rb, ins.imm);
        int64 next;
        unchecked {
            next = s.pc + 1;
            if (op == 0x00) { s.status = VmStates.HALTED; next = s.pc; }
            else if (op == 0x01) r[rd] = imm;
            else if (op == 0x02) r[rd] = r[ra];
            else if (op == 0x03) r[rd] = r[ra] + r[rb];
            else if (op == 0x04) r[rd] = r[ra] - r[rb];
            else if (op == 0x05) r[rd] = r[ra] * r[rb];
            else if (op == 0x06) r[rd] = r[rd] + r[ra] * r[rb];
            else if (op == 0x07) r[rd] = r[ra] + imm;
            else if (op == 0x08) r[rd] = r[ra] >> uint64(imm & 63);
            else if (op == 0x09) r[rd] = r[ra] << uint64(imm & 63);
            else if (op == 0x0A) r[rd] = r[ra] > r[rb] ? r[ra] : r[rb];
            else if (op == 0x0B) r[rd] = r[ra] < r[rb] ? r[ra] : r[rb];
            else if (op == 0x0C) r[rd] = r[ra] < r[rb] ? int64(1) : int64(0);
            else if (op == 0x0D) r[rd] = r[rb] == 0 ? int64(0) : r[ra] / r[rb]; // truncating; MIN / -1 wraps to MIN
            else if (op == 0x12) r[rd] = int64(int8(uint8(data[uint64(r[ra] + imm) & 31])));
            else if (op == 0x10) r[rd] = MemoryProofs.low64(bytes32(data[0:32]));
            else if (op == 0x11) s.memRoot = MemoryProofs.rootWith(uint64(r[ra] + imm), MemoryProofs.wordOf(r[rd]), data);
            else if (op == 0x20) next = imm;
            else if (op == 0x21) { if (r[ra] == r[rb]) next = imm; }
            else if (op == 0x22) { if (r[ra] != r[rb]) next = imm; }
            else if (op == 0x23) { if (r[ra] < r[rb]) next = imm; }
            else if (op == 0x24) { if (r[ra] >= r[rb]) next = imm; }
        }
        s.pc = next;
    }
}
