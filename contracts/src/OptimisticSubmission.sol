// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Bonds} from "./Bonds.sol";
import {MemoryProofs} from "./MemoryProofs.sol";
import {VmStates} from "./VmStates.sol";

/// @title Optimistic submission of an inference result
/// @notice A requester fixes the task (model commitment, input, the VM's initial state for them, where the
/// output lies); a submitter posts a result with a bond: the output, the final state hash and the trace
/// length N, with an opening of the final state that proves the output words are in its memory. Unless
/// challenged within the window, the result is final. Time is block.timestamp, identity msg.sender.
abstract contract OptimisticSubmission is Bonds {
    /// Largest claimed trace length: 2^48 steps (days of the VM at its fastest), so that padded lengths
    /// (k+1)^R < (k+1)·2^48 and every position fits in 64 bits with k ≤ 64.
    uint64 public constant MAX_STEPS = uint64(1) << 48;

    /// What the requester asks to compute.
    struct Task {
        bytes32 model;           // commitment of the compiled model (keccak256 of its program image)
        bytes32 inputHash;       // keccak256 of the input words, each sign-extended to 32 bytes
        bytes32 initialState;    // hash of the VM's state loaded with the program and the input
        uint64 outputAddress;    // first output word in memory
        uint32 outputLength;     // output words
    }

    enum Status { None, Open, Disputed, Resolved }

    /// A posted result.
    struct Claim {
        uint256 taskId;
        address submitter;
        bytes32 outputHash;      // keccak256 of the output words (sign-extended to 32 bytes)
        bytes32 finalState;
        uint64 steps;
        uint64 windowEnd;        // last timestamp at which a challenge is accepted
        Status status;
        address winner;
        string ruling;
    }

    uint256 public immutable challengeWindow;
    uint256 public immutable submitterBond;
    Task[] internal tasks;
    Claim[] internal claims;

    /// @notice A task was fixed by its requester.
    event Requested(uint256 indexed taskId, address indexed requester, bytes32 model, int64[] input, bytes32 initialState);
    /// @notice A result was posted with the submitter's bond.
    event Submitted(uint256 indexed claimId, uint256 indexed taskId, address indexed submitter, int64[] output, bytes32 finalState, uint64 steps);
    /// @notice A claim was settled: `winner` takes the escrow.
    event Resolved(uint256 indexed claimId, address indexed winner, string ruling);

    constructor(uint256 window, uint256 bond) {
        require(window >= 1 && window <= type(uint32).max, "the challenge window must be in [1, 2^32) seconds");
        require(bond > 0, "the submitter's bond must be positive");
        challengeWindow = window;
        submitterBond = bond;
    }

    /// @notice Fixes a task: the model, the input and the VM state they load into.
    /// @param model commitment of the compiled model
    /// @param input the input words
    /// @param initialState hash of the initial VM state (program and input loaded, pc 0, step 0)
    /// @param outputAddress first word of the output in the VM's memory
    /// @param outputLength number of output words (1 to 64)
    /// @return taskId the task's number
    function request(bytes32 model, int64[] calldata input, bytes32 initialState, uint64 outputAddress, uint32 outputLength)
        external returns (uint256 taskId)
    {
        require(outputLength >= 1 && outputLength <= 64, "the output must have 1 to 64 words");
        require(outputAddress + outputLength <= uint256(MemoryProofs.WORDS), "the output lies outside memory");
        taskId = tasks.length;
        tasks.push(Task(model, keccak256(abi.encodePacked(input)), initialState, outputAddress, outputLength));
        emit Requested(taskId, msg.sender, model, input, initialState);
    }

    /// @notice Posts a result for a task with the submitter's bond (msg.value = submitterBond).
    /// @param taskId the task
    /// @param output the claimed output words
    /// @param finalState hash of the claimed final (halted) VM state
    /// @param steps the claimed trace length N, 1 ≤ N ≤ MAX_STEPS
    /// @param opening the final state's 177-byte encoding, then one memory proof per output word
    /// @return claimId the claim's number
    function submit(uint256 taskId, int64[] calldata output, bytes32 finalState, uint64 steps, bytes calldata opening)
        external payable returns (uint256 claimId)
    {
        require(taskId < tasks.length, "no such task");
        require(steps >= 1 && steps <= MAX_STEPS, "the trace length must be in [1, 2^48]");
        Task storage t = tasks[taskId];
        require(output.length == t.outputLength, "wrong number of output words");
        checkOpening(t, output, finalState, steps, opening);
        claimId = claims.length;
        claims.push(Claim(taskId, msg.sender, keccak256(abi.encodePacked(output)), finalState, steps,
            uint64(block.timestamp + challengeWindow), Status.Open, address(0), ""));
        _takeBond(claimId, submitterBond);
        emit Submitted(claimId, taskId, msg.sender, output, finalState, steps);
    }

    /// @notice Makes an unchallenged claim final once its window has passed; only its submitter may.
    /// @param claimId the claim
    function finalize(uint256 claimId) external {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Open, "the claim is not open");
        require(msg.sender == c.submitter, "only the submitter finalizes its claim");
        require(block.timestamp > c.windowEnd, "too early: the challenge window is still open");
        resolve(claimId, c.submitter, "unchallenged: the challenge window closed");
    }

    /// @notice Pays a settled claim's escrow (both bonds when disputed) to its winner, once.
    /// @param claimId the claim
    function claimBond(uint256 claimId) external {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Resolved, "the claim is not settled");
        require(msg.sender == c.winner, "only the winner claims the bond");
        _payEscrow(claimId, c.winner);
    }

    /// @notice Where a claim stands: its status (0 none, 1 open, 2 disputed, 3 resolved), winner and ruling.
    /// @param claimId the claim
    function standing(uint256 claimId) external view returns (Status status, address winner, string memory ruling) {
        Claim storage c = claimAt(claimId);
        return (c.status, c.winner, c.ruling);
    }

    /// @notice A claim's submitter, final state hash, trace length and last second of its challenge window.
    /// @param claimId the claim
    function claimed(uint256 claimId) external view returns (address submitter, bytes32 finalState, uint64 steps, uint64 windowEnd) {
        Claim storage c = claimAt(claimId);
        return (c.submitter, c.finalState, c.steps, c.windowEnd);
    }

    /// @notice The number of tasks requested so far (the next task's number).
    function taskCount() external view returns (uint256) {
        return tasks.length;
    }

    /// @notice The number of claims posted so far (the next claim's number).
    function claimCount() external view returns (uint256) {
        return claims.length;
    }

    function claimAt(uint256 claimId) internal view returns (Claim storage) {
        require(claimId < claims.length, "no such claim");
        return claims[claimId];
    }

    function resolve(uint256 claimId, address winner, string memory why) internal {
        Claim storage c = claims[claimId];
        c.status = Status.Resolved;
        c.winner = winner;
        c.ruling = why;
        emit Resolved(claimId, winner, why);
    }

    /// The opening proves: the state hashes to `finalState`, is halted after `steps` steps, and its memory
    /// holds `output` at the task's output address (org.zkopml.vm.OutputOpening.check).
    function checkOpening(Task storage t, int64[] calldata output, bytes32 finalState, uint64 steps, bytes calldata opening)
        internal view
    {
        require(opening.length == VmStates.BYTES + output.length * MemoryProofs.BYTES, "the opening must be the state and one proof per output word");
        require(keccak256(opening[0:VmStates.BYTES]) == finalState, "the opened state does not hash to the claimed state hash");
        require(uint8(opening[48]) == VmStates.HALTED, "the opened state is not halted");
        require(uint64(bytes8(opening[40:48])) == steps, "the opened state is not at the claimed step");
        bytes32 root = bytes32(opening[0:32]);
        for (uint256 i = 0; i < output.length; i++) {
            bytes calldata p = opening[VmStates.BYTES + i * MemoryProofs.BYTES:VmStates.BYTES + (i + 1) * MemoryProofs.BYTES];
            require(bytes32(p[0:32]) == MemoryProofs.wordOf(output[i]), "an output word differs from the opened memory");
            require(MemoryProofs.root(t.outputAddress + i, p) == root, "an output proof does not match the state's memRoot");
        }
    }
}
