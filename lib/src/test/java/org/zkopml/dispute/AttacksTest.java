package org.zkopml.dispute;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.LayeredProgram;
import org.zkopml.vm.SyntheticModels;

/**
 * The five attacks of the issue "The dispute game at its edges", each as it was found. Every test here
 * failed on the referee before the fix (main at 03baf0d: an ArithmeticException escaping {@code apply},
 * the challenger losing a false two-phase claim, a backdated challenge accepted, a timeout by nobody
 * resolving with no winner, the ledger crediting a negative lock); each now shows the rule that stops it.
 */
class AttacksTest {
    static final LayeredProgram MODEL = SyntheticModels.mlp(5, 6, 5, 4, 3);
    static final long[] INPUT = SyntheticModels.input(8, 6);
    static final Task TASK = Task.of(MODEL, INPUT);
    static final HonestBelief TRUTH = new HonestBelief(TASK, 64);

    static Ledger funded() {
        Ledger l = new Ledger();
        l.deposit(Party.SUBMITTER, 5_000).orElseThrow();
        l.deposit(Party.CHALLENGER, 5_000).orElseThrow();
        return l;
    }

    static long[] wrongOutput() {
        long[] y = TRUTH.output();
        y[0] += 1;
        return y;
    }

    /** Attack 1: a self-consistent false claim at a step count so large that bisection arithmetic overflows. */
    @Nested
    class UnchallengeableClaim {
        @ParameterizedTest(name = "k={0}")
        @ValueSource(ints = {1, 2, 3, 7})
        void aClaimAtLongMaxValueStepsIsRefusedAndTheArenaDoesNotCrash(int k) {
            Claim c = new LazyBelief(TASK, wrongOutput(), Long.MAX_VALUE, 1).claim();
            Referee ref = new Referee(Rules.of(k, 1), TASK);
            Verdict<GameState> posted = ref.post(c, 0);
            assertTrue(posted.rejected());
            assertTrue(posted.reason().startsWith("out of range"), posted.reason());
            Ledger l = funded();
            assertThrows(IllegalArgumentException.class, () -> Arena.play(ref, c, new SubmitterActor("s", TRUTH), ChallengerActor.honest("c", TRUTH), l));
            assertEquals(5_000, l.balance(Party.SUBMITTER), "nothing was locked for a refused claim");
            assertEquals(0, l.escrow());
        }

        @ParameterizedTest(name = "k={0}")
        @ValueSource(ints = {1, 3, 7})
        void aFalseClaimAtTheLargestAllowedStepCountIsStillCaught(int k) {
            for (int phases = 1; phases <= 2; phases++) {
                SubmitterActor lazy = new SubmitterActor("s", new LazyBelief(TASK, wrongOutput(), Referee.MAX_STEPS, 2));
                Ledger l = funded();
                GameRecord g = Arena.play(new Referee(Rules.of(k, phases), TASK), lazy, ChallengerActor.honest("c", TRUTH), l);
                assertEquals(Party.CHALLENGER, g.winner(), g.end().resolution());
                assertEquals(6_000, l.balance(Party.CHALLENGER));
                assertEquals(10_000, l.total());
            }
        }

        @Test
        void aLayerOpeningAtLongMaxValueStepsIsRefusedAndTheSubmitterLosesByTimeout() {
            Referee ref = new Referee(Rules.of(1, 2), TASK);
            CheatingBelief lie = new CheatingBelief(new HonestBelief(TASK, 64), 20, 3);
            SubmitterActor cheater = new SubmitterActor("s", lie);
            ChallengerActor honest = ChallengerActor.honest("c", TRUTH);
            GameState s = ref.post(cheater.claim(), 0).value();
            long now = 0;
            while (!(s instanceof GameState.LayerOpening)) {
                GameState.Pending p = (GameState.Pending) s;
                Actor a = p.turn() == Party.SUBMITTER ? cheater : honest;
                s = ref.apply(s, a.side(), ++now, a.act(p).orElseThrow()).value();
            }
            Move.OpenLayer o = lie.layerOpening(((GameState.LayerOpening) s).layer());
            Move.OpenLayer huge = new Move.OpenLayer(o.output(), Long.MAX_VALUE, o.finalStateHash(), o.opening());
            Verdict<GameState> v = ref.apply(s, Party.SUBMITTER, now + 1, huge);
            assertTrue(v.rejected());
            assertTrue(v.reason().startsWith("out of range"), v.reason());
            GameState.Resolved end = (GameState.Resolved) ref.apply(s, Party.CHALLENGER, ((GameState.Pending) s).deadline() + 1, new Move.Timeout()).value();
            assertEquals(Party.CHALLENGER, end.winner());
        }
    }

