package org.zkopml.chain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.zkopml.dispute.Arena;
import org.zkopml.dispute.Bounds;
import org.zkopml.dispute.ChallengerActor;
import org.zkopml.dispute.CheatingBelief;
import org.zkopml.dispute.Claim;
import org.zkopml.dispute.ClaimRecord;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.Docket;
import org.zkopml.dispute.Game;
import org.zkopml.dispute.GameState;
import org.zkopml.dispute.HonestBelief;
import org.zkopml.dispute.Ledger;
import org.zkopml.dispute.Move;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Referee;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Simulation;
import org.zkopml.dispute.Standing;
import org.zkopml.dispute.SubmitterActor;
import org.zkopml.dispute.Task;
import org.zkopml.values.Bytes32;
import org.zkopml.model.Gpts;
import org.zkopml.model.QuantizedModel;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.ModelCompiler;
import org.zkopml.vm.SyntheticModels;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optimistic submission and any number of bisection disputes on the EVM, played by the dispute package's own
 * actors through {@link ContractArena}: 100 random claims with 1 to 4 challengers (honest, late, colluding,
 * silent, dishonest), one or two phases, k from 1 to 8, where the honest side always wins, the Java referee
 * settles the same cast the same way, and value is conserved; the accomplice's collusion failing; a third party
 * finalizing; the task's derived initial state; the bounds the contract shares with the Java referee; and every
 * bad move reverting with its reason. The games share one node and one deployment per (k, phases).
 */
