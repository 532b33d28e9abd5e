// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {OneStep} from "./OneStep.sol";
import {OptimisticSubmission} from "./OptimisticSubmission.sol";

/// @title The k-ary bisection game over a claimed VM trace, with per-move deadlines
/// @notice The rules of org.zkopml.dispute.Referee (single phase), enforced on-chain. A challenger
/// disputes an open claim with its bond; the trace is padded (its final state repeats) to (k+1)^R ≥ N
/// positions; in each of the R rounds the submitter posts k state hashes at the k inner points of the
/// disputed interval [lo, hi] and the challenger selects one of the k+1 parts (it agrees at the part's
/// start and disputes its end). When one step is left the challenger posts its witness; the one-step
/// verifier re-executes it from the agreed state at lo, and the submitter wins exactly when the result
/// is its own hash at hi. A party that does not move by its deadline loses by timeout; the winner takes
/// both bonds. Time is block.timestamp, identity msg.sender; arithmetic is checked.
contract BisectionGame is OptimisticSubmission {
    enum Turn { Bisect, Select, Prove }

    /// The dispute of one claim.
    struct Game {
        address challenger;
        Turn turn;
        uint64 deadline;         // last timestamp at which the party on turn may move
        uint64 lo;               // agreed position
        uint64 hi;               // disputed position
        bytes32 loHash;          // agreed state hash at lo
        bytes32 hiHash;          // the submitter's state hash at hi
        uint32 rounds;           // selections made so far
        bytes32[] proposal;      // the submitter's k hashes of this round (empty before it posts them)
    }

    OneStep public immutable verifier;
    uint256 public immutable k;
    uint256 public immutable responseWindow;
    uint256 public immutable challengerBond;
    mapping(uint256 => Game) internal games;

    /// @notice A claim was challenged: the interval [0, padded length] is disputed.
    event Challenged(uint256 indexed claimId, address indexed challenger, uint64 hi);
    /// @notice The submitter posted its k hashes at the interval's inner points.
    event Bisected(uint256 indexed claimId, uint64 lo, uint64 hi, bytes32[] hashes);
    /// @notice The challenger selected part `index`: [lo, hi] is disputed next.
    event Selected(uint256 indexed claimId, uint256 index, uint64 lo, uint64 hi);
    /// @notice The disputed step was re-executed.
    event StepProved(uint256 indexed claimId, uint64 lo, bytes32 postState, bytes32 submitterState);

    /// @param oneStep the one-step verifier
    /// @param arity k, the hashes per round (1 = binary), 1 ≤ k ≤ 64
    /// @param window the challenge window in seconds
    /// @param response the time each move may take, in seconds
    /// @param sBond the submitter's bond (wei)
    /// @param cBond the challenger's bond (wei)
    constructor(OneStep oneStep, uint256 arity, uint256 window, uint256 response, uint256 sBond, uint256 cBond)
        OptimisticSubmission(window, sBond)
    {
        require(address(oneStep) != address(0), "no one-step verifier");
        require(arity >= 1 && arity <= 64, "k must be in [1, 64]");
        require(response >= 1 && response <= type(uint32).max, "the response window must be in [1, 2^32) seconds");
        require(cBond > 0, "the challenger's bond must be positive");
        verifier = oneStep;
        k = arity;
        responseWindow = response;
        challengerBond = cBond;
    }

    /// @notice Rejects a call of no function of the game (an unknown selector) with a reason.
    fallback() external {
        revert("malformed calldata: no such function");
    }

    /// @notice Disputes an open claim within its window, with the challenger's bond (msg.value = challengerBond).
    /// @param claimId the claim
    function challenge(uint256 claimId) external payable {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Open, "the claim is not open to a challenge");
        require(block.timestamp <= c.windowEnd, "after the deadline: the challenge window has closed");
        require(msg.sender != c.submitter, "a submitter cannot challenge its own claim");
        _takeBond(claimId, challengerBond);
        c.status = Status.Disputed;
        Game storage g = games[claimId];
        g.challenger = msg.sender;
        g.lo = 0;
        g.hi = paddedLength(c.steps);
        g.loHash = tasks[c.taskId].initialState;
        g.hiHash = c.finalState;
        g.turn = g.hi == 1 ? Turn.Prove : Turn.Bisect;
        g.deadline = uint64(block.timestamp + responseWindow);
        emit Challenged(claimId, msg.sender, g.hi);
    }

    /// @notice The submitter's move: its k state hashes at lo + t·(hi − lo)/(k+1), t = 1..k.
    /// @param claimId the claim
    /// @param hashes exactly k state hashes
    function bisect(uint256 claimId, bytes32[] calldata hashes) external {
        (Claim storage c, Game storage g) = onTurn(claimId, Turn.Bisect);
        require(msg.sender == c.submitter, "out of turn: it is the submitter's move");
        require(hashes.length == k, "out of range: expected k hashes");
        g.proposal = hashes;
        g.turn = Turn.Select;
        g.deadline = uint64(block.timestamp + responseWindow);
        emit Bisected(claimId, g.lo, g.hi, hashes);
    }

    /// @notice The challenger's move: part `index` ∈ [0, k] of the interval, the first it disputes.
    /// @param claimId the claim
    /// @param index the part: it agrees with the hash at its start and disputes the one at its end
    function select(uint256 claimId, uint256 index) external {
        (, Game storage g) = onTurn(claimId, Turn.Select);
        require(msg.sender == g.challenger, "out of turn: it is the challenger's move");
        require(index <= k, "out of range: the index must be in [0, k]");
        uint64 part = (g.hi - g.lo) / uint64(k + 1);
        uint64 lo = g.lo + uint64(index) * part;
        if (index > 0) g.loHash = g.proposal[index - 1];
        if (index < k) g.hiHash = g.proposal[index];
        g.lo = lo;
        g.hi = lo + part;
        delete g.proposal;
        g.rounds += 1;
        g.turn = part == 1 ? Turn.Prove : Turn.Bisect;
        g.deadline = uint64(block.timestamp + responseWindow);
        emit Selected(claimId, index, g.lo, g.hi);
    }

    /// @notice The challenger's last move: the witness of the step lo → lo + 1. The verifier re-executes
    /// it from the agreed hash at lo (reverting on an invalid witness); the submitter wins exactly when
    /// the post-state hash is its hash at hi.
    /// @param claimId the claim
    /// @param witness the one-step witness (org.zkopml.vm.StepWitness encoding)
    function proveStep(uint256 claimId, bytes calldata witness) external {
        (Claim storage c, Game storage g) = onTurn(claimId, Turn.Prove);
        require(msg.sender == g.challenger, "out of turn: it is the challenger's move");
        bytes32 post = verifier.verify(g.loHash, witness);
        emit StepProved(claimId, g.lo, post, g.hiHash);
        bool submitterRight = post == g.hiHash;
        resolve(claimId, submitterRight ? c.submitter : g.challenger,
            submitterRight ? "one-step re-execution matches the submitter's state"
                           : "one-step re-execution contradicts the submitter's state");
    }

    /// @notice Settles a dispute whose party on turn missed its deadline: the other party (the sender) wins.
    /// @param claimId the claim
    function timeout(uint256 claimId) external {
        Claim storage c = claimAt(claimId);
        require(c.status == Status.Disputed, "the claim is not disputed");
        Game storage g = games[claimId];
        address onTurnParty = g.turn == Turn.Bisect ? c.submitter : g.challenger;
        address waiting = g.turn == Turn.Bisect ? g.challenger : c.submitter;
        require(msg.sender == waiting, "out of turn: only the waiting party claims a timeout");
        require(block.timestamp > g.deadline, "too early: the deadline has not passed");
        resolve(claimId, waiting, onTurnParty == c.submitter ? "timeout: the submitter did not move in time"
                                                             : "timeout: the challenger did not move in time");
    }

    /// @notice The dispute of a claim: its challenger, whose move it is (0 bisect, 1 select, 2 prove),
    /// the deadline, the disputed interval [lo, hi] with its two hashes, and the selections made so far.
    /// @param claimId the claim
    function interval(uint256 claimId) external view returns (address challenger, Turn turn, uint64 deadline,
        uint64 lo, uint64 hi, bytes32 loHash, bytes32 hiHash, uint32 rounds)
    {
        claimAt(claimId);
        Game storage g = games[claimId];
        return (g.challenger, g.turn, g.deadline, g.lo, g.hi, g.loHash, g.hiHash, g.rounds);
    }

    /// @notice (k+1)^R for the least R with (k+1)^R ≥ n: the padded trace length (Bisection.paddedLength).
    function paddedLength(uint64 n) public view returns (uint64) {
        uint256 span = 1;
        while (span < n) span *= k + 1;
        require(span <= type(uint64).max, "the padded length exceeds 2^64"); // cannot happen: n ≤ 2^48, k ≤ 64
        return uint64(span);
    }

    function onTurn(uint256 claimId, Turn turn) internal view returns (Claim storage c, Game storage g) {
        c = claimAt(claimId);
        require(c.status == Status.Disputed, "the claim is not disputed");
        g = games[claimId];
        require(g.turn == turn, turn == Turn.Bisect ? "out of turn: a bisection is not expected now"
                              : turn == Turn.Select ? "out of turn: a selection is not expected now"
                                                    : "out of turn: a one-step proof is not expected now");
        require(block.timestamp <= g.deadline, "after the deadline: the move came too late");
    }
}
