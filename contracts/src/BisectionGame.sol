// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MemoryProofs} from "./MemoryProofs.sol";
import {OneStep} from "./OneStep.sol";
import {OptimisticSubmission} from "./OptimisticSubmission.sol";
import {VmStates} from "./VmStates.sol";

/// @title Any number of k-ary bisection disputes per claim, in one or two phases, with per-move deadlines
/// @notice The rules of org.zkopml.dispute.Referee, enforced on-chain. Any challenger may dispute an open claim
/// within its window with its own bond; each dispute is a game of its own with its own deadlines. One phase:
/// the trace is padded (its final state repeats) to (k+1)^R ≥ N positions; in each of the R rounds the submitter
/// posts k state hashes at the k inner points of the disputed interval [lo, hi] and the challenger selects one of
/// the k+1 parts (it agrees at the part's start and disputes its end); when one step is left the challenger
/// posts its witness, the one-step verifier re-executes it from the agreed state at lo, and the submitter wins
/// exactly when the result is its own hash at hi. Two phases: first the same bisection over the L+2 layer
/// commitments (the task's input root, the region roots of the L layer outputs — position L is the claim's
/// output root — then the claim's final state hash); ending on layer j < L, the submitter opens that layer's
/// output and final state, and the instruction phase runs over the layer's program from the initial state
/// derived from its image root and the agreed root at j; ending on [L, L+1] it runs over the whole program;
/// ending past L the submitter wins. A side that does not move by its deadline loses its dispute (anyone may
/// claim the timeout). A dispute the submitter wins credits it the challenger's bond; one it loses rejects the
/// claim and credits the challenger its bond and the submitter's; the claim's other open disputes then end
/// (`close`, anyone) and return their bonds. Time is block.timestamp, identity msg.sender, arithmetic checked.
contract BisectionGame is OptimisticSubmission {
    enum Phase { LayerBisection, LayerOpening, StepBisection, StepProof, Resolved }
    enum Ending { None, Timeout, Padding, OneStep, ClaimRejected }

    /// One dispute: a challenger against a claim.
    struct Dispute {
        uint256 claimId;
        address challenger;
        Phase phase;
        Ending ending;
        bool submitterWon;
        bool inLayer;            // the instruction phase runs over layer `layer`'s program (else the whole program)
        uint32 layer;
        uint32 layerRounds;
        uint32 stepRounds;
        uint64 time;             // the block time of its last accepted move
        uint64 deadline;         // last timestamp at which the side on turn may move
        uint64 lo;               // agreed position
        uint64 hi;               // disputed position
        uint64 disputedStep;     // the step decided by one-step re-execution (hi), if any
        bytes32 loHash;          // agreed commitment at lo
        bytes32 hiHash;          // the submitter's commitment at hi
        bytes32[] proposal;      // the submitter's k commitments of this round (empty before it posts them)
        string ruling;
    }

    OneStep public immutable verifier;
    uint256 public immutable k;
    uint256 public immutable phases;
    uint256 public immutable responseWindow;
    uint256 public immutable challengerBond;
    /// Most hashes per round (Bounds.MAX_K).
    uint256 public constant MAX_K = 64;
    Dispute[] internal disputes;
    mapping(uint256 => uint256[]) internal disputesOfClaim;

    /// @notice A challenger opened dispute `disputeId` against a claim.
    event Challenged(uint256 indexed claimId, uint256 indexed disputeId, address indexed challenger);
    /// @notice The submitter posted its k commitments at the interval's inner points.
    event Bisected(uint256 indexed disputeId, uint64 lo, uint64 hi, bytes32[] hashes);
    /// @notice The challenger selected part `index`: [lo, hi] is disputed next.
    event Selected(uint256 indexed disputeId, uint256 index, uint64 lo, uint64 hi);
    /// @notice The submitter opened layer `layer`: the instruction phase runs over its program.
    event LayerOpened(uint256 indexed disputeId, uint32 layer, uint64 steps, bytes32 finalState);
    /// @notice The disputed step was re-executed.
    event StepProved(uint256 indexed disputeId, uint64 lo, bytes32 postState, bytes32 submitterState);
    /// @notice A dispute was settled; when the submitter lost, its claim is rejected.
    event DisputeResolved(uint256 indexed claimId, uint256 indexed disputeId, bool submitterWon, string ruling);

    /// @param oneStep the one-step verifier
    /// @param arity k, the hashes per round (1 = binary), 1 ≤ k ≤ MAX_K
    /// @param phaseCount 1 (instruction phase only) or 2 (layer phase, then instruction phase)
    /// @param window the challenge window in seconds
    /// @param response the time each move may take, in seconds
    /// @param sBond the submitter's bond (wei)
    /// @param cBond the challenger's bond (wei)
    constructor(OneStep oneStep, uint256 arity, uint256 phaseCount, uint256 window, uint256 response, uint256 sBond, uint256 cBond)
        OptimisticSubmission(window, sBond)
    {
        require(address(oneStep) != address(0), "no one-step verifier");
        require(arity >= 1 && arity <= MAX_K, "k must be in [1, 64]");
        require(phaseCount == 1 || phaseCount == 2, "phases must be 1 or 2");
        require(response >= 1 && response <= MAX_WINDOW, "the response window must be in [1, 2^32] seconds");
        require(cBond >= 1 && cBond <= MAX_BOND, "the challenger's bond must be in [1, 2^60] wei");
        verifier = oneStep;
        k = arity;
        phases = phaseCount;
        responseWindow = response;
        challengerBond = cBond;
    }

    /// A layer's output words are posted only in the layer phase (openLayer): bounded by MAX_OUTPUT in a two-phase
    /// game, by memory alone in a one-phase game (so a transformer, whose layers output whole activations, registers).
    function layerOutputLimit() internal view override returns (uint256) {
        return phases == 2 ? MAX_OUTPUT : uint256(MemoryProofs.WORDS);
    }

    /// @notice Rejects a call of no function of the game (an unknown selector) with a reason.
    fallback() external {
        revert("malformed calldata: no such function");
    }

    /// @notice Opens a dispute of the sender's own against an open claim within its window, with the challenger's
    /// bond (msg.value = challengerBond).
    /// @param claimId the claim
    /// @return disputeId the new dispute's number
    function challenge(uint256 claimId) external payable returns (uint256 disputeId) {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Open, c.status == Status.Final ? "the claim is final: it takes no more challenges"
                                                                  : "the claim is rejected: it takes no more challenges");
        require(msg.sender != c.submitter, "a submitter cannot challenge its own claim");
        require(block.timestamp <= c.windowEnd, "after the deadline: the challenge window has closed");
        _takeBond(challengerBond);
        disputeId = disputes.length;
        Dispute storage d = disputes.push();
        d.claimId = claimId;
        d.challenger = msg.sender;
        d.time = toTime(block.timestamp);
        d.deadline = toTime(block.timestamp + responseWindow);
        c.openDisputes += 1;
        c.disputes += 1;
        disputesOfClaim[claimId].push(disputeId);
        emit Challenged(claimId, disputeId, msg.sender);
        if (phases == 2) {
            d.phase = Phase.LayerBisection;
            d.hi = paddedLength(uint64(layerCount(c)) + 1);
            d.loHash = tasks[c.taskId].inputRoot;
            d.hiHash = c.finalState;
            if (d.hi == 1) layerLeaf(disputeId, d, c);
        } else {
            startSteps(d, false, 0, tasks[c.taskId].initialState, c.finalState, c.steps);
        }
    }

    /// @notice The submitter's move: its k commitments at lo + t·(hi − lo)/(k+1), t = 1..k (in the layer phase,
    /// a point at L must be the claim's output root and one past L its final state hash).
    /// @param disputeId the dispute
    /// @param hashes exactly k commitments
    function bisect(uint256 disputeId, bytes32[] calldata hashes) external {
        (Claim storage c, Dispute storage d) = onTurn(disputeId, true);
        require(d.phase == Phase.LayerBisection || d.phase == Phase.StepBisection, "out of turn: a bisection is not expected now");
        require(d.proposal.length == 0, "out of turn: a selection is expected now");
        require(hashes.length == k, "out of range: expected k hashes");
        if (d.phase == Phase.LayerBisection) {
            uint256 layers = layerCount(c);
            uint64 part = (d.hi - d.lo) / uint64(k + 1);
            for (uint256 t = 0; t < k; t++) {
                uint256 p = d.lo + (t + 1) * part;
                if (p == layers) require(hashes[t] == c.outputRoot, "position L (the output) must be the claim's output root");
                if (p > layers) require(hashes[t] == c.finalState, "a position past the output must be the claim's final state hash");
            }
        }
        d.proposal = hashes;
        moved(d);
        emit Bisected(disputeId, d.lo, d.hi, hashes);
    }

    /// @notice The challenger's move: part `index` ∈ [0, k] of the interval, the first it disputes.
    /// @param disputeId the dispute
    /// @param index the part: it agrees with the commitment at its start and disputes the one at its end
    function select(uint256 disputeId, uint256 index) external {
        (Claim storage c, Dispute storage d) = onTurn(disputeId, false);
        require((d.phase == Phase.LayerBisection || d.phase == Phase.StepBisection) && d.proposal.length > 0,
            "out of turn: a selection is not expected now");
        require(index <= k, "out of range: the index must be in [0, k]");
        uint64 part = (d.hi - d.lo) / uint64(k + 1);
        uint64 lo = d.lo + uint64(index) * part;
        if (index > 0) d.loHash = d.proposal[index - 1];
        if (index < k) d.hiHash = d.proposal[index];
        d.lo = lo;
        d.hi = lo + part;
        delete d.proposal;
        moved(d);
        emit Selected(disputeId, index, d.lo, d.hi);
        if (d.phase == Phase.LayerBisection) {
            d.layerRounds += 1;
            if (part == 1) layerLeaf(disputeId, d, c);
        } else {
            d.stepRounds += 1;
            if (part == 1) d.phase = Phase.StepProof;
        }
    }

    /// @notice The submitter's move at the end of the layer phase: layer lo's output (whose region root must be the
    /// submitter's commitment at hi) and its program's final state, proven to hold that output after `steps` steps.
    /// The layer's program then starts from the state derived from its image root and the agreed root at lo.
    /// @param disputeId the dispute
    /// @param output the layer's output words
    /// @param steps the layer program's trace length
    /// @param finalState hash of the layer program's final (halted) state
    /// @param opening the final state's encoding, then one memory proof per output word
    function openLayer(uint256 disputeId, int64[] calldata output, uint64 steps, bytes32 finalState, bytes calldata opening) external {
        (Claim storage c, Dispute storage d) = onTurn(disputeId, true);
        require(d.phase == Phase.LayerOpening, "out of turn: a layer opening is not expected now");
        Program storage p = layerPrograms[tasks[c.taskId].model][d.layer];
        require(output.length == p.outputLength, "out of range: wrong number of the layer's output words");
        require(MemoryProofs.regionRoot(output) == d.hiHash, "the opened output does not match the submitter's root of the layer's output");
        require(steps >= 1 && steps <= MAX_STEPS, "out of range: a layer trace has 1 to 2^48 steps");
        checkOpening(p.outputAddress, output, finalState, steps, opening);
        moved(d);
        emit LayerOpened(disputeId, d.layer, steps, finalState);
        startSteps(d, true, d.layer, VmStates.initial(p.imageRoot, d.loHash), finalState, steps);
    }

    /// @notice The challenger's last move: the witness of the step lo → lo + 1. The verifier re-executes it from the
    /// agreed hash at lo (reverting on an invalid witness); the submitter wins exactly when the post-state hash is its
    /// hash at hi.
    /// @param disputeId the dispute
    /// @param witness the one-step witness (org.zkopml.vm.StepWitness encoding)
    function proveStep(uint256 disputeId, bytes calldata witness) external {
        (, Dispute storage d) = onTurn(disputeId, false);
        require(d.phase == Phase.StepProof, "out of turn: a one-step proof is not expected now");
        bytes32 post = verifier.verify(d.loHash, witness);
        emit StepProved(disputeId, d.lo, post, d.hiHash);
        d.disputedStep = d.hi;
        bool submitterRight = post == d.hiHash;
        resolve(disputeId, d, submitterRight, Ending.OneStep, submitterRight ? "one-step re-execution matches the submitter's state"
                                                                              : "one-step re-execution contradicts the submitter's state");
    }

    /// @notice Settles a dispute whose side on turn missed its deadline: the waiting side wins, whoever sends it.
    /// @param disputeId the dispute
    function timeout(uint256 disputeId) external {
        (Claim storage c, Dispute storage d) = pending(disputeId);
        require(c.status != Status.Rejected, "the claim was rejected: this dispute has ended (close it)");
        require(block.timestamp > d.deadline, "too early: the deadline has not passed");
        bool submitterOnTurn = submitterTurn(d);
        resolve(disputeId, d, !submitterOnTurn, Ending.Timeout, submitterOnTurn ? "timeout: the submitter did not move in time"
                                                                                : "timeout: the challenger did not move in time");
    }

    /// @notice Ends an open dispute of a rejected claim — anyone may — and credits its challenger its bond.
    /// @param disputeId the dispute
    function close(uint256 disputeId) external {
        (Claim storage c, Dispute storage d) = pending(disputeId);
        require(c.status == Status.Rejected, "the claim is not rejected: the dispute goes on");
        d.phase = Phase.Resolved;
        d.ending = Ending.ClaimRejected;
        d.ruling = "the claim was rejected in another dispute: this one ended and its bond went back to its challenger";
        d.time = toTime(block.timestamp);
        c.openDisputes -= 1;
        _credit(d.challenger, challengerBond);
        emit DisputeResolved(d.claimId, disputeId, false, d.ruling);
    }

    /// @notice A dispute: its claim, challenger, phase (0 layer bisection, 1 layer opening, 2 step bisection, 3 step
    /// proof, 4 resolved), ending (0 none, 1 timeout, 2 padding, 3 one-step, 4 claim rejected), whether the
    /// submitter won, the time of its last move and its deadline.
    function dispute(uint256 disputeId) external view returns (uint256 claimId, address challenger, Phase phase, Ending ending,
        bool submitterWon, uint64 time, uint64 deadline)
    {
        Dispute storage d = disputeAt(disputeId);
        return (d.claimId, d.challenger, d.phase, d.ending, d.submitterWon, d.time, d.deadline);
    }

    /// @notice A dispute's interval [lo, hi] with its two commitments, the layer its instruction phase runs over (if
    /// any), the rounds of each phase and the step decided by one-step re-execution.
    function interval(uint256 disputeId) external view returns (uint64 lo, uint64 hi, bytes32 loHash, bytes32 hiHash, bool inLayer,
        uint32 layer, uint32 layerRounds, uint32 stepRounds, uint64 disputedStep)
    {
        Dispute storage d = disputeAt(disputeId);
        return (d.lo, d.hi, d.loHash, d.hiHash, d.inLayer, d.layer, d.layerRounds, d.stepRounds, d.disputedStep);
    }

    /// @notice The submitter's k commitments of the current round (empty before it posts them) and the ruling.
    function proposalOf(uint256 disputeId) external view returns (bytes32[] memory proposal, string memory ruling) {
        Dispute storage d = disputeAt(disputeId);
        return (d.proposal, d.ruling);
    }

    /// @notice The disputes opened against a claim, in order.
    function disputesOf(uint256 claimId) external view returns (uint256[] memory) {
        claimAt(claimId);
        return disputesOfClaim[claimId];
    }

    /// @notice (k+1)^R for the least R with (k+1)^R ≥ n: the padded length (org.zkopml.dispute.Bisection.paddedLength).
    function paddedLength(uint64 n) public view returns (uint64) {
        uint256 span = 1;
        while (span < n) span *= k + 1;
        return toTime(span); // ≤ (k+1)·2^48 < 2^55: the check never fails
    }

    function disputeAt(uint256 disputeId) internal view returns (Dispute storage) {
        require(disputeId < disputes.length, "no such dispute");
        return disputes[disputeId];
    }

    function pending(uint256 disputeId) internal view returns (Claim storage c, Dispute storage d) {
        d = disputeAt(disputeId);
        require(d.phase != Phase.Resolved, "the dispute is already resolved");
        c = claims[d.claimId];
    }

    function submitterTurn(Dispute storage d) internal view returns (bool) {
        return d.phase == Phase.LayerOpening || ((d.phase == Phase.LayerBisection || d.phase == Phase.StepBisection) && d.proposal.length == 0);
    }

    function onTurn(uint256 disputeId, bool submitter) internal view returns (Claim storage c, Dispute storage d) {
        (c, d) = pending(disputeId);
        require(c.status != Status.Rejected, "the claim was rejected: this dispute has ended");
        require(submitterTurn(d) == submitter, submitterTurn(d) ? "out of turn: it is the submitter's move" : "out of turn: it is the challenger's move");
        require(msg.sender == (submitter ? c.submitter : d.challenger), submitter ? "out of turn: it is the submitter's move"
                                                                                  : "out of turn: it is the challenger's move");
        require(block.timestamp <= d.deadline, "after the deadline: the move came too late");
    }

    function moved(Dispute storage d) internal {
        d.time = toTime(block.timestamp);
        d.deadline = toTime(block.timestamp + responseWindow);
    }

    function layerCount(Claim storage c) internal view returns (uint256) {
        return layerPrograms[tasks[c.taskId].model].length;
    }

    function startSteps(Dispute storage d, bool inLayer, uint32 layer, bytes32 from, bytes32 to, uint64 steps) internal {
        d.inLayer = inLayer;
        d.layer = layer;
        d.lo = 0;
        d.hi = paddedLength(steps);
        d.loHash = from;
        d.hiHash = to;
        d.phase = d.hi == 1 ? Phase.StepProof : Phase.StepBisection;
    }

    /// The layer phase ended on [lo, lo + 1].
    function layerLeaf(uint256 disputeId, Dispute storage d, Claim storage c) internal {
        uint256 layers = layerCount(c);
        if (d.lo > layers) {
            resolve(disputeId, d, true, Ending.Padding, "padding past the output repeats the claim's final state hash");
        } else if (d.lo == layers) {
            startSteps(d, false, 0, tasks[c.taskId].initialState, c.finalState, c.steps); // the output is agreed, the final state is not
        } else {
            d.phase = Phase.LayerOpening;
            d.layer = uint32(d.lo);
            d.inLayer = true;
        }
    }

    function resolve(uint256 disputeId, Dispute storage d, bool submitterWon, Ending ending, string memory why) internal {
        Claim storage c = claims[d.claimId];
        d.phase = Phase.Resolved;
        d.ending = ending;
        d.submitterWon = submitterWon;
        d.ruling = why;
        d.time = toTime(block.timestamp);
        c.openDisputes -= 1;
        if (submitterWon) {
            _credit(c.submitter, challengerBond);
        } else {
            c.status = Status.Rejected;
            _credit(d.challenger, challengerBond + submitterBond);
        }
        emit DisputeResolved(d.claimId, disputeId, submitterWon, why);
    }
}
