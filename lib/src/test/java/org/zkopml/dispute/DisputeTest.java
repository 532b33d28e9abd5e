package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.SyntheticModels;

class DisputeTest {
    static final LayeredProgram MODEL = SyntheticModels.mlp(5, 6, 5, 4, 3);
    static final long[] INPUT = SyntheticModels.input(8, 6);

    @ParameterizedTest(name = "k={0}, phases={1}")
    @CsvSource({"1,1", "3,1", "1,2", "3,2"})
    void aCheatAtARandomStepIsCaughtAtExactlyThatStep(int k, int phases) {
        SplittableRandom rnd = new SplittableRandom(17 * k + phases);
        for (int t = 0; t < 6; t++) {
            long seed = rnd.nextLong();
            DisputeResult r = Dispute.play(MODEL, INPUT, Rules.of(k, phases), Cheat.random(), seed);
            assertEquals(Party.CHALLENGER, r.winner(), r.resolution());
            assertEquals(Party.CHALLENGER, r.honest());
            assertTrue(r.oneStepVerified(), r.resolution());
            assertEquals(r.cheatStep(), r.disputedStep(), "disputed step");
            assertEquals(r.expectedRounds(), r.rounds(), "rounds");
            if (phases == 1) assertEquals(Bisection.rounds(r.traceLength(), k), r.rounds());
            else assertEquals(Bisection.rounds(r.layers() + 1L, k), r.layerRounds());
        }
    }

    @Test
    void aListenerSeesBothRunsAndEveryRoundWithoutChangingTheResult() {
        Task task = Task.of(MODEL, INPUT);
        List<String> events = new java.util.ArrayList<>();
        List<GameState> states = new java.util.ArrayList<>();
        DisputeListener listener = new DisputeListener() {
            @Override
            public void running(Party party, long steps) {
                events.add(party + " running " + steps);
            }

            @Override
            public void ran(Party party, long length) {
                events.add(party + " ran " + length);
            }

            @Override
            public void gameStarts(long length) {
                events.add("game " + length);
            }

            @Override
            public void moved(GameState state) {
                states.add(state);
            }
        };
        DisputeResult watched = Dispute.play(task, Rules.of(3, 2), Cheat.random(), 11, listener);
        DisputeResult plain = Dispute.play(task, Rules.of(3, 2), Cheat.random(), 11);
        long n = plain.traceLength();
        // the two parties run at once, each on its own thread: each one's reports come in order, then the game starts
        for (Party p : Party.values()) {
            assertEquals(List.of(p + " running " + n, p + " ran " + n), events.stream().filter(e -> e.startsWith(p.name())).toList(),
                    "the model is shorter than one checkpoint interval: one report per run");
        }
        assertEquals(5, events.size(), events.toString());
        assertEquals("game " + n, events.get(4));
        assertEquals(plain.rounds(), watched.rounds());
        assertEquals(plain.disputedStep(), watched.disputedStep());
        assertEquals(plain.game().log().size(), watched.game().log().size());
        assertEquals(plain.game().log().size() + 1, states.size(), "the posted claim, then one state per logged move");
        for (int j = 1; j < states.size(); j++) assertTrue(states.get(j).rounds() >= states.get(j - 1).rounds(), "rounds never go back");
        assertTrue(states.get(states.size() - 1).resolved());
        assertEquals(watched.rounds(), states.get(states.size() - 1).rounds());
    }

    @Test
    void cheatsAtTheFirstAndTheLastStepAreCaught() {
        for (int phases = 1; phases <= 2; phases++) {
            DisputeResult first = Dispute.play(MODEL, INPUT, Rules.of(1, phases), Cheat.atStep(1), 1);
            DisputeResult last = Dispute.play(MODEL, INPUT, Rules.of(3, phases), Cheat.atStep(Long.MAX_VALUE), 1);
            assertEquals(1, first.disputedStep().orElseThrow());
            assertEquals(first.traceLength(), last.disputedStep().orElseThrow());
            assertEquals(Party.CHALLENGER, first.winner());
            assertEquals(Party.CHALLENGER, last.winner());
        }
    }