@Tag("chain")
@ExtendWith(SharedChain.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnChainGameTest {
    private static final int[] ARITIES = {1, 2, 3, 4, 8};
    private static final List<Task> TASKS = List.of(
            Task.of(SyntheticModels.mlp(1, 4, 3, 2), SyntheticModels.input(1, 4)),
            Task.of(SyntheticModels.mlp(2, 3, 2), SyntheticModels.input(2, 3)),
            Task.of(SyntheticModels.mlp(3, 5, 3, 2), SyntheticModels.input(3, 5)));
    private static final List<HonestBelief> TRUTHS = TASKS.stream().map(t -> new HonestBelief(t, 64)).toList();
    private LocalChain chain;
    private OneStepContract verifier;
    private final Map<String, BisectionGameContract> games = new HashMap<>();
    private final Map<String, Long> tasks = new HashMap<>();

    @BeforeAll
    void deploy(LocalChain chain) {
        this.chain = chain;
        verifier = OneStepContract.deploy(chain, chain.account(0));
    }

    private BisectionGameContract game(int k, int phases) {
        return games.computeIfAbsent(k + "/" + phases,
                x -> BisectionGameContract.deploy(chain, chain.account(0), verifier.address(), BisectionGameContract.rules(k, phases)));
    }

    /** The task of {@code TASKS[t]} on {@code g}: its model registered, the task requested, once per contract. */
    private long task(BisectionGameContract g, int t) {
        return tasks.computeIfAbsent(g.address() + "/" + t, x -> {
            Task task = TASKS.get(t);
            g.registerModel(chain.account(0), task.modelCommitment(), task.model());
            return g.request(chain.account(0), BisectionGameContract.modelId(task.modelCommitment(), task.model()), task.input()).id();
        });
    }

    /** Keys for the submitter (account 1), up to four challengers (2..5) and the keeper who finalizes (6). */
    private Map<String, Credentials> keys(List<Arena.Entrant> challengers) {
        Map<String, Credentials> keys = new LinkedHashMap<>();
        keys.put(Dispute.SUBMITTER, chain.account(1));
        for (int i = 0; i < challengers.size(); i++) keys.put(challengers.get(i).account(), chain.account(2 + i));
        keys.put("keeper", chain.account(6));
        return keys;
    }

    @Test
    void theHonestSideWinsAHundredRandomClaimsWithOneToFourChallengersAndValueIsConserved() {
        SplittableRandom seeds = new SplittableRandom(21);
        int rejected = 0, finals = 0, disputes = 0, challengers = 0;
        for (int g = 0; g < 100; g++) {
            long seed = seeds.nextLong();
            SplittableRandom rnd = new SplittableRandom(seed);
            int t = rnd.nextInt(TASKS.size());
            int k = ARITIES[rnd.nextInt(ARITIES.length)], phases = 1 + rnd.nextInt(2);
            BisectionGameContract game = game(k, phases);
            Rules rules = game.rules();
            long taskId = task(game, t);
            long castSeed = rnd.nextLong();
            Simulation.Lineup cast = Simulation.draw(new SplittableRandom(castSeed), TASKS.get(t), TRUTHS.get(t), rules, 60);
            Map<String, Credentials> keys = keys(cast.challengers());
            BigInteger heldBefore = game.held();

            ContractArena venue = ContractArena.post(game, keys, Dispute.SUBMITTER, taskId, cast.claim());
            ClaimRecord onChain = Arena.play(venue, cast.submitter(), cast.challengers(), "keeper", DisputeListener.NONE);
            Map<String, BigInteger> paid = venue.withdrawAll();
            String what = "claim " + g + " (seed " + seed + ", k = " + k + ", phases = " + phases + ", " + cast.scenario() + ", " + cast.kinds() + ")";
            assertEquals(cast.honest() == Party.SUBMITTER ? Standing.FINAL : Standing.REJECTED, onChain.standing(), what);

            // value: the bonds that came in (the submitter's, one per dispute) all went out, and the contract holds what it held
            Map<String, BigInteger> posted = new HashMap<>();
            posted.put(Dispute.SUBMITTER, BigInteger.valueOf(rules.submitterBond()));
            for (Docket.Case c : onChain.end().disputes()) posted.merge(c.challenger(), BigInteger.valueOf(rules.challengerBond()), BigInteger::add);
            BigInteger in = posted.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
            BigInteger out = paid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
            assertEquals(in, out, what + ": bonds in = bonds out");
            assertEquals(heldBefore, game.held(), what + ": nothing left in escrow");
            assertEquals(game.held(), chain.balance(game.address()), what);
            for (String a : cast.honestAccounts(Dispute.SUBMITTER)) {
                BigInteger gain = paid.getOrDefault(a, BigInteger.ZERO).subtract(posted.getOrDefault(a, BigInteger.ZERO));
                assertTrue(gain.signum() >= 0, what + ": honest " + a + " lost " + gain.negate() + " wei of bonds");
            }

            // the Java referee settles the same cast (drawn again from its seed) the same way
            Simulation.Lineup again = Simulation.draw(new SplittableRandom(castSeed), TASKS.get(t), TRUTHS.get(t), rules, 60);
            Ledger ledger = new Ledger();
            ledger.deposit(Dispute.SUBMITTER, rules.submitterBond()).orElseThrow();
            for (Arena.Entrant e : again.challengers()) ledger.deposit(e.account(), rules.challengerBond()).orElseThrow();
            Game java = Game.open(new Referee(rules, TASKS.get(t)), ledger, Dispute.SUBMITTER, 0, again.claim()).orElseThrow();
            ClaimRecord inJava = Arena.play(java, again.submitter(), again.challengers(), "keeper", DisputeListener.NONE);
            assertEquals(inJava.standing(), onChain.standing(), what + ": the Java referee agrees");

            if (onChain.standing() == Standing.REJECTED) rejected++;
            else finals++;
            disputes += onChain.end().disputes().size();
            challengers += cast.challengers().size();
        }
        assertTrue(rejected >= 30 && finals >= 30, "rejected " + rejected + ", final " + finals);
        assertTrue(challengers >= 200 && disputes >= 100, challengers + " challengers opened " + disputes + " disputes");
    }

    private Map<String, BigInteger> balances(Map<String, Credentials> keys) {
        Map<String, BigInteger> out = new HashMap<>();
        keys.forEach((a, k) -> out.put(a, chain.balance(k.getAddress())));
        return out;
    }

    @Test
    void theAccompliceChallengesFirstAndLosesOnPurposeButAnHonestChallengerLaterRejectsTheFalseClaim() {
        for (int phases = 1; phases <= 2; phases++) {
            BisectionGameContract game = game(1, phases);
            Rules rules = game.rules();
            long taskId = task(game, 0);
            HonestBelief truth = TRUTHS.get(0);
            CheatingBelief lie = new CheatingBelief(truth, Math.max(1, truth.replay().length() / 3), 7);
            List<Arena.Entrant> cast = List.of(new Arena.Entrant("accomplice", ChallengerActor.colluding("accomplice"), 0),
                    new Arena.Entrant("alice", ChallengerActor.honest("alice", truth), rules.challengeWindow() / 2));
            Map<String, Credentials> keys = keys(cast);
            Map<String, BigInteger> before = balances(keys);
            ContractArena venue = ContractArena.post(game, keys, Dispute.SUBMITTER, taskId, lie.claim());
            ClaimRecord r = Arena.play(venue, new SubmitterActor("mallory", lie), cast, "keeper", DisputeListener.NONE);
            assertEquals(Standing.REJECTED, r.standing(), "the false claim never settles");
            Docket end = r.end();
            assertEquals("accomplice", end.disputes().get(0).challenger(), "the accomplice challenged first");
            assertEquals("alice", end.disputes().get(end.rejectedBy().getAsInt()).challenger());
            Map<String, BigInteger> paid = venue.withdrawAll();
            BigInteger aliceGain = chain.balance(keys.get("alice").getAddress()).subtract(before.get("alice")).add(venue.gasReport().fees("alice"));
            assertEquals(BigInteger.valueOf(rules.submitterBond()), aliceGain, "Alice won the cheater's bond");
            assertEquals(BigInteger.valueOf(rules.challengerBond() + rules.submitterBond()), paid.get("alice"));
            assertEquals(BigInteger.ZERO, game.credit(keys.get(Dispute.SUBMITTER).getAddress()));
        }
    }

    @Test
    void aThirdPartyFinalizesAnUnchallengedClaimAfterItsWindow() {
        BisectionGameContract game = game(1, 1);
        long taskId = task(game, 1);
        HonestBelief truth = TRUTHS.get(1);
        Credentials sub = chain.account(1), keeper = chain.account(6);
        long id = game.submit(sub, taskId, truth.claim()).id();
        assertReverts("too early: the challenge window is still open", () -> game.finalizeClaim(keeper, id));
        chain.advanceTime(game.rules().challengeWindow() - 30);
        assertReverts("too early", () -> game.finalizeClaim(keeper, id));
        chain.advanceTime(31);
        assertReverts("after the deadline: the challenge window has closed", () -> game.challenge(chain.account(2), id));
        game.finalizeClaim(keeper, id);
        assertEquals(BisectionGameContract.Status.FINAL, game.claim(id).status());
        assertReverts("the claim is already final", () -> game.finalizeClaim(keeper, id));
        assertEquals(BigInteger.valueOf(game.rules().submitterBond()), game.credit(sub.getAddress()), "the bond is the submitter's credit, not the keeper's");
        assertEquals(BigInteger.ZERO, game.credit(keeper.getAddress()));
        BigInteger before = chain.balance(sub.getAddress());
        Receipt w = game.withdraw(sub);
        assertEquals(before.add(BigInteger.valueOf(game.rules().submitterBond())).subtract(w.fee()), chain.balance(sub.getAddress()));
        assertReverts("nothing to withdraw", () -> game.withdraw(sub));
    }

    @Test
    void theContractDerivesTheInitialStateAndAResultForAnotherInputLosesAtStepOne() {
        BisectionGameContract game = game(1, 1);
        Task task = TASKS.get(2);
        long taskId = task(game, 2);
        BisectionGameContract.TaskView view = game.task(taskId);
        assertEquals(task.initialStateHash(), view.initialState(), "derived on-chain as in Java");
        assertEquals(task.inputRoot(), view.inputRoot());
        assertEquals(TRUTHS.get(2).stepHash(0), view.initialState(), "the loaded machine's state");
        Bytes32 model = BisectionGameContract.modelId(task.modelCommitment(), task.model());
        assertReverts("the input has the wrong number of words", () -> game.request(chain.account(0), model, new long[2]));
        assertReverts("no such model", () -> game.request(chain.account(0), Bytes32.ZERO, task.input()));
        // a submitter runs the model on another input and posts that run for this task: it loses at step 1
        HonestBelief elsewhere = new HonestBelief(Task.of(task.model(), SyntheticModels.input(99, 5)), 64);
        Claim c = elsewhere.claim();
        Claim forged = new Claim(c.modelCommitment(), task.inputRoot(), c.output(), c.finalStateHash(), c.steps(), c.opening());
        List<Arena.Entrant> cast = List.of(new Arena.Entrant("alice", ChallengerActor.honest("alice", TRUTHS.get(2)), 0));
        ContractArena venue = ContractArena.post(game, keys(cast), Dispute.SUBMITTER, taskId, forged);
        ClaimRecord r = Arena.play(venue, new SubmitterActor("mallory", elsewhere), cast, "keeper", DisputeListener.NONE);
        venue.withdrawAll();
        assertEquals(Standing.REJECTED, r.standing());
        GameState.Resolved d = (GameState.Resolved) r.end().dispute(0);
        assertEquals(1, d.disputedStep().orElse(-1), d.resolution());
    }

    @Test
    void theContractEnforcesTheJavaRefereesBounds() {
        BisectionGameContract game = game(1, 1);
        assertEquals(BigInteger.valueOf(Bounds.MAX_STEPS), game.constant("MAX_STEPS"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_K), game.constant("MAX_K"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_WINDOW), game.constant("MAX_WINDOW"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_BOND), game.constant("MAX_BOND"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_TIME), game.constant("MAX_TIME"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_LAYERS), game.constant("MAX_LAYERS"));
        assertEquals(BigInteger.valueOf(Bounds.MAX_OUTPUT), game.constant("MAX_OUTPUT"));
        // the largest values the Java referee accepts deploy; one more is refused by both
        Rules largest = new Rules(Bounds.MAX_K, 2, Bounds.MAX_WINDOW, Bounds.MAX_WINDOW, Bounds.MAX_BOND, Bounds.MAX_BOND);
        BisectionGameContract big = BisectionGameContract.deploy(chain, chain.account(0), verifier.address(), largest);
        assertEquals(BigInteger.valueOf(Bounds.MAX_K), big.constant("k"));
        String[] reasons = {"k must be in [1, 64]", "the challenge window must be in [1, 2^32] seconds", "the response window must be in [1, 2^32] seconds",
                "the submitter's bond must be in [1, 2^60] wei", "the challenger's bond must be in [1, 2^60] wei", "phases must be 1 or 2"};
        long[][] over = {{Bounds.MAX_K + 1, 1, 1, 1, 1, 1}, {1, 1, Bounds.MAX_WINDOW + 1, 1, 1, 1}, {1, 1, 1, Bounds.MAX_WINDOW + 1, 1, 1},
                {1, 1, 1, 1, Bounds.MAX_BOND + 1, 1}, {1, 1, 1, 1, 1, Bounds.MAX_BOND + 1}, {1, 3, 1, 1, 1, 1}};
        for (int i = 0; i < over.length; i++) {
            long[] p = over[i];
            String args = org.web3j.abi.FunctionEncoder.encodeConstructor(List.of(new org.web3j.abi.datatypes.Address(verifier.address()),
                    Abi.uint(p[0]), Abi.uint(p[1]), Abi.uint(p[2]), Abi.uint(p[3]), Abi.uint(p[4]), Abi.uint(p[5])));
            int j = i;
            assertReverts(reasons[j], () -> chain.deploy(chain.account(0), Artifact.load("BisectionGame"), args));
            Executable javaRefuses = () -> new Rules((int) p[0], (int) p[1], p[2], p[3], p[4], p[5]);
            assertThrows(IllegalArgumentException.class, javaRefuses::run, "the Java referee refuses it too: " + reasons[j]);
        }
        // with the longest windows every deadline still fits: a claim posted now is challengeable for 2^32 seconds
        long taskId = task(big, 1);
        long id = big.submit(chain.account(1), taskId, TRUTHS.get(1).claim()).id();
        assertEquals(big.claim(id).postedAt() + Bounds.MAX_WINDOW, big.claim(id).windowEnd());
    }

    private interface Executable {
        void run();
    }

    /**
     * A transformer's layers output whole activations (hundreds of words): a one-phase game never posts them, so
     * gpt-tiny registers there; a two-phase game would have its submitter open a layer's output word by word, so it
     * refuses the model with its reason.
     */
    @Test
    void aTransformerRegistersForTheOnePhaseGameAndIsRefusedByTheTwoPhaseGame() {
        QuantizedModel gpt = Gpts.model(Gpts.TINY);
        LayeredProgram compiled = ModelCompiler.compile(gpt);
        assertTrue(compiled.whole().outputLength() <= Bounds.MAX_OUTPUT, "its output, the logits, is small");
        assertTrue(compiled.layers().stream().anyMatch(p -> p.outputLength() > Bounds.MAX_OUTPUT), "a layer outputs more than 64 words");
        BisectionGameContract one = game(1, 1);
        one.registerModel(chain.account(0), gpt.commitment(), compiled);
        long taskId = one.request(chain.account(0), BisectionGameContract.modelId(gpt.commitment(), compiled),
                Gpts.prompt(Gpts.TINY, 0)).id();
        assertTrue(taskId >= 0);
        assertReverts("a program has 1 to 64 output words",
                () -> game(1, 2).registerModel(chain.account(0), gpt.commitment(), compiled));
    }

    @Test
    void badMovesRevertWithAReason() {
        BisectionGameContract g = game(1, 1);
        long task = task(g, 0);
        HonestBelief truth = TRUTHS.get(0);
        CheatingBelief lie = new CheatingBelief(truth, 1, 3);
        Claim claim = lie.claim();
        Credentials sub = chain.account(1), cha = chain.account(2), stranger = chain.account(3);
        byte[] opening = BisectionGameContract.opening(claim.opening());
        BigInteger bond = BigInteger.valueOf(g.rules().submitterBond());

        // malformed submissions: wrong bond, a wrong output, a broken opening, an absurd trace length, an unknown function
        assertReverts("the bond must be sent with the move, exactly",
                () -> g.submit(sub, task, claim.output(), claim.finalStateHash(), claim.steps(), opening, BigInteger.ONE));
        long[] other = claim.output();
        other[0]++;
        assertReverts("an output word differs from the opened memory", () -> g.submit(sub, task, other, claim.finalStateHash(), claim.steps(), opening, bond));
        byte[] cut = java.util.Arrays.copyOf(opening, opening.length - 1);
        assertReverts("the opening must be the state and one proof per output word",
                () -> g.submit(sub, task, claim.output(), claim.finalStateHash(), claim.steps(), cut, bond));
        assertReverts("the opened state is not at the claimed step",
                () -> g.submit(sub, task, claim.output(), claim.finalStateHash(), claim.steps() + 1, opening, bond));
        assertReverts("the trace length must be in [1, 2^48]",
                () -> g.submit(sub, task, claim.output(), claim.finalStateHash(), Bounds.MAX_STEPS + 1, opening, bond));
        assertReverts("malformed calldata: no such function", () -> g.sendRaw(sub, "0xdeadbeef00", BigInteger.ZERO));

        long id = g.submit(sub, task, claim).id();
        assertReverts("a submitter cannot challenge its own claim", () -> g.challenge(sub, id));
        assertReverts("the bond must be sent with the move, exactly", () -> g.challenge(cha, id, BigInteger.TEN));
        long d = g.challenge(cha, id).id();
        long second = g.challenge(stranger, id).id();
        assertTrue(second != d, "a second challenger opens a dispute of its own");
        long hi = g.paddedLength(claim.steps());
        List<Bytes32> one = List.of(lie.stepHash(hi / 2));
        // out of turn: the challenger bisects, a stranger moves, the submitter selects
        assertReverts("out of turn: it is the submitter's move", () -> g.send(cha, d, new Move.Bisect(one)));
        assertReverts("out of turn: it is the submitter's move", () -> g.send(stranger, d, new Move.Bisect(one)));
        assertReverts("out of turn: it is the submitter's move", () -> g.send(cha, d, new Move.Select(0)));
        assertReverts("too early: the deadline has not passed", () -> g.send(stranger, d, new Move.Timeout()));
        assertReverts("out of range: expected k hashes", () -> g.send(sub, d, new Move.Bisect(List.of(Bytes32.ZERO, Bytes32.ZERO))));
        g.send(sub, d, new Move.Bisect(one));
        assertReverts("out of turn: it is the challenger's move", () -> g.send(sub, d, new Move.Select(0)));
        assertReverts("out of range: the index must be in [0, k]", () -> g.send(cha, d, new Move.Select(2)));
        assertReverts("out of turn: a one-step proof is not expected now", () -> g.send(cha, d, new Move.ProveStep(new byte[0])));
        // a move after the deadline; then anyone may claim the timeout for the waiting side
        chain.advanceTime(g.rules().responseWindow() + 1);
        assertReverts("after the deadline: the move came too late", () -> g.send(cha, d, new Move.Select(0)));
        assertReverts("the claim is not rejected: the dispute goes on", () -> g.close(stranger, d));
        g.send(stranger, d, new Move.Timeout());
        BisectionGameContract.DisputeView v = g.dispute(d);
        assertTrue(v.submitterWon() && v.ruling().equals("timeout: the challenger did not move in time"), v.toString());
        assertReverts("the dispute is already resolved", () -> g.send(cha, d, new Move.Select(0)));
        assertReverts("too early: the challenge window is still open", () -> g.finalizeClaim(stranger, id));
        // the second dispute: the submitter is silent, the waiting stranger wins, the claim is rejected
        g.send(stranger, second, new Move.Timeout());
        assertEquals(BisectionGameContract.Status.REJECTED, g.claim(id).status());
        assertReverts("the claim is rejected: it takes no more challenges", () -> g.challenge(chain.account(4), id));
        assertReverts("the claim is already rejected", () -> g.finalizeClaim(stranger, id));
        assertEquals(g.held(), chain.balance(g.address()));

        // a malformed one-step witness is refused with the verifier's reason, and the game goes on
        long id2 = g.submit(sub, task, claim).id();
        long d2 = g.challenge(cha, id2).id();
        long lo = 0, h = hi;
        while (h - lo > 1) {
            long mid = lo + (h - lo) / 2;
            g.send(sub, d2, new Move.Bisect(List.of(lie.stepHash(mid))));
            boolean agree = truth.stepHash(mid).equals(lie.stepHash(mid));
            g.send(cha, d2, new Move.Select(agree ? 1 : 0));
            if (agree) lo = mid;
            else h = mid;
        }
        long leaf = lo;
        byte[] w = truth.stepWitness(leaf);
        assertReverts("witness shorter than a state (177 bytes)", () -> g.send(cha, d2, new Move.ProveStep(new byte[10])));
        assertReverts("keccak256(preState) differs from the pre-state hash", () -> g.send(cha, d2, new Move.ProveStep(truth.stepWitness(leaf + 1))));
        byte[] longer = java.util.Arrays.copyOf(w, w.length + 1);
        assertReverts("witness has trailing bytes", () -> g.send(cha, d2, new Move.ProveStep(longer)));
        g.send(cha, d2, new Move.ProveStep(w));
        BisectionGameContract.DisputeView won = g.dispute(d2);
        assertTrue(!won.submitterWon() && won.disputedStep() == leaf + 1, won.toString());
        assertEquals(BisectionGameContract.Status.REJECTED, g.claim(id2).status());
    }

    private static void assertReverts(String reason, Executable move) {
        ChainException e = assertThrows(ChainException.class, move::run, "expected a revert: " + reason);
        assertTrue(e.reverted(), "a revert, not a node failure: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), "expected reason \"" + reason + "\", got \"" + e.getMessage() + "\"");
    }
}
