// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MemoryProofs} from "./MemoryProofs.sol";

/// @title The zkopml VM's state and its 177-byte canonical encoding
/// @notice memRoot (32) ‖ pc int64 (8) ‖ step uint64 (8) ‖ status (1) ‖ r0..r15 int64 (16 × 8), big-endian;
/// the state hash is keccak256 of the encoding (org.zkopml.vm.VmState).
library VmStates {
    uint256 internal constant BYTES = 177;
    uint8 internal constant RUNNING = 0;
    uint8 internal constant HALTED = 1;
    uint8 internal constant FAULT_OPCODE = 2;
    uint8 internal constant FAULT_REGISTER = 3;
    uint8 internal constant FAULT_ADDRESS = 4;
    uint8 internal constant FAULT_PC = 5;
    uint8 internal constant STATUSES = 6;

    /// A decoded state.
    struct State {
        bytes32 memRoot;
        int64 pc;
        uint64 step;
        uint8 status;
        int64[16] r;
    }

    /// The hash of a task's initial state (org.zkopml.vm.VmState.initial): memory root node(imageRoot, inputRoot)
    /// — the program image in the lower half of memory, the input in the upper half — pc 0, step 0, running,
    /// registers zero. A contract derives it from a registered image root and the task's input.
    function initial(bytes32 imageRoot, bytes32 inputRoot) internal pure returns (bytes32) {
        State memory s;
        s.memRoot = MemoryProofs.node(imageRoot, inputRoot);
        return hash(s);
    }

    /// Decodes the 177 bytes at the start of `enc` (the caller checks the length).
    function decode(bytes calldata enc) internal pure returns (State memory s) {
        s.memRoot = bytes32(enc[0:32]);
        s.pc = int64(uint64(bytes8(enc[32:40])));
        s.step = uint64(bytes8(enc[40:48]));
        s.status = uint8(enc[48]);
        for (uint256 i = 0; i < 16; i++) {
            s.r[i] = int64(uint64(bytes8(enc[49 + 8 * i:57 + 8 * i])));
        }
    }

    /// keccak256 of the canonical encoding.
    function hash(State memory s) internal pure returns (bytes32 h) {
        bytes memory enc = new bytes(BYTES);
        bytes32 root = s.memRoot;
        uint256 pcWord = uint64(s.pc);
        uint256 step = s.step;
        uint256 status = s.status;
        assembly {
            let p := add(enc, 32)
            mstore(p, root)
            mstore(add(p, 32), shl(192, pcWord))
            mstore(add(p, 40), shl(192, step))
            mstore8(add(p, 48), status)
        }
        for (uint256 i = 0; i < 16; i++) {
            uint256 v = uint64(s.r[i]);
            assembly {
                // 32-byte stores in ascending order: each one's zero tail is overwritten by the next; the
                // last one's tail lies past the array, in memory Solidity treats as unused.
                mstore(add(add(enc, 81), mul(8, i)), shl(192, v))
            }
        }
        h = keccak256(enc);
    }
}