    @ParameterizedTest(name = "k={0}, phases={1}")
    @CsvSource({"1,1", "3,1", "1,2", "3,2"})
    void aDishonestChallengerLoses(int k, int phases) {
        for (long seed = 0; seed < 4; seed++) {
            DisputeResult r = Dispute.play(MODEL, INPUT, Rules.of(k, phases), Cheat.none(), seed);
            assertEquals(Party.SUBMITTER, r.winner(), r.resolution());
            assertEquals(Party.SUBMITTER, r.honest());
        }
    }

    private static Ledger funded() {
        Ledger l = new Ledger();
        l.deposit(Party.SUBMITTER, 5_000).orElseThrow();
        l.deposit(Party.CHALLENGER, 5_000).orElseThrow();
        return l;
    }

    @Test
    void aLazySubmitterLosesAndAnUnchallengedClaimIsPaidBack() {
        Task task = Task.of(MODEL, INPUT);
        HonestBelief truth = new HonestBelief(task, 64);
        for (int phases = 1; phases <= 2; phases++) {
            Ledger l = funded();
            GameRecord g = Arena.play(new Referee(Rules.of(1, phases), task), new SubmitterActor("s", new LazyBelief(task, 500, 3)),
                    ChallengerActor.honest("c", truth), l);
            assertEquals(Party.CHALLENGER, g.winner(), g.end().resolution());
            assertEquals(6_000, l.balance(Party.CHALLENGER));
            assertEquals(4_000, l.balance(Party.SUBMITTER));
        }
        Ledger l = funded();
        GameRecord g = Arena.play(new Referee(Rules.of(1, 1), task), new SubmitterActor("s", truth), ChallengerActor.honest("c", truth), l);
        assertEquals(Party.SUBMITTER, g.winner());
        assertTrue(g.end().resolution().startsWith("unchallenged"), g.end().resolution());
        assertEquals(5_000, l.balance(Party.SUBMITTER));
        assertEquals(5_000, l.balance(Party.CHALLENGER));
    }

    @Test
    void aNonRespondingCheaterLosesByTimeout() {
        Task task = Task.of(MODEL, INPUT);
        HonestBelief truth = new HonestBelief(task, 64);
        SubmitterActor cheater = new SubmitterActor("s", new CheatingBelief(truth, 40, 1));
        GameRecord g = Arena.play(new Referee(Rules.of(1, 1), task), cheater.claim(), new SilentActor(cheater, 2), ChallengerActor.honest("c", truth), funded());
        assertEquals(Party.CHALLENGER, g.winner());
        assertTrue(g.end().resolution().startsWith("timeout"), g.end().resolution());
        assertFalse(g.end().oneStepVerified());
    }

    private static String reason(Verdict<GameState> v) {
        assertTrue(v.rejected(), "expected a rejection, got " + v);
        return v.reason();
    }

    @Test
    void invalidMovesAreRejectedWithAReason() {
        Task task = Task.of(MODEL, INPUT);
        HonestBelief truth = new HonestBelief(task, 64);
        Rules rules = Rules.of(3, 1);
        Referee ref = new Referee(rules, task);
        Claim cheat = new CheatingBelief(truth, 30, 2).claim();
        GameState s = ref.post(cheat, 0).value();
        Bytes32 z = Bytes32.ZERO;
        assertTrue(reason(ref.apply(s, Party.SUBMITTER, 1, new Move.Bisect(List.of()))).startsWith("out of turn"));
        assertTrue(reason(ref.apply(s, Party.CHALLENGER, 101, new Move.Challenge())).startsWith("after the deadline"));
        assertTrue(reason(ref.apply(s, Party.SUBMITTER, 50, new Move.Timeout())).startsWith("too early"));
        Verdict<GameState> challenged = ref.apply(s, Party.CHALLENGER, 5, new Move.Challenge());
        assertTrue(challenged.accepted());
        s = challenged.value();
        assertEquals(Phase.STEP_BISECTION, s.phase());
        assertTrue(reason(ref.apply(s, Party.SUBMITTER, 6, new Move.Bisect(List.of(z)))).startsWith("out of range"));
        assertTrue(reason(ref.apply(s, Party.SUBMITTER, 16, new Move.Bisect(List.of(z, z, z)))).startsWith("after the deadline"));
        assertTrue(reason(ref.apply(s, Party.SUBMITTER, 4, new Move.Bisect(List.of(z, z, z)))).startsWith("backdated"));
        assertTrue(reason(ref.apply(s, Party.CHALLENGER, 6, new Move.Select(0))).startsWith("out of turn"));
        s = ref.apply(s, Party.SUBMITTER, 6, new Move.Bisect(List.of(z, z, z))).value();
        assertTrue(reason(ref.apply(s, Party.CHALLENGER, 7, new Move.Select(4))).startsWith("out of range"));
        assertTrue(reason(ref.apply(s, Party.CHALLENGER, 7, new Move.Select(-1))).startsWith("out of range"));
        assertTrue(reason(ref.apply(s, Party.CHALLENGER, 7, new Move.ProveStep(new byte[0]))).startsWith("no one-step proof"));
        GameState after = ref.apply(s, Party.SUBMITTER, 17, new Move.Timeout()).value();
        assertEquals(Party.SUBMITTER, ((GameState.Resolved) after).winner());
        assertTrue(reason(ref.apply(after, Party.CHALLENGER, 18, new Move.Select(0))).contains("already resolved"));
        // A claim whose opening does not match its output is refused outright.
        Claim honest = truth.claim();
        Claim forged = new Claim(honest.modelCommitment(), honest.inputRoot(), new long[] {honest.output()[0] + 1}, honest.finalStateHash(), honest.steps(), honest.opening());
        assertTrue(ref.post(forged, 0).reason().contains("output word 0"));
    }

