package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.SyntheticModels;

/**
 * Any number of challengers, each with its own dispute and bond: the attack that broke "one honest watcher is
 * enough" — the submitter's accomplice challenges first and loses on purpose — fails; a third party finalizes;
 * a late challenge is refused; and an attacker with B bonds cannot delay an honest claim past the bound of one
 * dispute.
 */
class ManyChallengersTest {
    static final LayeredProgram MODEL = SyntheticModels.mlp(5, 6, 5, 4, 3);
    static final Task TASK = Task.of(MODEL, SyntheticModels.input(8, 6));
    static final HonestBelief TRUTH = new HonestBelief(TASK, 64);

    static Ledger funded(String... accounts) {
        Ledger l = new Ledger();
        l.deposit(Dispute.SUBMITTER, 5_000).orElseThrow();
        for (String a : accounts) l.deposit(a, 5_000).orElseThrow();
        return l;
    }

    @ParameterizedTest(name = "k={0}, phases={1}, accomplice {2}")
    @CsvSource({"1, 1, colluding", "3, 1, silent", "1, 2, colluding", "2, 2, silent"})
    void theAccompliceChallengesFirstAndLosesOnPurposeButTheHonestChallengerStillRejectsTheFalseClaim(int k, int phases, String how) {
        Rules rules = Rules.of(k, phases);
        Belief lie = new CheatingBelief(TRUTH, 17, 1);
        Ledger ledger = funded("accomplice", "alice");
        Game game = Game.open(new Referee(rules, TASK), ledger, Dispute.SUBMITTER, 0, lie.claim()).orElseThrow();
        Actor accomplice = how.equals("silent") ? new SilentActor(ChallengerActor.colluding("accomplice"), 1) : ChallengerActor.colluding("accomplice");
        List<Arena.Entrant> cast = List.of(new Arena.Entrant("accomplice", accomplice, 0),
                new Arena.Entrant("alice", ChallengerActor.honest("alice", TRUTH), rules.challengeWindow() * 3 / 4));
        ClaimRecord r = Arena.play(game, new SubmitterActor("mallory", lie), cast, "keeper", DisputeListener.NONE);

        assertEquals(Standing.REJECTED, r.standing(), "the false claim never settles");
        assertEquals(2, r.end().disputes().size());
        assertEquals("accomplice", r.end().disputes().get(0).challenger(), "the accomplice challenged first");
        assertEquals(1, r.end().rejectedBy().getAsInt(), "alice's dispute rejected the claim");
        GameState.Resolved alice = (GameState.Resolved) r.end().dispute(1);
        assertEquals(Party.CHALLENGER, alice.winner());
        GameState.Resolved acc = (GameState.Resolved) r.end().dispute(0);
        assertTrue(acc.winner() == Party.SUBMITTER || acc.ending() == Ending.CLAIM_REJECTED, "the accomplice lost, or its dispute ended: " + acc.resolution());
        // alice gets her bond back and the submitter's; the cheater keeps at most its accomplice's bond (its own money)
        assertEquals(5_000 + 1_000, ledger.balance("alice"));
        assertEquals(3 * 5_000, ledger.total());
        assertEquals(0, ledger.escrow());
        assertEquals(ledger.balance(Dispute.SUBMITTER) + ledger.balance("accomplice"), 2 * 5_000 - 1_000, "the cheating pair lost exactly the submitter's bond");
    }

    @Test
    void withOnlyTheAccompliceTheFalseClaimWouldFinalize_theOneOfNAssumption() {
        Belief lie = new CheatingBelief(TRUTH, 17, 1);
        Ledger ledger = funded("accomplice");
        Game game = Game.open(new Referee(Rules.of(1, 1), TASK), ledger, Dispute.SUBMITTER, 0, lie.claim()).orElseThrow();
        ClaimRecord r = Arena.play(game, new SubmitterActor("mallory", lie), List.of(new Arena.Entrant("accomplice", ChallengerActor.colluding("accomplice"), 0)),
                "keeper", DisputeListener.NONE);
        assertEquals(Standing.FINAL, r.standing(), "without an honest watcher in the window, nothing can stop a false claim");
    }

    @Test
    void aLateChallengeIsRefusedAndAThirdPartyFinalizesAfterTheWindow() {
        Rules rules = Rules.of(1, 1);
        Referee ref = new Referee(rules, TASK);
        Ledger ledger = funded("bob");
        Game game = Game.open(ref, ledger, Dispute.SUBMITTER, 0, TRUTH.claim()).orElseThrow();
        game.waitUntil(rules.challengeWindow());
        Verdict<Docket> early = game.finalizeClaim("keeper");
        assertTrue(early.rejected() && early.reason().startsWith("too early"), early.reason());
        game.waitUntil(rules.challengeWindow() + 1);
        Verdict<Integer> late = game.challenge("bob");
        assertTrue(late.rejected() && late.reason().startsWith("after the deadline"), late.reason());
        assertEquals(5_000, ledger.balance("bob"), "a refused challenge locks nothing");
        Verdict<Docket> fin = game.finalizeClaim("keeper");
        assertTrue(fin.accepted(), fin.reason());
        assertEquals(Standing.FINAL, game.docket().standing());
        assertEquals(5_000, ledger.balance(Dispute.SUBMITTER), "the submitter's bond came back");
        assertTrue(game.finalizeClaim("keeper").rejected(), "final once");
    }