    /** A submitter with the true output, the true layer roots and trace, but a false final state and step count. */
    static final class FalseFinalState implements Belief {
        private final Claim claim = new LazyBelief(TASK, TRUTH.output(), TRUTH.replay().length() + 12_345, 5).claim();

        @Override public Claim claim() { return claim; }
        @Override public Bytes32 stepHash(long i) { return i >= claim.steps() ? claim.finalStateHash() : TRUTH.stepHash(i); }
        @Override public byte[] stepWitness(long i) { return TRUTH.stepWitness(i); }
        @Override public Bytes32 layerRoot(long p) { return p > TASK.layers() ? claim.finalStateHash() : TRUTH.layerRoot(p); }
        @Override public Move.OpenLayer layerOpening(int layer) { return TRUTH.layerOpening(layer); }
        @Override public Bytes32 layerStepHash(int layer, long i) { return TRUTH.layerStepHash(layer, i); }
        @Override public byte[] layerStepWitness(int layer, long i) { return TRUTH.layerStepWitness(layer, i); }
    }

    /** Attack 2: the two-phase game judged only the output; now the final state hash and step count are bound in. */
    @ParameterizedTest(name = "k={0}")
    @ValueSource(ints = {1, 3})
    void theTwoPhaseGameJudgesTheFinalStateAndStepCount(int k) {
        for (int phases = 1; phases <= 2; phases++) {
            Ledger l = funded();
            SubmitterActor s = new SubmitterActor("s", new FalseFinalState());
            assertArrayEquals(TRUTH.output(), s.claim().output(), "the claimed output is the true one");
            GameRecord g = Arena.play(new Referee(Rules.of(k, phases), TASK), s, ChallengerActor.honest("c", TRUTH), l);
            assertEquals(Party.CHALLENGER, g.winner(), "phases=" + phases + ": " + g.end().resolution());
            assertTrue(g.end().oneStepVerified(), g.end().resolution());
            assertTrue(g.end().disputedLayer().isEmpty(), "decided on the whole program's trace");
            assertEquals(6_000, l.balance(Party.CHALLENGER));
        }
    }

    /** Attack 3: time belongs to the referee's caller, never to the move; it cannot go back, and deadlines cannot overflow. */
    @Nested
    class Time {
        final Referee ref = new Referee(Rules.of(1, 1), TASK);

        @Test
        void aChallengeStampedBeforeTheClaimIsRejected() {
            GameState s = ref.post(new CheatingBelief(TRUTH, 5, 1).claim(), 500).value();
            Verdict<GameState> v = ref.apply(s, Party.CHALLENGER, -1_000_000, new Move.Challenge());
            assertTrue(v.rejected());
            assertTrue(v.reason().startsWith("backdated"), v.reason());
        }

        @Test
        void neitherSideCanBackdateAMoveToShortenTheOthersWindow() {
            GameState s = ref.post(TRUTH.claim(), 0).value();
            assertTrue(ref.apply(s, Party.CHALLENGER, 50, new Move.Challenge()).accepted());
            GameState challenged = ref.apply(s, Party.CHALLENGER, 50, new Move.Challenge()).value();
            GameState.Pending p = (GameState.Pending) challenged;
            assertEquals(60, p.deadline(), "the deadline runs from the referee's time of the challenge");
            List<Bytes32> mid = List.of(TRUTH.stepHash(((GameState.StepBisection) p).interval().points()[0]));
            assertTrue(ref.apply(challenged, Party.SUBMITTER, 49, new Move.Bisect(mid)).reason().startsWith("backdated"));
            assertTrue(ref.apply(challenged, Party.SUBMITTER, 58, new Move.Bisect(mid)).accepted(), "a prompt reply is in time");
        }

        @Test
        void aClaimPostedNearTheEndOfTimeIsRefusedInsteadOfGettingANegativeDeadline() {
            for (long t : new long[] {Long.MAX_VALUE - 5, Long.MAX_VALUE, Referee.MAX_TIME + 1, -1, Long.MIN_VALUE}) {
                Verdict<GameState> v = ref.post(TRUTH.claim(), t);
                assertTrue(v.rejected(), "posted at " + t);
            }
            GameState.Pending last = (GameState.Pending) ref.post(TRUTH.claim(), Referee.MAX_TIME).value();
            assertTrue(last.deadline() > Referee.MAX_TIME);
            assertTrue(ref.apply(last, Party.SUBMITTER, Referee.MAX_TIME, new Move.Timeout()).rejected(), "not settled at once");
        }
    }

