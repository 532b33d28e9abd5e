// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Bonds} from "./Bonds.sol";
import {MemoryProofs} from "./MemoryProofs.sol";
import {VmStates} from "./VmStates.sol";

/// @title Optimistic submission of an inference result: models, tasks, claims, finality
/// @notice A model is registered once by the image roots of its compiled programs (the whole inference and one
/// program per layer, org.zkopml.vm.LayeredProgram) and gets an id that its content determines, so nobody can
/// take another party's model. A task names a model and carries the input; the contract derives its initial
/// state from the model's image root and the input (org.zkopml.vm.VmState.initial) — nobody asserts it. A
/// submitter posts a result with a bond: the output, the final state hash and the trace length N, with an
/// opening of the final state that proves the output words are in its memory. Any number of challengers may
/// dispute it within the window (BisectionGame); the claim is final once its window has passed and every
/// dispute went the submitter's way, and anyone may make it so. Time is block.timestamp, identity msg.sender;
/// every bound is org.zkopml.dispute.Bounds, every time computed with a checked conversion.
abstract contract OptimisticSubmission is Bonds {
    /// Longest claimed (or opened) trace (Bounds.MAX_STEPS).
    uint64 public constant MAX_STEPS = uint64(1) << 48;
    /// Longest challenge or response window in seconds (Bounds.MAX_WINDOW).
    uint256 public constant MAX_WINDOW = uint256(1) << 32;
    /// Largest bond in wei (Bounds.MAX_BOND).
    uint256 public constant MAX_BOND = uint256(1) << 60;
    /// Latest block time at which a claim may be posted (Bounds.MAX_TIME): every deadline then fits in 63 bits.
    uint256 public constant MAX_TIME = uint256(1) << 62;
    /// Most layers of a model (Bounds.MAX_LAYERS).
    uint256 public constant MAX_LAYERS = 256;
    /// Most output words of a program (Bounds.MAX_OUTPUT).
    uint256 public constant MAX_OUTPUT = 64;

    /// One compiled program: its image (the lower half of memory) by its region root, and where its input and output lie.
    struct Program {
        bytes32 imageRoot;       // org.zkopml.vm.Program.imageRoot
        uint32 inputLength;      // input words, read from the input region (2^23)
        uint64 outputAddress;    // first output word
        uint32 outputLength;     // output words: 1 to MAX_OUTPUT for the whole program and for any layer the game may open
    }

    /// What a requester asks to compute.
    struct Task {
        bytes32 model;           // the model's id
        bytes32 inputRoot;       // the input region's root (MemoryProofs.regionRoot of the input)
        bytes32 initialState;    // derived: VmStates.initial(whole program's image root, inputRoot)
    }

    enum Status { None, Open, Final, Rejected }

    /// A posted result.
    struct Claim {
        uint256 taskId;
        address submitter;
        bytes32 outputRoot;      // region root of the claimed output (the layer phase's commitment at L)
        bytes32 finalState;
        uint64 steps;
        uint64 postedAt;
        uint64 windowEnd;        // last timestamp at which a challenge is accepted
        Status status;
        uint32 openDisputes;     // disputes not yet resolved
        uint32 disputes;         // disputes opened
    }

    uint256 public immutable challengeWindow;
    uint256 public immutable submitterBond;
    mapping(bytes32 => bytes32) public modelCommitment;      // model id → commitment of the model it compiles (0: not registered)
    mapping(bytes32 => Program) internal wholeProgram;
    mapping(bytes32 => Program[]) internal layerPrograms;
    Task[] internal tasks;
    Claim[] internal claims;

    /// @notice A model was registered: `id` = keccak256(abi.encode(commitment, whole, layers)).
    event ModelRegistered(bytes32 indexed id, bytes32 commitment, bytes32 imageRoot, uint256 layers, address registrant);
    /// @notice A task was requested; its initial state was derived from the model and the input.
    event Requested(uint256 indexed taskId, address indexed requester, bytes32 indexed model, int64[] input, bytes32 inputRoot, bytes32 initialState);
    /// @notice A result was posted with the submitter's bond.
    event Submitted(uint256 indexed claimId, uint256 indexed taskId, address indexed submitter, int64[] output, bytes32 finalState, uint64 steps);
    /// @notice A claim became final: its window passed and every dispute went the submitter's way.
    event Finalized(uint256 indexed claimId, address by);

    constructor(uint256 window, uint256 bond) {
        require(window >= 1 && window <= MAX_WINDOW, "the challenge window must be in [1, 2^32] seconds");
        require(bond >= 1 && bond <= MAX_BOND, "the submitter's bond must be in [1, 2^60] wei");
        challengeWindow = window;
        submitterBond = bond;
    }

    /// @notice Registers a compiled model by its programs' image roots; anyone may, and registering it again does
    /// nothing. The id is determined by the content, so no one can register another party's model under it.
    /// @param commitment commitment of the model the programs compile (org.zkopml.model.QuantizedModel.commitment)
    /// @param whole the whole-inference program
    /// @param layers one program per layer: layer 0 reads the model's input, each next one the previous output
    /// @return id keccak256(abi.encode(commitment, whole, layers))
    function registerModel(bytes32 commitment, Program calldata whole, Program[] calldata layers) external returns (bytes32 id) {
        require(commitment != bytes32(0), "the model commitment must not be zero");
        require(layers.length >= 1 && layers.length <= MAX_LAYERS, "a model has 1 to 256 layers");
        checkProgram(whole, MAX_OUTPUT);
        require(layers[0].inputLength == whole.inputLength, "layer 0 must read the model's input");
        for (uint256 l = 0; l < layers.length; l++) {
            checkProgram(layers[l], layerOutputLimit());
            if (l > 0) require(layers[l].inputLength == layers[l - 1].outputLength, "a layer must read the previous layer's output");
        }
        require(layers[layers.length - 1].outputLength == whole.outputLength, "the last layer must give the model's output");
        id = keccak256(abi.encode(commitment, whole, layers));
        if (modelCommitment[id] != bytes32(0)) return id;
        modelCommitment[id] = commitment;
        wholeProgram[id] = whole;
        for (uint256 l = 0; l < layers.length; l++) layerPrograms[id].push(layers[l]);
        emit ModelRegistered(id, commitment, whole.imageRoot, layers.length, msg.sender);
    }

    /// @notice Asks for `model` on `input`: the task's initial state is derived here.
    /// @param model a registered model's id
    /// @param input the input words (posted in calldata: anyone can recompute the task)
    /// @return taskId the task's number
    function request(bytes32 model, int64[] calldata input) external returns (uint256 taskId) {
        require(modelCommitment[model] != bytes32(0), "no such model");
        Program storage w = wholeProgram[model];
        require(input.length == w.inputLength, "the input has the wrong number of words");
        bytes32 inputRoot = MemoryProofs.regionRoot(input);
        bytes32 initialState = VmStates.initial(w.imageRoot, inputRoot);
        taskId = tasks.length;
        tasks.push(Task(model, inputRoot, initialState));
        emit Requested(taskId, msg.sender, model, input, inputRoot, initialState);
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
        require(block.timestamp <= MAX_TIME, "out of range: too late to post a claim");
        require(steps >= 1 && steps <= MAX_STEPS, "the trace length must be in [1, 2^48]");
        Program storage w = wholeProgram[tasks[taskId].model];
        require(output.length == w.outputLength, "wrong number of output words");
        checkOpening(w.outputAddress, output, finalState, steps, opening);
        claimId = claims.length;
        claims.push(Claim(taskId, msg.sender, MemoryProofs.regionRoot(output), finalState, steps, toTime(block.timestamp),
            toTime(block.timestamp + challengeWindow), Status.Open, 0, 0));
        _takeBond(submitterBond);
        emit Submitted(claimId, taskId, msg.sender, output, finalState, steps);
    }

    /// @notice Makes a claim final — anyone may — once its window has passed and every dispute against it went the
    /// submitter's way; the submitter's bond becomes its credit.
    /// @param claimId the claim
    function finalize(uint256 claimId) external {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Open, c.status == Status.Final ? "the claim is already final" : "the claim is already rejected");
        require(block.timestamp > c.windowEnd, "too early: the challenge window is still open");
        require(c.openDisputes == 0, "a dispute against the claim is still open");
        c.status = Status.Final;
        _credit(c.submitter, submitterBond);
        emit Finalized(claimId, msg.sender);
    }

    /// @notice A claim: its task, submitter, output root, final state hash, trace length, posting time, window end,
    /// status (0 none, 1 open, 2 final, 3 rejected), and its open and opened disputes.
    function claimed(uint256 claimId) external view returns (uint256 taskId, address submitter, bytes32 outputRoot, bytes32 finalState,
        uint64 steps, uint64 postedAt, uint64 windowEnd, Status status, uint32 openDisputes, uint32 disputes)
    {
        Claim storage c = claimAt(claimId);
        return (c.taskId, c.submitter, c.outputRoot, c.finalState, c.steps, c.postedAt, c.windowEnd, c.status, c.openDisputes, c.disputes);
    }

    /// @notice A task: its model, input root and derived initial state.
    function task(uint256 taskId) external view returns (bytes32 model, bytes32 inputRoot, bytes32 initialState) {
        require(taskId < tasks.length, "no such task");
        Task storage t = tasks[taskId];
        return (t.model, t.inputRoot, t.initialState);
    }

    /// @notice The whole program of a registered model and its number of layers.
    function modelPrograms(bytes32 model) external view returns (Program memory whole, uint256 layers) {
        require(modelCommitment[model] != bytes32(0), "no such model");
        return (wholeProgram[model], layerPrograms[model].length);
    }

    /// @notice The program of layer `layer` of a registered model.
    function layerProgram(bytes32 model, uint256 layer) external view returns (Program memory) {
        require(layer < layerPrograms[model].length, "no such layer");
        return layerPrograms[model][layer];
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

    /// A time as stored: checked, never a silent truncation.
    function toTime(uint256 t) internal pure returns (uint64) {
        require(t <= type(uint64).max, "out of range: a time beyond 2^64");
        return uint64(t);
    }

    /// Most output words of a layer program: the game posts a layer's output words (with a memory proof each) only
    /// when it plays the layer phase, so only then are they bounded by MAX_OUTPUT.
    function layerOutputLimit() internal view virtual returns (uint256);

    function checkProgram(Program calldata p, uint256 maxOutput) internal pure {
        require(p.inputLength >= 1 && p.inputLength <= uint256(MemoryProofs.WORDS) / 2, "a program reads 1 to WORDS / 2 input words (the input region)");
        require(p.outputLength >= 1 && p.outputLength <= maxOutput,
            maxOutput == MAX_OUTPUT ? "a program has 1 to 64 output words" : "a program's output must lie in memory");
        require(uint256(p.outputAddress) + p.outputLength <= uint256(MemoryProofs.WORDS), "the output lies outside memory");
    }

    /// The opening proves: the state hashes to `finalState`, is halted after `steps` steps, and its memory holds
    /// `output` from `outputAddress` on (org.zkopml.vm.OutputOpening.check).
    function checkOpening(uint64 outputAddress, int64[] calldata output, bytes32 finalState, uint64 steps, bytes calldata opening) internal pure {
        require(opening.length == VmStates.BYTES + output.length * MemoryProofs.BYTES, "the opening must be the state and one proof per output word");
        require(keccak256(opening[0:VmStates.BYTES]) == finalState, "the opened state does not hash to the claimed state hash");
        require(uint8(opening[48]) == VmStates.HALTED, "the opened state is not halted");
        require(uint64(bytes8(opening[40:48])) == steps, "the opened state is not at the claimed step");
        bytes32 root = bytes32(opening[0:32]);
        for (uint256 i = 0; i < output.length; i++) {
            bytes calldata p = opening[VmStates.BYTES + i * MemoryProofs.BYTES:VmStates.BYTES + (i + 1) * MemoryProofs.BYTES];
            require(bytes32(p[0:32]) == MemoryProofs.wordOf(output[i]), "an output word differs from the opened memory");
            require(MemoryProofs.root(outputAddress + i, p) == root, "an output proof does not match the state's memRoot");
        }
    }
}