    @Test
    void anInvalidWitnessIsRejectedAndTheHonestSideStillWins() {
        Task task = Task.of(MODEL, INPUT);
        HonestBelief truth = new HonestBelief(task, 64);
        Referee ref = new Referee(Rules.of(1, 1), task);
        SubmitterActor cheater = new SubmitterActor("s", new CheatingBelief(truth, 25, 9));
        ChallengerActor honest = ChallengerActor.honest("c", truth);
        GameState s = ref.post(cheater.claim(), 0).value();
        long now = 0;
        while (!(s instanceof GameState.StepProof)) {
            GameState.Pending p = (GameState.Pending) s;
            Actor a = p.turn() == Party.SUBMITTER ? cheater : honest;
            s = ref.apply(s, a.side(), ++now, a.act(p).orElseThrow()).value();
        }
        GameState.StepProof proof = (GameState.StepProof) s;
        byte[] w = truth.stepWitness(proof.interval().lo());
        w[w.length - 1] ^= 1;
        Verdict<GameState> bad = ref.apply(s, Party.CHALLENGER, now + 1, new Move.ProveStep(w));
        assertFalse(bad.accepted());
        assertTrue(bad.reason().startsWith("invalid one-step witness"), bad.reason());
        GameState.Resolved good = (GameState.Resolved) ref.apply(s, Party.CHALLENGER, now + 2, honest.act(proof).orElseThrow()).value();
        assertEquals(Party.CHALLENGER, good.winner());
        assertEquals(25, good.disputedStep().orElseThrow());
    }

    @Test
    void equalClaimsAreEqual() {
        Task task = Task.of(MODEL, INPUT);
        Claim a = new HonestBelief(task, 64).claim();
        Claim b = new HonestBelief(task, 32).claim();
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new CheatingBelief(new HonestBelief(task, 64), 3, 1).claim());
    }

    @Test
    void movesAndStatesAreValues() {
        List<Bytes32> hashes = new java.util.ArrayList<>(List.of(Bytes32.ZERO));
        Move.Bisect b = new Move.Bisect(hashes);
        hashes.add(Bytes32.ZERO);
        assertEquals(1, b.hashes().size(), "the move copied the list");
        assertThrows(UnsupportedOperationException.class, () -> b.hashes().add(Bytes32.ZERO));
        assertEquals(new Move.Bisect(List.of(Bytes32.ZERO)), b);
        byte[] w = {1, 2, 3};
        Move.ProveStep p = new Move.ProveStep(w);
        w[0] = 9;
        p.witness()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, p.witness());
        assertEquals(new Move.ProveStep(new byte[] {1, 2, 3}), p);
        Task task = Task.of(MODEL, INPUT);
        assertEquals(task, Task.of(MODEL, INPUT));
        GameState s = new Referee(Rules.of(1, 1), task).post(new HonestBelief(task, 64).claim(), 0).value();
        assertEquals(s, new Referee(Rules.of(1, 1), task).post(new HonestBelief(task, 32).claim(), 0).value(), "equal claims give equal states");
    }
}