    /** Attack 4: a timeout sent by nobody resolved the game with no winner, and the arena paid the challenger. */
    @Nested
    class Identity {
        @Test
        void aMoveWithoutASenderIsRejected() {
            Referee ref = new Referee(Rules.of(1, 1), TASK);
            GameState s = ref.post(TRUTH.claim(), 0).value();
            s = ref.apply(s, Party.CHALLENGER, 1, new Move.Challenge()).value();
            long late = ((GameState.Pending) s).deadline() + 1;
            Verdict<GameState> v = ref.apply(s, null, late, new Move.Timeout());
            assertTrue(v.rejected());
            assertTrue(v.reason().contains("without a sender"), v.reason());
            assertTrue(ref.apply(s, null, 2, new Move.Bisect(List.of(Bytes32.ZERO))).rejected());
        }

        @Test
        void aTimeoutAlwaysPaysTheWaitingSideWhoeverSendsIt() {
            for (Party sender : Party.values()) {
                Referee ref = new Referee(Rules.of(1, 1), TASK);
                Ledger l = funded();
                Game g = Game.open(ref, l, Party.SUBMITTER, 0, TRUTH.claim()).value();
                g.waitUntil(1);
                assertTrue(g.challenge(Party.CHALLENGER.label()).accepted());
                g.waitUntil(((GameState.Pending) g.docket().dispute(0)).deadline() + 1);
                // The submitter's turn: it stays silent; whoever posts the timeout, the challenger (waiting) wins.
                GameState.Resolved end = (GameState.Resolved) g.send(0, sender, new Move.Timeout()).value().dispute(0);
                assertEquals(Party.CHALLENGER, end.winner());
                assertEquals(6_000, l.balance(Party.CHALLENGER));
                assertEquals(4_000, l.balance(Party.SUBMITTER));
                assertEquals(0, l.escrow());
            }
        }
    }

    /** Attack 5: the ledger accepted negative amounts and overflows, and a bond was taken after its move. */
    @Nested
    class Money {
        @Test
        void negativeAndZeroAmountsAreRejectedAndChangeNothing() {
            Ledger l = new Ledger();
            l.deposit(Party.SUBMITTER, 100).orElseThrow();
            assertTrue(l.lock(Party.SUBMITTER, -500).rejected());
            assertTrue(l.pay(Party.SUBMITTER, -10).rejected());
            assertTrue(l.deposit(Party.SUBMITTER, -1).rejected());
            assertTrue(l.deposit(Party.SUBMITTER, 0).rejected());
            assertTrue(l.lock(Party.SUBMITTER, 101).rejected());
            assertTrue(l.pay(Party.CHALLENGER, 1).rejected(), "nothing in escrow");
            assertTrue(l.deposit((String) null, 5).rejected());
            assertEquals(100, l.balance(Party.SUBMITTER));
            assertEquals(0, l.escrow());
            assertEquals(100, l.total());
        }

        @Test
        void depositsCannotOverflow() {
            Ledger l = new Ledger();
            l.deposit(Party.SUBMITTER, Long.MAX_VALUE - 10).orElseThrow();
            assertTrue(l.deposit(Party.SUBMITTER, 11).rejected());
            assertTrue(l.deposit(Party.CHALLENGER, 11).rejected(), "the total, not just one balance, is bounded");
            assertTrue(l.deposit(Party.CHALLENGER, 10).accepted());
            assertEquals(Long.MAX_VALUE, l.total());
            l.lock(Party.SUBMITTER, Long.MAX_VALUE - 10).orElseThrow();
            l.pay(Party.CHALLENGER, Long.MAX_VALUE - 10).orElseThrow();
            assertEquals(Long.MAX_VALUE, l.balance(Party.CHALLENGER));
        }

        @Test
        void aChallengerWithoutItsBondCannotChallengeAndNothingStaysInEscrow() {
            Ledger l = new Ledger();
            l.deposit(Party.SUBMITTER, 5_000).orElseThrow();
            GameRecord g = Arena.play(new Referee(Rules.of(1, 1), TASK), new SubmitterActor("s", TRUTH), ChallengerActor.dishonest("c", TRUTH, 1), l);
            assertEquals(Party.SUBMITTER, g.winner());
            assertTrue(g.log().get(0).reason().startsWith("the challenger's bond"), g.log().get(0).reason());
            assertEquals(5_000, l.balance(Party.SUBMITTER));
            assertEquals(0, l.escrow());
            assertEquals(5_000, l.total());
        }

        @Test
        void aSubmitterWithoutItsBondCannotPost() {
            Ledger l = new Ledger();
            l.deposit(Party.SUBMITTER, 999).orElseThrow();
            Verdict<Game> g = Game.open(new Referee(Rules.of(1, 1), TASK), l, Party.SUBMITTER, 0, TRUTH.claim());
            assertTrue(g.rejected());
            assertEquals(999, l.balance(Party.SUBMITTER));
            assertTrue(Game.open(new Referee(Rules.of(1, 1), TASK), funded(), Party.CHALLENGER, 0, TRUTH.claim()).rejected(), "only the submitter posts");
        }
    }
}
