package org.zkopml.chain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.Program;
import org.zkopml.vm.SyntheticModels;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optimistic submission and the bisection game on the EVM: random games (cheating submitters, dishonest
 * challengers, silent parties, arities 1 to 8) where the honest side always wins and value is conserved;
 * the clock (evm_increaseTime) closing an unchallenged window and ending a silent party's game; and every
 * bad move reverting with its reason.
 */
@Tag("chain")
@ExtendWith(SharedChain.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnChainGameTest {
    private static final int[] ARITIES = {1, 2, 3, 4, 8};
    private LocalChain chain;
    private OneStepContract verifier;
    private final Map<Integer, DisputeGameContract> games = new HashMap<>();

    @BeforeAll
    void deploy(LocalChain chain) {
        this.chain = chain;
        verifier = OneStepContract.deploy(chain, chain.account(0));
    }

    private DisputeGameContract game(int k) {
        return games.computeIfAbsent(k, a -> DisputeGameContract.deploy(chain, chain.account(0), verifier.address(), DisputeGameContract.Params.of(a)));
    }

    private static Program smallModel(SplittableRandom rnd) {
        int in = 2 + rnd.nextInt(3);
        LayeredProgram p = rnd.nextInt(4) == 0 ? SyntheticModels.mlp(rnd.nextLong(), in, 2, 2) : SyntheticModels.mlp(rnd.nextLong(), in, 2 + rnd.nextInt(2));
        return p.whole();
    }

    @Test
    void theHonestSideWinsEveryRandomGameAndValueIsConserved() {
        SplittableRandom rnd = new SplittableRandom(11);
        int games = 100, proofs = 0, timeouts = 0, unchallenged = 0;
        for (int g = 0; g < games; g++) {
            Program p = smallModel(rnd);
            long[] input = SyntheticModels.input(rnd.nextLong(), p.inputLength());
            VmTrace truth = VmTrace.honest(p, input);
            VmTrace lie = VmTrace.cheating(p, input, 1 + rnd.nextLong(truth.length()));
            int roll = rnd.nextInt(100);
            boolean liarSubmits = roll % 2 == 0;
            VmTrace s = roll < 5 ? truth : liarSubmits ? lie : truth;
            VmTrace c = roll < 5 ? truth : liarSubmits ? truth : lie;
            OnChainGame.Silence silence = OnChainGame.Silence.NONE;
            if (roll >= 5 && roll < 25) silence = new OnChainGame.Silence(liarSubmits ? "submitter" : "challenger", (liarSubmits ? 0 : 1) + rnd.nextInt(4));
            int k = ARITIES[rnd.nextInt(ARITIES.length)];
            GameOutcome o = new OnChainGame(chain, game(k)).play(s, c, silence, OnChainGame.Listener.NONE);
            String what = "game " + g + " (k = " + k + ", N = " + truth.length() + ", cheat from " + lie.cheatFrom() + ", liar "
                    + (roll < 5 ? "none" : liarSubmits ? "submitter" : "challenger") + ", silence " + silence + "): " + o;
            assertTrue(o.honestWon(), what);
            assertTrue(o.bondsConserved(), what);
            if (o.oneStepGas() > 0) proofs++;
            else if (o.challenged()) timeouts++;
            else unchallenged++;
        }
        assertTrue(proofs >= 50 && timeouts >= 5 && unchallenged >= 1, "proofs " + proofs + ", timeouts " + timeouts + ", unchallenged " + unchallenged);
    }

    @Test
    void anUnchallengedClaimIsFinalOnlyAfterTheWindow() {
        SplittableRandom rnd = new SplittableRandom(2);
        Program p = smallModel(rnd);
        VmTrace truth = VmTrace.honest(p, SyntheticModels.input(5, p.inputLength()));
        DisputeGameContract g = game(1);
        Credentials sub = chain.account(1);
        long task = g.request(chain.account(0), truth.modelCommitment(), truth.input(), truth.initialStateHash(), p.outputAddress(), p.outputLength()).id();
        long id = g.submit(sub, task, truth.output(), truth.finalStateHash(), truth.length(), truth.opening()).id();
        assertReverts("too early: the challenge window is still open", () -> g.finalizeClaim(sub, id));
        chain.advanceTime(g.params().challengeWindow() - 30);
        assertReverts("too early", () -> g.finalizeClaim(sub, id));
        chain.advanceTime(31);
        assertReverts("after the deadline: the challenge window has closed", () -> g.challenge(chain.account(2), id));
        assertReverts("only the submitter finalizes its claim", () -> g.finalizeClaim(chain.account(2), id));
        BigInteger before = chain.balance(sub.getAddress());
        Receipt f = g.finalizeClaim(sub, id);
        assertEquals(DisputeGameContract.Status.RESOLVED, g.standing(id).status());
        assertEquals("unchallenged: the challenge window closed", g.standing(id).ruling());
        Receipt paid = g.claimBond(sub, id);
        assertEquals(before.add(g.params().submitterBond()).subtract(f.fee()).subtract(paid.fee()), chain.balance(sub.getAddress()));
        assertReverts("the bond was already claimed", () -> g.claimBond(sub, id));
    }

    @Test
    void aSilentPartyLosesByTimeout() {
        SplittableRandom rnd = new SplittableRandom(3);
        Program p = smallModel(rnd);
        long[] input = SyntheticModels.input(7, p.inputLength());
        VmTrace truth = VmTrace.honest(p, input), lie = VmTrace.cheating(p, input, Math.max(1, truth.length() / 2));
        // the cheating submitter stops after two bisections; the dishonest challenger after its challenge and one selection
        GameOutcome a = new OnChainGame(chain, game(2)).play(lie, truth, new OnChainGame.Silence("submitter", 2), OnChainGame.Listener.NONE);
        assertEquals("challenger", a.winner());
        assertEquals("timeout: the submitter did not move in time", a.ruling());
        assertTrue(a.bondsConserved());
        GameOutcome b = new OnChainGame(chain, game(2)).play(truth, lie, new OnChainGame.Silence("challenger", 2), OnChainGame.Listener.NONE);
        assertEquals("submitter", b.winner());
        assertEquals("timeout: the challenger did not move in time", b.ruling());
        assertTrue(b.bondsConserved());
    }

    @Test
    void badMovesRevertWithAReason() {
        SplittableRandom rnd = new SplittableRandom(4);
        Program p = smallModel(rnd);
        long[] input = SyntheticModels.input(9, p.inputLength());
        VmTrace truth = VmTrace.honest(p, input), lie = VmTrace.cheating(p, input, 1);
        DisputeGameContract g = game(1);
        Credentials req = chain.account(0), sub = chain.account(1), cha = chain.account(2), stranger = chain.account(3);
        long task = g.request(req, lie.modelCommitment(), input, lie.initialStateHash(), p.outputAddress(), p.outputLength()).id();

        // malformed submissions: wrong bond, a wrong output, a broken opening, an absurd trace length, an unknown function
        assertReverts("the bond must be sent with the move, exactly",
                () -> g.submit(sub, task, lie.output(), lie.finalStateHash(), lie.length(), lie.opening(), BigInteger.ONE));
        long[] other = lie.output();
        other[0]++;
        assertReverts("an output word differs from the opened memory", () -> g.submit(sub, task, other, lie.finalStateHash(), lie.length(), lie.opening()));
        byte[] cut = java.util.Arrays.copyOf(lie.opening(), lie.opening().length - 1);
        assertReverts("the opening must be the state and one proof per output word", () -> g.submit(sub, task, lie.output(), lie.finalStateHash(), lie.length(), cut));
        assertReverts("the opened state is not at the claimed step", () -> g.submit(sub, task, lie.output(), lie.finalStateHash(), lie.length() + 1, lie.opening()));
        assertReverts("the trace length must be in [1, 2^48]", () -> g.submit(sub, task, lie.output(), lie.finalStateHash(), Long.MAX_VALUE, lie.opening()));
        assertReverts("malformed calldata: no such function", () -> g.sendRaw(sub, "0xdeadbeef00", BigInteger.ZERO));
        ChainException truncated = assertThrows(ChainException.class, () -> g.sendRaw(sub, "0x3e1e8df3" /* challenge(uint256), no argument */, BigInteger.ZERO));
        assertTrue(truncated.reverted(), truncated.getMessage());

        long id = g.submit(sub, task, lie.output(), lie.finalStateHash(), lie.length(), lie.opening()).id();
        assertReverts("a submitter cannot challenge its own claim", () -> g.challenge(sub, id));
        assertReverts("the bond must be sent with the move, exactly", () -> g.challenge(cha, id, BigInteger.TEN));
        assertReverts("the claim is not disputed", () -> g.bisect(sub, id, List.of(lie.hashAt(1))));
        g.challenge(cha, id);
        assertReverts("the claim is not open to a challenge", () -> g.challenge(stranger, id));
        long hi = g.paddedLength(lie.length());
        List<byte[]> one = List.of(lie.hashAt(hi / 2));
        // out of turn: the challenger bisects, the submitter selects, a stranger moves, the submitter claims a timeout on its own turn
        assertReverts("out of turn: it is the submitter's move", () -> g.bisect(cha, id, one));
        assertReverts("out of turn: it is the submitter's move", () -> g.bisect(stranger, id, one));
        assertReverts("out of turn: a selection is not expected now", () -> g.select(cha, id, 0));
        assertReverts("out of turn: only the waiting party claims a timeout", () -> g.timeout(sub, id));
        assertReverts("too early: the deadline has not passed", () -> g.timeout(cha, id));
        assertReverts("out of range: expected k hashes", () -> g.bisect(sub, id, List.of(lie.hashAt(1), lie.hashAt(2))));
        g.bisect(sub, id, one);
        assertReverts("out of turn: it is the challenger's move", () -> g.select(sub, id, 0));
        assertReverts("out of range: the index must be in [0, k]", () -> g.select(cha, id, 2));
        // a move after the deadline
        chain.advanceTime(g.params().responseWindow() + 1);
        assertReverts("after the deadline: the move came too late", () -> g.select(cha, id, 0));
        g.timeout(sub, id);
        assertEquals("timeout: the challenger did not move in time", g.standing(id).ruling());
        assertReverts("the claim is not disputed", () -> g.select(cha, id, 0));
        assertReverts("only the winner claims the bond", () -> g.claimBond(cha, id));
        g.claimBond(sub, id);
        assertReverts("the bond was already claimed", () -> g.claimBond(sub, id));
        assertEquals(g.held(), chain.balance(g.address()));

        // a malformed one-step witness is refused with the verifier's reason, and the game goes on
        long id2 = g.submit(sub, task, lie.output(), lie.finalStateHash(), lie.length(), lie.opening()).id();
        g.challenge(cha, id2);
        long lo = 0, h = hi;
        while (h - lo > 1) {
            long mid = lo + (h - lo) / 2;
            g.bisect(sub, id2, List.of(lie.hashAt(mid)));
            boolean agree = java.util.Arrays.equals(truth.hashAt(mid), lie.hashAt(mid));
            g.select(cha, id2, agree ? 1 : 0);
            if (agree) lo = mid;
            else h = mid;
        }
        long leaf = lo;
        byte[] w = truth.witnessAt(leaf);
        assertReverts("witness shorter than a state (177 bytes)", () -> g.proveStep(cha, id2, new byte[10]));
        assertReverts("keccak256(preState) differs from the pre-state hash", () -> g.proveStep(cha, id2, truth.witnessAt(leaf + 1)));
        byte[] longer = java.util.Arrays.copyOf(w, w.length + 1);
        assertReverts("witness has trailing bytes", () -> g.proveStep(cha, id2, longer));
        g.proveStep(cha, id2, w);
        assertEquals(chain.account(2).getAddress(), g.standing(id2).winner());
        assertFalse(g.standing(id2).ruling().isEmpty());
    }

    private static void assertReverts(String reason, Runnable move) {
        ChainException e = assertThrows(ChainException.class, move::run, "expected a revert: " + reason);
        assertTrue(e.reverted(), "a revert, not a node failure: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "expected reason \"" + reason + "\", got \"" + e.getMessage() + "\"");
    }
}