    @Test
    void aClaimIsFinalOnlyAfterEveryDisputeWentTheSubmittersWay() {
        Rules rules = Rules.of(1, 1);
        Ledger ledger = funded("c1", "c2");
        Game game = Game.open(new Referee(rules, TASK), ledger, Dispute.SUBMITTER, 0, TRUTH.claim()).orElseThrow();
        SubmitterActor submitter = new SubmitterActor("honest", TRUTH);
        game.waitUntil(5);
        assertEquals(0, game.challenge("c1").orElseThrow());
        assertTrue(game.challenge(Dispute.SUBMITTER).rejected(), "a submitter cannot challenge its own claim");
        game.waitUntil(6);
        assertEquals(1, game.challenge("c2").orElseThrow());
        for (int i = 0; i < 2; i++) assertTrue(game.send(i, Party.SUBMITTER, submitter.act((GameState.Pending) game.docket().dispute(i)).orElseThrow()).accepted());
        // both challengers stay silent; c1's deadline passes first and the submitter claims that dispute
        game.waitUntil(((GameState.Pending) game.docket().dispute(0)).deadline() + 1);
        assertTrue(game.send(0, Party.SUBMITTER, new Move.Timeout()).accepted());
        assertEquals(Standing.OPEN, game.docket().standing(), "one dispute won: the claim is not final while the window is open");
        assertEquals(5_000 - 1_000 + 1_000, ledger.balance(Dispute.SUBMITTER), "c1's bond went to the submitter");
        game.waitUntil(rules.challengeWindow() + 1);
        Verdict<Docket> fin = game.finalizeClaim("keeper");
        assertTrue(fin.rejected() && fin.reason().contains("still open"), fin.reason());
        assertTrue(game.send(1, Party.SUBMITTER, new Move.Timeout()).accepted());
        assertTrue(game.finalizeClaim("keeper").accepted());
        assertEquals(5_000 + 2_000, ledger.balance(Dispute.SUBMITTER), "both bonds won, its own back");
        assertEquals(0, ledger.escrow());
    }

    @Test
    void anAttackerWithBBondsDelaysAnHonestClaimNoMoreThanWithOne() {
        for (int phases = 1; phases <= 2; phases++) {
            Rules rules = Rules.of(1, phases);
            Referee ref = new Referee(rules, TASK);
            List<Long> settled = new ArrayList<>();
            for (int b : new int[] {1, 4, 16}) {
                String[] accounts = new String[b];
                List<Arena.Entrant> cast = new ArrayList<>();
                for (int i = 0; i < b; i++) {
                    accounts[i] = "attacker-" + i;
                    // every attacker challenges at the last moment and then moves at each deadline: the slowest legal play
                    Actor slow = new SlowActor(ChallengerActor.dishonest(accounts[i], TRUTH, i), rules.responseWindow());
                    cast.add(new Arena.Entrant(accounts[i], slow, rules.challengeWindow()));
                }
                Ledger ledger = funded(accounts);
                Game game = Game.open(ref, ledger, Dispute.SUBMITTER, 0, TRUTH.claim()).orElseThrow();
                ClaimRecord r = Arena.play(game, new SubmitterActor("honest", TRUTH), cast, "keeper", DisputeListener.NONE);
                assertEquals(Standing.FINAL, r.standing());
                assertEquals(b, r.end().disputes().size(), "every attacker opened its own dispute");
                assertEquals(5_000 + b * 1_000L, ledger.balance(Dispute.SUBMITTER), "the honest submitter won every attacker's bond");
                assertTrue(r.end().time() <= ref.settlementBound(TRUTH.claim()),
                        "settled at " + r.end().time() + ", bound " + ref.settlementBound(TRUTH.claim()) + " (B = " + b + ", phases = " + phases + ")");
                settled.add(r.end().time());
            }
            // one phase: every dispute takes exactly 2R + 1 moves, so 16 attackers delay the claim exactly as long as one;
            // two phases: a random selection may end past the output (sooner) or in a long layer — never past the bound
            if (phases == 1) assertEquals(settled.get(0), settled.get(2), "16 attackers delay the claim exactly as long as one: " + settled);
            assertTrue(java.util.Collections.max(settled) > rules.challengeWindow() + 5L * rules.responseWindow(), "the attack did delay it: " + settled);
        }
    }
}
